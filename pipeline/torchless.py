"""Keep torch out of processes that only run the ONNX classifier.

spaCy's thinc imports torch whenever it is installed, which costs about 2 s and 300 MB in every
process, yet extraction with an ONNX runtime never calls it. ``block()`` makes ``import torch``
fail (thinc then runs without it) until ``allow()``, which the torch runtime and the ONNX export
call before they import it. Training, which needs torch, never blocks it.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

ENV = "CLAIMEX_BLOCK_TORCH"  # set to 1 in the environment of worker processes


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if fullname == "torch" or fullname.startswith("torch."):
            raise ModuleNotFoundError("torch is not loaded by claimex extraction with an ONNX runtime", name=fullname)
        return None


_BLOCKER = _Blocker()


def block() -> bool:
    """Block ``import torch`` in this process, unless torch is already loaded. True if blocked."""
    if "torch" in sys.modules:
        return False
    if _BLOCKER not in sys.meta_path:
        sys.meta_path.insert(0, _BLOCKER)
    return True


def allow() -> None:
    """Let torch be imported again."""
    while _BLOCKER in sys.meta_path:
        sys.meta_path.remove(_BLOCKER)


def blocked() -> bool:
    return _BLOCKER in sys.meta_path


def block_from_environment() -> None:
    if os.environ.get(ENV) == "1":
        block()


@contextmanager
def in_children(runtime: str) -> Iterator[None]:
    """Processes started meanwhile block torch, unless ``runtime`` is "torch": they inherit
    ``CLAIMEX_BLOCK_TORCH=1``, which ``pipeline/__init__.py`` reads."""
    saved = os.environ.get(ENV)
    if runtime != "torch":
        os.environ[ENV] = "1"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = saved
