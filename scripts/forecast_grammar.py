"""How the grammar's second pass for forecasts does on our own annotated sentences.

    .venv/bin/python scripts/forecast_grammar.py [corpus/train corpus/heldout corpus/prose/test.jsonl ...]

For every folder (or JSONL file) of annotated sentences, the number of sentences
``forecast_by_grammar`` (pipeline/certainty.py) fires on, how many of them the gold labels
forecast, and the ones it does not. The pass labels a sentence a forecast whatever the
classifier scores, so it must be right where it fires. A sentence whose forecast label is
ambiguous (the annotators disagree) counts as neither.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.build import Extractor  # noqa: E402
from pipeline.certainty import forecast_by_grammar  # noqa: E402
from pipeline.schema import LABELS  # noqa: E402
from pipeline.train import read_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("corpus/train"), Path("corpus/heldout")])
    args = parser.parse_args()
    nlp = Extractor().nlp
    forecast = LABELS.index("forecast")  # its column in Example.targets
    for folder in args.folders:
        examples = read_corpus(folder) if folder.is_dir() else read_corpus(folder.parent, folder.name)
        fired, ambiguous, wrong = 0, 0, []
        for example, doc in zip(examples, nlp.pipe([e.text for e in examples], batch_size=64), strict=True):
            if forecast_by_grammar(doc[:]):
                fired += 1
                if not example.mask[forecast]:
                    ambiguous += 1  # the annotators disagree: either answer is right
                elif example.targets[forecast] != 1:
                    wrong.append(example.text)
        print(f"{folder}: {len(examples)} sentences; fires on {fired}: {fired - ambiguous - len(wrong)} gold "
              f"forecasts, {ambiguous} ambiguous, {len(wrong)} not")
        for text in wrong:
            print(f"  not a forecast: {text}")

if __name__ == "__main__":
    main()
