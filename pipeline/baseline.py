"""The keyword baseline the classifier is measured against (``claimex evaluate --baseline``).

A sentence gets a label when it contains any word of that label's list in
``data/keywords.json``. No model, no context: the floor a learned classifier must clear.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .schema import LABELS

KEYWORDS = Path(__file__).parent / "data" / "keywords.json"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lists = json.loads(KEYWORDS.read_text(encoding="utf-8"))
    out = {}
    for label in LABELS:
        alternatives = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in lists[label]]
        out[label] = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
    return out


def keyword_labels(text: str) -> list[str]:
    """The labels whose keyword lists match ``text``."""
    return [label for label, pattern in _patterns().items() if pattern.search(text)]
