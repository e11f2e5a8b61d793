"""claimex: cooperation, competition and forecast claims from foreign-policy writing."""

from __future__ import annotations

import os

__version__ = "0.1.0"

# Every model comes from a pinned package on disk: never reach for a hub, never print
# download progress bars into a user's terminal.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# Worker processes of an ONNX run are started with CLAIMEX_BLOCK_TORCH=1: see torchless.py.
from . import torchless as _torchless  # noqa: E402

_torchless.block_from_environment()
