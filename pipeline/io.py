"""Readers and writers. ``-`` means standard input or standard output.

Readers yield :class:`Document` objects, or :class:`~pipeline.errors.InputError` objects for
inputs that cannot be read, so that one bad document never stops the good ones beside it.
The file writer writes to a temporary file beside the target and renames it at the end: a crash
or Ctrl-C never leaves a torn output file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import jsonlines

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_BINARY_SNIFF = 8192


@dataclass(frozen=True)
class Document:
    """One article: its id, its original text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    source_format: str = "text"  # text, jsonl or html: how the text was obtained
    path: str | None = None  # the input it was read from
    line: int | None = None  # its line, in a JSONL input

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def iter_documents(inputs: Iterable[str], max_chars: int) -> Iterator[Document | InputError]:
    """Documents from files, directories and ``-`` (stdin), in the order given."""
    for name in inputs:
        if name == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", max_chars)
            continue
        path = Path(name)
        if not path.exists():
            yield InputError(name, "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p))
            if not files:
                yield InputError(name, "directory has no .txt, .jsonl or .html files to read")
            for file in files:
                yield from _read_file(file, max_chars)
        elif _kind(path):
            yield from _read_file(path, max_chars)
        else:
            yield InputError(name, f"unsupported file type {path.suffix or '(none)'}: "
                                   "expected .txt, .jsonl or .html, optionally gzipped")


def _kind(path: Path) -> str | None:
    """"text", "jsonl" or "html" by the file name, or None for files claimex does not read."""
    name = path.name.lower()
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _read_file(path: Path, max_chars: int) -> Iterator[Document | InputError]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(name, "empty file")
            return
        kind = _kind(path)
        if kind in ("text", "html"):
            # UTF-8 uses at most 4 bytes a character: more bytes are surely over the limit.
            if size > 4 * max_chars:
                yield InputError(name, f"document is {size:,} bytes, over the limit of {max_chars:,} characters (--max-chars)")
                return
            with _open(path) as fh:
                data = fh.read(4 * max_chars + 1)
            if len(data) > 4 * max_chars:
                yield InputError(name, f"document is over the limit of {max_chars:,} characters (--max-chars)")
                return
            doc_id = path.name.removesuffix(".gz")
            if kind == "html":
                yield _html_document(data, name, doc_id, max_chars)
            else:
                yield _text_document(data, name, doc_id, max_chars)
        else:
            with _open(path) as fh:
                yield from _read_jsonl(fh, name, max_chars)
    except (OSError, EOFError) as exc:
        yield InputError(name, getattr(exc, "strerror", None) or str(exc))


def _read_stream(stream: IO[bytes], name: str, max_chars: int) -> Iterator[Document | InputError]:
    """stdin: JSONL when the first non-blank byte is ``{``, otherwise one text document."""
    head = stream.peek(1) if hasattr(stream, "peek") else b""
    data = stream.read() if not head.lstrip().startswith(b"{") else None
    if data is None:
        yield from _read_jsonl(stream, name, max_chars)
    elif not data.strip():
        yield InputError(name, "empty input")
    else:
        yield _text_document(data, name, "stdin", max_chars)


def _decode(data: bytes, name: str, line: int | None = None) -> str:
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(name, "binary file (NUL bytes), not text", line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line) from None


def _text_document(data: bytes, name: str, doc_id: str, max_chars: int) -> Document | InputError:
    try:
        text = _decode(data, name)
    except InputError as exc:
        return exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return InputError(name, "empty file (whitespace only)")
    if len(text) > max_chars:
        return InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)")
    return Document(id=doc_id, text=text, source=name, path=name, source_format="text")


def _html_document(data: bytes, name: str, doc_id: str, max_chars: int) -> Document | InputError:
    """The main text of a web page and its metadata, by trafilatura (scripts never run)."""
    import trafilatura

    if b"\x00" in data[:_BINARY_SNIFF]:
        return InputError(name, "binary file (NUL bytes), not HTML")
    page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                       include_tables=False, favor_precision=True)
    text = getattr(page, "text", None) if page is not None else None
    if not text or not text.strip():
        return InputError(name, "no article text found in the HTML page")
    if len(text) > max_chars:
        return InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)")
    return Document(id=doc_id, text=text, title=page.title, date=page.date, url=page.url,
                    author=page.author, source=name, path=name, source_format="html")


def _read_jsonl(stream: IO[bytes], name: str, max_chars: int) -> Iterator[Document | InputError]:
    empty = True
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        empty = False
        try:
            yield _record_document(_decode(raw, name, number), name, number, max_chars)
        except InputError as exc:
            yield exc
    if empty:
        yield InputError(name, "empty file")


def _record_document(line: str, name: str, number: int, max_chars: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON: {exc.msg} at column {exc.colno}", number) from None
    if not isinstance(record, dict):
        raise InputError(name, "a JSONL line must be an object", number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(name, "record has no 'text' string", number)
    if not text.strip():
        raise InputError(name, "record has an empty 'text'", number)
    if len(text) > max_chars:
        raise InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)", number)
    doc_id = record.get("id")
    return Document(
        id=str(doc_id) if doc_id is not None else f"{Path(name).name}:{number}",
        text=text,
        title=_opt_str(record.get("title")),
        date=_opt_str(record.get("date")),
        url=_opt_str(record.get("url")),
        source=_opt_str(record.get("source")) or name,
        author=_opt_str(record.get("author")),
        path=name,
        line=number,
        source_format="jsonl",
    )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def written_documents(path: Path) -> set[tuple[str, str | None]]:
    """(doc_id, text SHA-256) of every document with a record in an existing claims file."""
    done: set[tuple[str, str | None]] = set()
    if not path.is_file():
        return done
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            try:
                record = json.loads(line)
                done.add((record["doc_id"], record["doc"].get("text_sha256")))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                raise InputError(str(path), "not a claimex claims file (cannot resume it)", number) from None
    return done


@contextmanager
def open_output(target: str, append: bool = False) -> Iterator[jsonlines.Writer]:
    """A JSONL writer on stdout (``-``) or on a file that appears whole or not at all.

    With ``append``, the new file starts as a copy of the existing one.
    """
    dumps = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    if target == "-":
        writer = jsonlines.Writer(sys.stdout, dumps=dumps, flush=True)
        yield writer
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if append and path.is_file():
            with path.open("rb") as src, os.fdopen(os.dup(fd), "wb") as dst:
                shutil.copyfileobj(src, dst)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            writer = jsonlines.Writer(fh, dumps=dumps)
            yield writer
            writer.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write a file through ``write(fh)``: it appears whole, or the old file stays as it was."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
