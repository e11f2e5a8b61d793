"""Check that no training sentence is a copy or a paraphrase of a gold sentence.

    python scripts/decontaminate.py [--corpus corpus/train] [--shared ../shared] [--top 20]

The gold sets of ../shared/eval (and the seed article) are for measuring only. This script reads
them for one purpose: to find training sentences that resemble one of them too closely. For
every training sentence it finds the nearest gold sentence by two measures:

- cosine similarity of the base encoder's sentence embeddings (all-MiniLM-L6-v2, mean pooling,
  the model all-MiniLM-L6-v2 was trained to embed paraphrases with), which finds paraphrases;
- the share of the training sentence's word trigrams that the gold sentence also has, which
  finds copies.

It prints the closest pairs and exits with status 1 if any pair reaches --max-cosine or
--max-trigrams. Topic overlap alone (two sentences on the same country pair) scores around
0.5-0.7; a paraphrase of the same sentence scores above 0.8.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.train import read_corpus  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+")
MAX_COSINE = 0.8
MAX_TRIGRAMS = 0.5


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def gold_sentences(shared: Path) -> list[tuple[str, str]]:
    """(id, text) of every gold line (the seed article's sentences are seed_gold's lines)."""
    out: list[tuple[str, str]] = []
    for path in sorted((shared / "eval").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                out.append((str(record["id"]), str(record["text"])))
    return out


def embed(texts: list[str], batch: int = 64) -> np.ndarray:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from pipeline.base import base_model_path, verify_base_weights

    path = base_model_path()
    verify_base_weights(path)
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    torch.set_num_threads(2)
    vectors = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch):
            enc = tokenizer(texts[i : i + batch], padding=True, truncation=True, max_length=128, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            vectors.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
    return np.concatenate(vectors)


def trigram_shares(texts: list[str], gold: list[str]) -> list[float]:
    """For each text, the largest share of its word trigrams that any one gold sentence has."""
    index: dict[tuple[str, ...], set[int]] = {}
    for j, text in enumerate(gold):
        for gram in trigrams(text):
            index.setdefault(gram, set()).add(j)
    shares = []
    for text in texts:
        grams = trigrams(text)
        hits = Counter(k for gram in grams for k in index.get(gram, ()))
        shares.append(max(hits.values()) / len(grams) if hits else 0.0)
    return shares


def cosine_to_gold(texts: list[str], gold: list[str]) -> np.ndarray:
    """Embedding cosine of every text (rows) to every gold sentence (columns)."""
    return embed(texts) @ embed(gold).T


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/train"))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--top", type=int, default=20, help="closest pairs to print")
    parser.add_argument("--max-cosine", type=float, default=MAX_COSINE)
    parser.add_argument("--max-trigrams", type=float, default=MAX_TRIGRAMS)
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"error: {args.shared / 'eval'}: no gold sets here to check against", file=sys.stderr)
        return 2
    train = [(e.id, e.text) for e in read_corpus(args.corpus)]
    gold = gold_sentences(args.shared)
    texts, gold_texts = [t for _, t in train], [t for _, t in gold]
    similarity = cosine_to_gold(texts, gold_texts)
    nearest = similarity.argmax(1)
    rows = []
    for i, ((tid, text), copied) in enumerate(zip(train, trigram_shares(texts, gold_texts), strict=True)):
        j = int(nearest[i])
        rows.append((float(similarity[i, j]), copied, tid, text, gold[j][0], gold[j][1]))
    rows.sort(reverse=True)
    print(f"{len(train)} training sentences against {len(gold)} gold sentences")
    for cos, copied, tid, text, gid, gtext in rows[: args.top]:
        print(f"\ncosine {cos:.3f}  trigrams {copied:.2f}  {tid} ~ {gid}\n  train: {text}\n  gold:  {gtext}")
    worst_copy = max(r[1] for r in rows)
    over = [r for r in rows if r[0] >= args.max_cosine or r[1] >= args.max_trigrams]
    print(f"\nhighest cosine {rows[0][0]:.3f}, highest trigram share {worst_copy:.2f}; "
          f"{len(over)} pairs at or above cosine {args.max_cosine} or trigram share {args.max_trigrams}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
