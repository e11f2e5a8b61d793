"""Readers and writers. ``-`` means standard input or standard output.

Readers yield :class:`Document` objects, or :class:`~pipeline.errors.InputError` objects for
inputs that cannot be read, so that one bad document never stops the good ones beside it.
They stream: a JSONL input is read a line at a time, and nothing is read past the size limit.
The file writer writes to a temporary file beside the target and renames it at the end: a crash
or Ctrl-C never leaves a torn output file.
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any

import jsonlines

from .errors import InputError, OutputError

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_BINARY_SNIFF = 8192
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)


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


@dataclass(frozen=True)
class Fields:
    """Which JSONL fields hold a record's text and metadata (``--text-field`` and the like).

    A name with dots reaches into nested objects (``meta.published``) unless the record has a
    key with exactly that name.
    """

    text: str = "text"
    id: str = "id"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"
    author: str = "author"


DEFAULT_GLOB = "**/*"


def iter_documents(
    inputs: Iterable[str], max_chars: int, *, glob: str = DEFAULT_GLOB, fields: Fields | None = None
) -> Iterator[Document | InputError]:
    """Documents from files, directories and ``-`` (stdin), in the order given.

    In a directory, the files that ``glob`` matches (relative to it; ``**`` recurses) and whose
    type claimex reads are read in sorted order; other files there are left alone. Files get
    distinct ids (see :func:`file_ids`), and a document whose id an earlier one has is an
    InputError (see :func:`unique_ids`): two documents never share their claims' ids.
    """
    fields = fields or Fields()
    items = list(input_files(inputs, glob))  # names only: every file's id is known before any is read
    ids = file_ids(item for item in items if isinstance(item, Path))

    def read() -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            elif item == "-":
                yield from _read_stream(sys.stdin.buffer, "<stdin>", max_chars, fields)
            else:
                yield from _read_file(Path(item), max_chars, fields, ids[Path(item)])

    yield from unique_ids(read())


def file_id(path: Path) -> str:
    """The id of a text or HTML file's document, the name of the file (without ``.gz``); for a
    JSONL file, the prefix of its records' ids (``<file name>:<line>``), the file name."""
    return path.name.removesuffix(".gz") if _kind(path) in ("text", "html") else path.name


def file_ids(files: Iterable[Path]) -> dict[Path, str]:
    """The :func:`file_id` of each file, distinct for distinct paths: files in different folders
    that would share one (two ``report.txt``) get instead their paths relative to the folder
    that holds them all (``a/report.txt``, ``b/report.txt``; ``.gz`` kept where only it tells
    two apart). A file whose id no other file shares keeps it, so that adding this rule changed
    no id that was distinct already."""
    files = list(files)
    groups: dict[str, set[str]] = {}
    for path in files:
        groups.setdefault(file_id(path), set()).add(os.path.abspath(path))
    relative: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        root = os.path.commonpath([os.path.dirname(p) for p in group])
        paths = {p: Path(os.path.relpath(p, root)).as_posix() for p in group}
        stripped = {p: rel.removesuffix(".gz") if _kind(Path(p)) in ("text", "html") else rel for p, rel in paths.items()}
        relative.update(stripped if len(set(stripped.values())) == len(stripped) else paths)
    return {path: relative.get(os.path.abspath(path), file_id(path)) for path in files}


def unique_ids(items: Iterable[Document | InputError],
               seen: dict[str, tuple[str | None, int | None]] | None = None) -> Iterator[Document | InputError]:
    """``items``, with an InputError in place of each document whose id an earlier document had
    (the first keeps it); ``seen`` holds the ids met so far, and where, and is kept up to date."""
    seen = {} if seen is None else seen
    for item in items:
        if isinstance(item, Document):
            first = seen.get(item.id)
            if first is not None:
                where = f"{first[0]}:{first[1]}" if first[1] is not None else first[0]
                yield InputError(item.path or "-", f"duplicate document id {item.id!r}, first at {where}",
                                 item.line, item.id)
                continue
            seen[item.id] = (item.path, item.line)
        yield item


def input_files(inputs: Iterable[str], glob: str = DEFAULT_GLOB) -> Iterator[str | Path | InputError]:
    """The files that ``inputs`` name, in order, directories expanded by ``glob``; ``"-"`` for
    stdin, and an InputError for each input that cannot be read."""
    for name in inputs:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if not path.exists():
            yield InputError(name, "no such file or directory")
        elif path.is_dir():
            files = directory_files(path, glob)
            if not files:
                yield InputError(name, f"directory has no .txt, .jsonl or .html files matching {glob!r} to read")
            yield from files
        elif _kind(path):
            yield path
        else:
            yield InputError(name, f"unsupported file type {path.suffix or '(none)'}: "
                                   "expected .txt, .jsonl or .html, optionally gzipped")


def directory_files(directory: Path, glob: str = DEFAULT_GLOB) -> list[Path]:
    """The files under ``directory`` that ``glob`` matches and claimex reads, sorted."""
    try:
        return sorted(p for p in directory.glob(glob) if _kind(p) and p.is_file())
    except (ValueError, NotImplementedError):  # an absolute or otherwise unusable pattern
        return []


def refuse_overwriting_inputs(inputs: Iterable[str], targets: Iterable[str], glob: str = DEFAULT_GLOB) -> None:
    """Raise :class:`InputError` when an output file is an input, or would be read as one.

    An output inside an input directory is refused when the directory's ``glob`` could pick it
    up (a rerun would read the claims as articles).
    """
    for target in targets:
        if target == "-":
            continue
        out = Path(target).resolve()
        for name in inputs:
            if name == "-" or not Path(name).exists():
                continue
            source = Path(name).resolve()
            if source == out:
                raise InputError(target, "is also an input: claimex never writes over an input file")
            if source.is_dir() and out.is_relative_to(source) and _kind(out):
                relative = out.relative_to(source).as_posix()
                if fnmatch.fnmatch(relative, glob) or (glob.startswith("**/") and fnmatch.fnmatch(relative, glob[3:])):
                    raise InputError(target, f"is inside the input directory {name} and would be read as an input: "
                                             "write it elsewhere")


def count_documents(inputs: Iterable[str], glob: str = DEFAULT_GLOB) -> int | None:
    """About how many documents ``inputs`` hold (JSONL: lines), for a progress ETA.

    None when that cannot be known without consuming the input (stdin).
    """
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = directory_files(path, glob) if path.is_dir() else [path]
        for file in files:
            if _kind(file) != "jsonl":
                total += 1
                continue
            try:
                with _open(file) as fh:  # newlines, in 1 MiB chunks: a blank line or two is no matter
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""))
            except (OSError, EOFError, zlib.error):
                total += 1
    return total


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


def _read_file(path: Path, max_chars: int, fields: Fields, id_: str | None = None) -> Iterator[Document | InputError]:
    """The documents of one file; ``id_`` is its :func:`file_id` (or what :func:`file_ids` gave)."""
    name = str(path)
    kind = _kind(path)
    id_ = id_ or file_id(path)
    doc_id = id_ if kind in ("text", "html") else None
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(name, "empty file", doc_id=doc_id)
            return
        if doc_id is not None:
            # UTF-8 uses at most 4 bytes a character: more bytes are surely over the limit.
            if size > 4 * max_chars:
                yield InputError(name, f"document is {size:,} bytes, over the limit of {max_chars:,} characters (--max-chars)",
                                 doc_id=doc_id)
                return
            with _open(path) as fh:
                data = fh.read(4 * max_chars + 1)
            if len(data) > 4 * max_chars:
                yield InputError(name, f"document is over the limit of {max_chars:,} characters (--max-chars)", doc_id=doc_id)
                return
            if kind == "html":
                yield _html_document(data, name, doc_id, max_chars)
            else:
                yield _text_document(data, name, doc_id, max_chars)
        else:
            with _open(path) as fh:
                yield from _read_jsonl(fh, name, max_chars, fields, id_)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(name, getattr(exc, "strerror", None) or str(exc), doc_id=doc_id)


def _read_stream(stream: IO[bytes], name: str, max_chars: int, fields: Fields) -> Iterator[Document | InputError]:
    """stdin: JSONL when the first non-blank byte is ``{``, otherwise one text document."""
    head = stream.peek(1) if hasattr(stream, "peek") else b""
    data = stream.read(4 * max_chars + 1) if not head.lstrip().startswith(b"{") else None
    if data is None:
        yield from _read_jsonl(stream, name, max_chars, fields)
    elif len(data) > 4 * max_chars:  # the rest is left unread
        yield InputError(name, f"document is over the limit of {max_chars:,} characters (--max-chars)", doc_id="stdin")
    elif not data.strip():
        yield InputError(name, "empty input", doc_id="stdin")
    else:
        yield _text_document(data, name, "stdin", max_chars)


def _decode(data: bytes, name: str, line: int | None = None, doc_id: str | None = None) -> str:
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(name, "binary file (NUL bytes), not text", line, doc_id)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                         line, doc_id) from None


def _text_document(data: bytes, name: str, doc_id: str, max_chars: int) -> Document | InputError:
    try:
        text = _decode(data, name, doc_id=doc_id)
    except InputError as exc:
        return exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return InputError(name, "empty file (whitespace only)", doc_id=doc_id)
    if len(text) > max_chars:
        return InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)",
                          doc_id=doc_id)
    return Document(id=doc_id, text=text, source=name, path=name, source_format="text")


# The page's date from its metadata, URL and <time> elements only. htmldate's extensive search
# would guess from the body, down to 1 January of any year the article mentions; and its default
# ceiling (the machine's today) would drop a correct date from a machine whose clock is behind.
_PAGE_DATE = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}


def _html_document(data: bytes, name: str, doc_id: str, max_chars: int) -> Document | InputError:
    """The main text of a web page and its metadata, by trafilatura (scripts never run)."""
    import trafilatura

    if b"\x00" in data[:_BINARY_SNIFF]:
        return InputError(name, "binary file (NUL bytes), not HTML", doc_id=doc_id)
    if _ENTITY_DECLARATION.search(data):
        # HTML has no use for declared entities; an XML parser might expand them (billion laughs)
        return InputError(name, "HTML page declares entities (<!ENTITY): refused, as an entity-expansion bomb might",
                          doc_id=doc_id)
    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True,
                                           date_extraction_params=_PAGE_DATE)
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted input: any failure is this page's
        return InputError(name, f"cannot parse the HTML page ({type(exc).__name__}: {exc})", doc_id=doc_id)
    text = getattr(page, "text", None) if page is not None else None
    if not text or not text.strip():
        return InputError(name, "no article text found in the HTML page", doc_id=doc_id)
    if len(text) > max_chars:
        return InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)",
                          doc_id=doc_id)
    return Document(id=doc_id, text=text, title=page.title, date=page.date, url=page.url,
                    author=page.author, source=name, path=name, source_format="html")


def _read_jsonl(stream: IO[bytes], name: str, max_chars: int, fields: Fields,
                prefix: str | None = None) -> Iterator[Document | InputError]:
    """The records of a JSONL stream; one without an id gets ``<prefix>:<line>`` (the prefix: the
    file name, unless :func:`file_ids` says otherwise)."""
    prefix = prefix or Path(name).name
    empty = True
    # A JSON string spells a character in at most 12 bytes (a surrogate pair of \u escapes);
    # the rest of a record gets 1 MiB. A longer line is skipped unread, never held whole.
    limit = 12 * max_chars + (1 << 20)
    for number, raw in enumerate(_lines(stream, limit), start=1):
        if raw is None:
            empty = False
            yield InputError(name, f"line is over {limit:,} bytes, too long for the limit of "
                                   f"{max_chars:,} characters (--max-chars)", number, f"{prefix}:{number}")
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark, as some editors write
        if not raw.strip():
            continue
        empty = False
        try:
            yield _record_document(_decode(raw, name, number, f"{prefix}:{number}"), name, number,
                                   max_chars, fields, prefix)
        except InputError as exc:
            yield exc
    if empty:
        yield InputError(name, "empty file")


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, None in place of each line longer than ``limit`` bytes."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def _record_document(line: str, name: str, number: int, max_chars: int, fields: Fields, prefix: str) -> Document:
    doc_id = f"{prefix}:{number}"  # the id of a record that does not give one
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON: {exc.msg} at column {exc.colno}", number, doc_id) from None
    except RecursionError:
        raise InputError(name, "malformed JSON: nested too deeply", number, doc_id) from None
    if not isinstance(record, dict):
        raise InputError(name, "a JSONL line must be an object", number, doc_id)
    if (given := _field(record, fields.id)) is not None:
        doc_id = str(given)
    text = _field(record, fields.text)
    if not isinstance(text, str):
        raise InputError(name, f"record has no {fields.text!r} string", number, doc_id)
    if not text.strip():
        raise InputError(name, f"record has an empty {fields.text!r}", number, doc_id)
    if len(text) > max_chars:
        raise InputError(name, f"document has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)",
                         number, doc_id)
    document = Document(
        id=doc_id,
        text=text,
        title=_opt_str(_field(record, fields.title)),
        date=_opt_str(_field(record, fields.date)),
        url=_opt_str(_field(record, fields.url)),
        source=_opt_str(_field(record, fields.source)) or name,
        author=_opt_str(_field(record, fields.author)),
        path=name,
        line=number,
        source_format="jsonl",
    )
    for value in (document.id, document.text, document.title, document.date, document.url, document.source,
                  document.author):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone "\ud800" escape: no UTF-8 output could hold it
            raise InputError(name, f"record has an unpaired surrogate ({value[exc.start]!r}), not text",
                             number, doc_id.encode("utf-8", "backslashreplace").decode("utf-8")) from None
    return document


def _field(record: dict[str, Any], name: str) -> Any:
    """``record[name]``, or the value at a dotted path through nested objects; None if absent."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


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
    with atomic_file(path) as raw:
        if append and path.is_file():
            with path.open("rb") as src:
                shutil.copyfileobj(src, raw)
        text = TextIOWrapper(raw, encoding="utf-8", newline="\n")
        writer = jsonlines.Writer(text, dumps=dumps)
        yield writer
        writer.close()
        text.flush()
        text.detach()  # the binary file stays open for atomic_file to sync and move


@contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``target`` whole when the block ends, or not at all (the
    old file, if any, then stays as it was). A symbolic link is written through (the file it
    points to is replaced, the link stays); a device or pipe ("/dev/null", a FIFO) is written
    to directly, as a stream. A path that cannot be written raises ``OutputError`` before any
    work is done: a directory, a folder that cannot be made."""
    target = Path(os.path.realpath(target))
    if target.is_dir():
        raise OutputError(str(target), "it is a directory")
    if target.exists() and not target.is_file():
        try:
            stream = target.open("wb")
        except OSError as exc:
            raise OutputError(str(target), exc.strerror or str(exc)) from None
        with stream:
            yield stream
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(target), exc.strerror or str(exc)) from None
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except OSError as exc:  # the work is done; say why it cannot be kept, in one line
            raise OutputError(str(target), exc.strerror or str(exc)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(target: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Write a file through ``write(fh)``: it appears whole, or the old file stays as it was."""
    with atomic_file(target) as fh:
        write(fh)


