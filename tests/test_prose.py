from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.train import read_corpus

ROOT = Path(__file__).resolve().parent.parent
PROSE = ROOT / "corpus" / "prose"


def _records(name: str) -> list[dict]:
    with (PROSE / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_prose_sets_are_what_the_two_annotations_give(tmp_path: Path) -> None:
    shutil.copytree(PROSE / "annotations", tmp_path / "annotations")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_prose_sets.py"), "--prose", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("dev.jsonl", "test.jsonl"):
        assert (tmp_path / name).read_bytes() == (PROSE / name).read_bytes(), name


def test_prose_sets_split_by_article_and_mark_disagreement_ambiguous() -> None:
    dev, test = _records("dev.jsonl"), _records("test.jsonl")
    assert (len(dev), len(test)) == (494, 715)
    assert not {r["article"] for r in dev} & {r["article"] for r in test}
    for r in dev + test:
        assert not set(r["labels"]) & set(r["ambiguous"]), r["id"]


def test_prose_sentences_are_never_trained_on() -> None:
    def key(text: str) -> str:
        return " ".join(text.split()).lower()

    trained = {key(e.text) for e in read_corpus(ROOT / "corpus" / "train")}
    prose = [r["text"] for r in _records("dev.jsonl") + _records("test.jsonl")]
    assert not [t for t in prose if key(t) in trained]
