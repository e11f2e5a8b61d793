from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.io import Document, iter_documents, open_output

LIMIT = 10_000


def _read(*paths: Path | str, limit: int = LIMIT) -> list[Document | InputError]:
    return list(iter_documents([str(p) for p in paths], limit))


def _only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def test_io_reads_text_file_with_file_name_as_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Russia and China signed a deal.", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.id == "a.txt" and doc.text.startswith("Russia")


def test_io_reads_jsonl_records_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    lines = [{"id": "x1", "text": "One.", "date": "2020-01-02", "title": "T"}, {"id": 7, "text": "Two."}]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    docs = _read(path)
    assert [d.id for d in docs if isinstance(d, Document)] == ["x1", "7"]
    assert isinstance(docs[0], Document) and docs[0].date == "2020-01-02" and docs[0].title == "T"


def test_io_missing_path(tmp_path: Path) -> None:
    err = _only_error(_read(tmp_path / "nope.txt"))
    assert "nope.txt" in str(err) and "no such file" in str(err)


def test_io_directory_with_nothing_to_read(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    err = _only_error(_read(tmp_path))
    assert str(tmp_path) in str(err) and "no .txt, .jsonl or .html" in str(err)


def test_io_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    assert [d.id for d in _read(tmp_path) if isinstance(d, Document)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("content", [b"", b"  \n\n "])
def test_io_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = _only_error(_read(path))
    assert "empty.txt" in str(err) and "empty" in err.problem


def test_io_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 diplomacy in Paris.".encode("latin-1"))
    err = _only_error(_read(path))
    assert "latin1.txt" in str(err) and "not valid UTF-8" in str(err) and "0xe9" in str(err)


def test_io_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    err = _only_error(_read(path))
    assert "image.txt" in str(err) and "binary" in str(err)


def test_io_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": \n{"id": "c", "text": "Also fine."}\n',
                    encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert str(items[1]).startswith(f"{path}:2: malformed JSON")


def test_io_jsonl_record_without_text(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "body": "no text field"}\n', encoding="utf-8")
    err = _only_error(_read(path))
    assert str(err) == f"{path}:1: record has no 'text' string"


def test_io_oversized_document_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 50_000, encoding="utf-8")
    err = _only_error(_read(path, limit=LIMIT))
    assert "huge.txt" in str(err) and "10,000" in str(err) and "--max-chars" in str(err)


def test_io_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: reading it would take 50 MB
    err = _only_error(_read(path, limit=2_000_000))
    assert "52,428,800 bytes" in str(err) and "2,000,000" in str(err)


def test_io_writer_leaves_no_file_when_interrupted(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), open_output(str(target)) as writer:
        writer.write({"a": 1})
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_io_writer_replaces_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with open_output(str(target)) as writer:
        writer.write({"a": 1})
        assert target.read_text(encoding="utf-8") == "old\n"
    assert target.read_text(encoding="utf-8") == '{"a":1}\n'


def test_io_reads_gzipped_jsonl_and_text(tmp_path: Path) -> None:
    import gzip

    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"id": "g1", "text": "Talks resumed."}\n')
    with gzip.open(tmp_path / "b.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Talks stalled.")
    docs = _read(tmp_path)
    assert [(d.id, d.text) for d in docs if isinstance(d, Document)] == [("g1", "Talks resumed."),
                                                                         ("b.txt", "Talks stalled.")]


def test_io_corrupt_gzip_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    err = _only_error(_read(tmp_path / "bad.jsonl.gz"))
    assert "bad.jsonl.gz" in str(err)


def test_io_html_page_gives_article_text_and_metadata() -> None:
    from tests.conftest import DATA

    (doc,) = _read(DATA / "page.html")
    assert isinstance(doc, Document) and doc.source_format == "html"
    assert (doc.title, doc.date, doc.author) == ("Seoul and Tokyo mend fences", "2023-05-12", "Jane Doe")
    assert doc.url == "https://news.example.org/world/seoul-tokyo"
    assert "Japan and South Korea agreed" in doc.text
    for furniture in ("alert", "EVIL", "Advertisement", "Subscribe", "Privacy", "All rights reserved"):
        assert furniture not in doc.text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a year the article mentions is no date of the page (htmldate's body search would say 2019-01-01)
        ("", None),
        # a page dated after the machine's clock keeps its date
        ('<meta property="article:published_time" content="2099-02-11T08:30:00+04:00">', "2099-02-11"),
    ],
)
def test_io_html_date_from_metadata_only(tmp_path: Path, head: str, expected: str | None) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Gulf talks</title>{head}</head><body><article><p>"
                    + "Oman will host talks between Iran and its Gulf neighbours, who restored ties in 2019. " * 5
                    + "</p></article></body></html>", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.date == expected


def test_io_html_without_article_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>document.write(1)</script></body></html>", encoding="utf-8")
    err = _only_error(_read(path))
    assert "empty.html" in str(err) and "no article text" in str(err)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2017-01-16", "2017-01-16"), ("2017-01-16T08:00:00Z", "2017-01-16"), ("Jan 16, 2017", "2017-01-16"),
     ("sometime", None), (None, None), ("2017-13-45", None)],
)
def test_io_jsonl_dates_are_normalised(value: str | None, expected: str | None) -> None:
    from pipeline.build import iso_date

    assert iso_date(value) == expected


def test_io_glob_selects_files_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Top text.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Nested text.", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text('{"id": "c", "text": "Record text."}\n', encoding="utf-8")

    def ids(glob: str) -> list[str]:
        return [d.id for d in iter_documents([str(tmp_path)], LIMIT, glob=glob) if isinstance(d, Document)]

    assert ids("**/*") == ["a.txt", "b.txt", "c"]
    assert ids("*") == ["a.txt"]
    assert ids("**/*.txt") == ["a.txt", "b.txt"]
    assert ids("sub/*.jsonl") == ["c"]


def test_io_glob_matching_nothing_names_the_pattern(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Top text.", encoding="utf-8")
    (err,) = iter_documents([str(tmp_path)], LIMIT, glob="**/*.html")
    assert isinstance(err, InputError) and "'**/*.html'" in str(err) and str(tmp_path) in str(err)


def test_io_field_mapping_with_nested_paths(tmp_path: Path) -> None:
    from pipeline.io import Fields

    path = tmp_path / "dump.jsonl"
    record = {"uuid": "u-1", "body": "Talks resumed.", "meta": {"published": "2021-03-03", "headline": "H"},
              "text": "not this one"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    fields = Fields(text="body", id="uuid", date="meta.published", title="meta.headline")
    (doc,) = iter_documents([str(path)], LIMIT, fields=fields)
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.date, doc.title) == ("u-1", "Talks resumed.", "2021-03-03", "H")


def test_io_mapped_text_field_missing_names_field_file_and_line(tmp_path: Path) -> None:
    from pipeline.io import Fields

    path = tmp_path / "dump.jsonl"
    path.write_text('{"uuid": "u-1", "body": "Fine."}\n{"uuid": "u-2", "text": "wrong field"}\n', encoding="utf-8")
    items = list(iter_documents([str(path)], LIMIT, fields=Fields(text="body", id="uuid")))
    assert isinstance(items[0], Document) and isinstance(items[1], InputError)
    assert str(items[1]) == f"{path}:2: record has no 'body' string" and items[1].doc_id == "u-2"


@pytest.mark.parametrize(
    ("name", "content", "doc_id"),
    [("x.txt", b"", "x.txt"), ("y.txt.gz", b"\x1f\x8b broken", "y.txt"), ("d.jsonl", b"{nope\n", "d.jsonl:1"),
     ("e.jsonl", b'{"id": "e-7"}\n', "e-7")],
)
def test_io_errors_carry_the_doc_id(tmp_path: Path, name: str, content: bytes, doc_id: str) -> None:
    (tmp_path / name).write_bytes(content)
    err = _only_error(_read(tmp_path / name))
    assert err.doc_id == doc_id


def test_io_over_long_jsonl_line_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    limit = 1_000  # lines over 12 * 1,000 + 1 MiB bytes are skipped unread
    path.write_text(json.dumps({"id": "big", "text": "x" * (2 << 20)}) + "\n" + '{"id": "ok", "text": "Fine."}\n',
                    encoding="utf-8")
    items = _read(path, limit=limit)
    assert isinstance(items[0], InputError) and f"{path}:1: line is over" in str(items[0])
    assert isinstance(items[1], Document) and items[1].id == "ok" and items[1].line == 2


def test_io_deeply_nested_json_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    err = _only_error(_read(path))
    assert f"{path}:1:" in str(err) and "malformed JSON" in str(err)


def test_io_html_entity_bomb_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    path = tmp_path / "bomb.html"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><article>'
                    "<p>Japan and South Korea agreed to resume talks. &a9;</p></article></body></html>",
                    encoding="utf-8")
    err = _only_error(_read(path))
    assert "bomb.html" in str(err) and "entit" in str(err)


@pytest.mark.parametrize("output", ["in.jsonl", "dir/claims.jsonl", "dir/sub/more.txt"])
def test_io_output_over_an_input_is_refused(tmp_path: Path, output: str) -> None:
    from pipeline.io import refuse_overwriting_inputs

    (tmp_path / "dir").mkdir()
    (tmp_path / "in.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="input"):
        refuse_overwriting_inputs([str(tmp_path / "in.jsonl"), str(tmp_path / "dir")], [str(tmp_path / output)])


def test_io_output_beside_inputs_is_allowed(tmp_path: Path) -> None:
    from pipeline.io import refuse_overwriting_inputs

    (tmp_path / "dir").mkdir()
    refuse_overwriting_inputs([str(tmp_path / "dir")], [str(tmp_path / "claims.jsonl"), "-"])
    refuse_overwriting_inputs([str(tmp_path / "dir")], [str(tmp_path / "dir" / "claims.jsonl")], glob="**/*.txt")


def test_io_count_documents_for_the_progress_total(tmp_path: Path) -> None:
    from pipeline.io import count_documents

    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 4
    assert count_documents([str(tmp_path / "a.txt"), "-"]) is None


@pytest.mark.parametrize(
    "text",
    ["Russia\x00and China\x01signed\x7f a deal.", "Iran \u200fand\u202e Saudi Arabia \u202crestored ties.",
     "Japan \U0001f1ef\U0001f1f5 and Korea \U0001f468\u200d\U0001f469\u200d\U0001f467 agreed\u200b to talk."],
)
def test_io_control_characters_rtl_marks_and_emoji_pass_through_jsonl(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"id": "odd", "text": text}) + "\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.text == text


def test_io_unpaired_surrogate_escape_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sur.jsonl"
    path.write_text('{"id": "s", "text": "Talks \\ud800 resumed."}\n{"id": "t", "text": "Fine \\ud83d\\ude00."}\n',
                    encoding="utf-8")
    items = _read(path)
    assert isinstance(items[0], InputError) and f"{path}:1: record has an unpaired surrogate" in str(items[0])
    assert isinstance(items[1], Document) and items[1].text == "Fine \U0001f600."


def test_io_oversized_stdin_text_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    stream = io.BufferedReader(io.BytesIO(b"word " * 100_000))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stream})())
    err = _only_error(list(iter_documents(["-"], 1_000)))
    assert str(err).startswith("<stdin>: document is over the limit of 1,000") and stream.tell() < 10_000


def test_io_writer_writes_through_a_symlink_and_into_a_device(tmp_path: Path) -> None:
    real = tmp_path / "real" / "target.jsonl"
    real.parent.mkdir()
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with open_output(str(link)) as writer:
        writer.write({"a": 1})
    assert link.is_symlink() and real.read_text(encoding="utf-8") == '{"a":1}\n'
    with open_output("/dev/null") as writer:  # a device is written to, never replaced
        writer.write({"a": 1})
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("where", ["folder", "file/out.jsonl"])
def test_io_writer_refuses_a_path_it_cannot_write(tmp_path: Path, where: str) -> None:
    from pipeline.errors import OutputError

    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"), open_output(str(tmp_path / where)) as writer:
        writer.write({"a": 1})


def test_io_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Peru and Chile signed a deal."}).encode() + b"\n")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.id == "a"


def test_io_files_that_share_a_name_get_their_relative_paths_as_ids(tmp_path: Path) -> None:
    import gzip

    for folder in ("a", "b/deep", "c", "x", "y"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "a" / "report.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "b" / "deep" / "report.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "c" / "other.txt").write_text("Other text.", encoding="utf-8")
    (tmp_path / "c" / "note.txt").write_text("Plain note.", encoding="utf-8")
    (tmp_path / "c" / "note.txt.gz").write_bytes(gzip.compress(b"Gzipped note."))
    for folder in ("x", "y"):
        (tmp_path / folder / "dump.jsonl").write_text(json.dumps({"text": f"From {folder}."}) + "\n", encoding="utf-8")
    docs = _read(tmp_path)
    assert [(d.id, d.text) for d in docs if isinstance(d, Document)] == [
        ("a/report.txt", "First report."), ("b/deep/report.txt", "Second report."), ("note.txt", "Plain note."),
        ("note.txt.gz", "Gzipped note."), ("other.txt", "Other text."), ("x/dump.jsonl:1", "From x."),
        ("y/dump.jsonl:1", "From y.")]
    # given one by one, from another folder: relative to the folder that holds them both
    docs = _read(tmp_path / "a" / "report.txt", tmp_path / "b" / "deep" / "report.txt", tmp_path / "c" / "other.txt")
    assert [d.id for d in docs if isinstance(d, Document)] == ["a/report.txt", "b/deep/report.txt", "other.txt"]
    # a name no other file has stays the id it always was
    assert [d.id for d in _read(tmp_path / "a" / "report.txt")] == ["report.txt"]


def test_io_a_repeated_id_is_an_error_naming_file_line_and_where_it_first_appeared(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in [
        {"id": "e1", "text": "One."}, {"id": "e2", "text": "Two."}, {"id": "e1", "text": "Three."},
        {"id": "e1", "text": "Four."}]) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "e2", "text": "Five."}) + "\n" + json.dumps({"id": "e3", "text": "Six."}) + "\n",
                      encoding="utf-8")
    items = _read(first, second, first)
    assert [d.text for d in items if isinstance(d, Document)] == ["One.", "Two.", "Six."]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert errors == [
        f"{first}:3: duplicate document id 'e1', first at {first}:1",
        f"{first}:4: duplicate document id 'e1', first at {first}:1",
        f"{second}:1: duplicate document id 'e2', first at {first}:2",
        *[f"{first}:{n}: duplicate document id '{i}', first at {first}:{f}"
          for n, i, f in [(1, "e1", 1), (2, "e2", 2), (3, "e1", 1), (4, "e1", 1)]],
    ]
    assert [e.doc_id for e in items if isinstance(e, InputError)][:3] == ["e1", "e1", "e2"]


def test_io_a_file_read_twice_is_a_repeated_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Russia and China signed a deal.", encoding="utf-8")
    doc, error = _read(path, tmp_path)
    assert isinstance(doc, Document) and doc.id == "a.txt"
    assert isinstance(error, InputError) and str(error) == f"{path}: duplicate document id 'a.txt', first at {path}"
