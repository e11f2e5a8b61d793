"""Make the README's screenshot from the one the browser test keeps.

    .venv/bin/python -m pytest -q tests/test_render.py   # writes outputs/reader_sample.png
    .venv/bin/python scripts/docs_screenshot.py          # writes docs/reader.png

The copy is reduced to a 128-colour palette so that it stays well under 300 KB.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image  # pillow, which matplotlib depends on

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "outputs" / "reader_sample.png"
TARGET = ROOT / "docs" / "reader.png"
LIMIT = 300_000


def main() -> int:
    if not SOURCE.is_file():
        print(f"{SOURCE} is missing: run `.venv/bin/python -m pytest -q tests/test_render.py` first", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(exist_ok=True)
    with Image.open(SOURCE) as image:
        image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(TARGET, optimize=True)
    size = TARGET.stat().st_size
    print(f"wrote {TARGET.relative_to(ROOT)}: {size:,} bytes")
    return 0 if size < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
