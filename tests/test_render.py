"""claimex render: the reader page's markup, its escaping, and the page in a real browser."""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.io import Document
from pipeline.render import document_parts, render_page
from pipeline.schema import Claim
from tests.conftest import ROOT, SEED
from tests.test_summarize import make_claim

runner = CliRunner()
CHROMIUM = Path("/usr/bin/chromium")
EVIL = "<script>window.__pwned = 1</script>"
# Launch flags known to work here; never a browser download.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_document(sentences: list[tuple[str, list[str], list[str]]], doc_id: str = "a.txt") -> tuple[Document, list[Claim]]:
    """A document of ``(sentence, labels, actor codes)`` separated by spaces, and its claims."""
    text, claims = "", []
    for index, (sentence, labels, codes) in enumerate(sentences):
        start = len(text)
        text += sentence + " "
        claims.append(Claim.model_validate(make_claim(index, labels, codes, doc_id=doc_id, start=start, text=sentence)))
    return Document(id=doc_id, text=text), claims


class _Page(HTMLParser):
    """The article text as a reader sees it (without label dots and code chips), and the claim marks."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, set[str]]] = []
        self.text: list[str] = []
        self.marks = 0
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        self.stack.append((tag, classes))
        self.marks += tag == "mark" and "claim" in classes

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        classes = set().union(*(c for _, c in self.stack)) if self.stack else set()
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        elif "text" in classes and not classes & {"dots", "code"}:
            self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_render_marks_each_claim_and_keeps_the_text() -> None:
    document, claims = build_document([
        ("Intro without claims.", [], []),
        ("The US and Russia agreed to talk.", ["cooperation"], ["USA", "RUS"]),
        ("China will compete with the US.", ["competition", "forecast"], ["CHN", "USA"]),
    ])
    page = parse(render_page([document], claims))
    assert page.marks == 2
    assert "".join(page.text) == document.text


def test_render_escapes_article_text_everywhere() -> None:
    sentence = f"Peskov said {EVIL} & <b>more</b> will follow."
    document, claims = build_document([(f"Before {EVIL}.", [], []), (sentence, ["forecast"], ["RUS"])])
    html = render_page([document], claims, title=EVIL)
    assert "<script>window" not in html and "<b>more" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    page = parse(html)
    assert "".join(page.text) == document.text
    data = next(s for s in page.scripts if s.strip().startswith("["))
    assert json.loads(data)[0]["labels"] == ["forecast"]


def test_render_nests_marks_inside_marks() -> None:
    text = "Russian spokesman Dmitry Peskov said on Dec 14 that Moscow will wait."
    claim = Claim.model_validate({
        **make_claim(0, ["forecast"], [], start=0, text=text),
        "actors": [{"text": "Russian", "code": "RUS", "kind": "state", "via": "demonym", "start": 0, "end": 7, "role": None},
                   {"text": "Moscow", "code": "RUS", "kind": "state", "via": "capital", "start": 52, "end": 58, "role": "source"}],
        "attribution": {"speaker": "Russian spokesman Dmitry Peskov", "speaker_code": "RUS", "cue": "said", "quote": False,
                        "start": 0, "end": 31},
        "time": [{"text": "Dec 14", "date": "2016-12-14", "start": 40, "end": 46},
                 {"text": "crossing", "date": None, "start": 29, "end": 35}],  # crosses the speaker's end: left out
    })
    (mark,) = [p for p in document_parts(text, [claim]) if p.kind == "claim"]
    assert [(p.kind, p.text or text[p.start:p.end]) for p in mark.parts] == [
        ("speaker", "Russian spokesman Dmitry Peskov"), ("text", " said on "), ("time", "Dec 14"),
        ("text", " that "), ("actor", "Moscow"), ("text", " will wait.")]
    assert [(p.kind, p.start, p.end) for p in mark.parts[0].parts] == [("actor", 0, 7), ("text", 7, 31)]


def test_render_cli_claims_file_with_text(tmp_path: Path) -> None:
    document, claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"]),
                                       ("Nothing here.", [], [])], doc_id="article.txt")
    article = tmp_path / "article.txt"
    article.write_text(document.text, encoding="utf-8")
    claims_file = tmp_path / "claims.jsonl"
    claims_file.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", "--claims", str(claims_file), "--text", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert parse(out.read_text(encoding="utf-8")).marks == 1
    assert "1 documents, 1 claims" in result.stderr


def test_render_cli_claims_that_do_not_fit_the_text(tmp_path: Path) -> None:
    document, claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"])],
                                      doc_id="article.txt")
    article = tmp_path / "article.txt"
    article.write_text("Another text altogether, longer than the claim.", encoding="utf-8")
    claims_file = tmp_path / "claims.jsonl"
    claims_file.write_text(claims[0].model_dump_json() + "\n", encoding="utf-8")
    result = runner.invoke(app, ["render", "--claims", str(claims_file), "--text", str(article)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "does not match the text of article.txt" in result.stderr


@pytest.mark.parametrize(("content", "problem"), [("not json\n", "not a claim record"),
                                                  ('{"id": "x", "text": "an article"}\n', "not a claim record")])
def test_render_cli_bad_claims_file(tmp_path: Path, content: str, problem: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Some text.", encoding="utf-8")
    bad = tmp_path / "claims.jsonl"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["render", "--claims", str(bad), "--text", str(article)])
    assert result.exit_code == 1 and result.stderr.startswith(f"claimex: error: {bad}:1: {problem}")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("args", [["--claims", "x.jsonl"], ["a.txt", "--claims", "x.jsonl", "--text", "a.txt"], []])
def test_render_cli_usage_errors(args: list[str]) -> None:
    assert runner.invoke(app, ["render", *args]).exit_code == 2


def test_render_cli_extracts_articles(extractor: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("pipeline.build.Extractor", lambda config=None: extractor)
    article = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[0]
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = parse(out.read_text(encoding="utf-8"))
    assert "".join(page.text) == article.read_text(encoding="utf-8")
    assert page.marks == len([c for c in extractor.extract([Document(id=article.name, text=article.read_text(encoding="utf-8"))])
                              if isinstance(c, Claim)])


def _write_claims(path: Path, claims: list[Claim], extra: str = "") -> Path:
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims) + extra, encoding="utf-8")
    return path


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("claimex: error: ")]


def test_render_cli_bad_inputs_are_one_line_each_and_the_good_ones_rendered(tmp_path: Path) -> None:
    first, first_claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"])],
                                         doc_id="a.txt")
    second, second_claims = build_document([("China will compete with the US.", ["competition"], ["CHN", "USA"])],
                                           doc_id="r1")
    (tmp_path / "a.txt").write_text(first.text, encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 talks".encode("latin-1"))
    (tmp_path / "records.jsonl").write_text(json.dumps({"id": "r1", "text": second.text}) + "\nnot json\n",
                                            encoding="utf-8")
    claims_file = _write_claims(tmp_path / "claims.jsonl", first_claims + second_claims,
                                extra='{"claim_id": "x"}\n')
    out = tmp_path / "page.html"
    texts = [str(tmp_path / name) for name in ("a.txt", "latin.txt", "records.jsonl", "missing.txt")]
    result = runner.invoke(app, ["render", "--claims", str(claims_file), *[a for t in texts for a in ("--text", t)],
                                 "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = _errors(result.stderr)
    assert len(errors) == 4, errors
    assert errors[0].startswith(f"claimex: error: {tmp_path / 'latin.txt'}: not valid UTF-8")
    assert errors[1].startswith(f"claimex: error: {tmp_path / 'records.jsonl'}:2: malformed JSON")
    assert errors[2].startswith(f"claimex: error: {tmp_path / 'missing.txt'}: no such file")
    assert errors[3].startswith(f"claimex: error: {claims_file}:3: not a claim record")
    page = parse(out.read_text(encoding="utf-8"))
    assert page.marks == 2 and "".join(page.text) == first.text + second.text
    assert "wrote" in result.stderr and "2 documents, 2 claims; 4 failed" in result.stderr


def test_render_cli_claims_that_do_not_fit_one_article_leave_the_others(tmp_path: Path) -> None:
    good, claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"])],
                                  doc_id="good.txt")
    _, other_claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"])],
                                     doc_id="changed.txt")
    (tmp_path / "good.txt").write_text(good.text, encoding="utf-8")
    (tmp_path / "changed.txt").write_text("Another text altogether, longer than the claim.", encoding="utf-8")
    claims_file = _write_claims(tmp_path / "claims.jsonl", claims + other_claims)
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", "--claims", str(claims_file), "--text", str(tmp_path / "changed.txt"),
                                 "--text", str(tmp_path / "good.txt"), "-o", str(out)])
    assert result.exit_code == 1
    (error,) = _errors(result.stderr)
    assert "does not match the text of changed.txt" in error
    assert "belong to other documents" not in result.stderr  # they belong to changed.txt, reported above
    page = parse(out.read_text(encoding="utf-8"))
    assert page.marks == 1 and "".join(page.text) == good.text


@pytest.mark.parametrize("content", [b"not json\n", b"\x1f\x8b truncated"])
def test_render_cli_nothing_to_show_writes_nothing(tmp_path: Path, content: bytes) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Some text.", encoding="utf-8")
    claims_file = tmp_path / "claims.jsonl.gz"
    claims_file.write_bytes(content)
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", "--claims", str(claims_file), "--text", str(article), "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert len(_errors(result.stderr)) == 1 and result.stderr.count("\n") == 1


def test_render_cli_a_document_that_fails_extraction_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    from pipeline.build import DocumentError

    good, claims = build_document([("Japan and Korea signed a deal.", ["cooperation"], ["JPN", "KOR"])],
                                  doc_id="good.txt")

    class Failing:
        """Extracts good.txt's claims; any other document fails as a document does in extraction."""

        def extract(self, documents: list[Document]) -> Iterator[Claim | DocumentError]:
            for document in documents:
                if document.id == "good.txt":
                    yield from claims
                else:
                    yield DocumentError(document.path, None, document.id, "ValueError", f"{document.path}: boom")

    monkeypatch.setattr("pipeline.build.Extractor", lambda config=None: Failing())
    (tmp_path / "bad.txt").write_text("Text the pipeline fails on.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(good.text, encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert _errors(result.stderr) == [f"claimex: error: {tmp_path / 'bad.txt'}: boom"]
    page = parse(out.read_text(encoding="utf-8"))
    assert page.marks == 1 and "".join(page.text) == good.text


# ---- in a real browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is absent (Debian's chromium package; .ci/run installs it where apt-get exists)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (run `make install`)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page loaded in a fresh context, with every request and console error recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(self.url, wait_until="load")

    def close(self) -> None:
        self.context.close()


def _visible(page: Any) -> list[str]:
    return page.eval_on_selector_all("mark.claim:not(.muted)", "els => els.map(e => e.dataset.labels)")


def test_render_seed_page_in_chromium(browser: Any, seed_claims: Path, shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    result = runner.invoke(app, ["render", "--claims", str(seed_claims), "--text", str(shared / SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in seed_claims.read_text(encoding="utf-8").splitlines()]
    claims = [c for c in claims if c["labels"]]
    visit = Visit(browser, out)
    page = visit.page
    try:
        assert page.locator("mark.claim").count() == len(claims) > 30
        assert page.locator("#dyads tbody tr").first.locator("td").first.inner_text() == "RUS-USA"
        page.locator("mark.claim").first.click()
        assert claims[0]["claim_id"] in page.locator("#details").inner_text()
        (ROOT / "outputs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "outputs" / "reader_seed.png"))

        page.locator('button.filter[data-label="competition"]').click()
        shown = _visible(page)
        assert len(shown) == sum("competition" in c["labels"] for c in claims) < len(claims)
        assert all("competition" in labels.split() for labels in shown)
        backgrounds = page.eval_on_selector_all(
            "mark.claim", "els => els.map(e => [e.classList.contains('muted'), getComputedStyle(e).backgroundImage,"
                          " getComputedStyle(e).backgroundColor])")
        assert {tuple(b) for b in backgrounds if b[0]} == {(True, "none", "rgba(0, 0, 0, 0)")}
        assert {tuple(b) for b in backgrounds if not b[0]} == {(False, "none", "rgb(247, 205, 211)")}
        page.locator('button.filter[data-label="competition"]').click()
        assert len(_visible(page)) == len(claims)

        page.select_option("#actor-filter", "NATO")
        assert len(_visible(page)) == sum("NATO" in {a["code"] for a in c["actors"]} for c in claims) > 0
        assert visit.errors == []
        assert visit.requests == [visit.url]
    finally:
        visit.close()


def test_render_sample_article_page_in_chromium(browser: Any, sample_claims: Path, tmp_path: Path) -> None:
    # the README's screenshot is of the project's own sample article, never of the seed
    article = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[0]
    out = tmp_path / "sample.html"
    result = runner.invoke(app, ["render", "--claims", str(sample_claims), "--text", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in sample_claims.read_text(encoding="utf-8").splitlines()]
    own = [c for c in claims if c["labels"] and c["doc_id"] == claims_doc_id(claims, article)]
    visit = Visit(browser, out)
    try:
        assert visit.page.locator("mark.claim").count() == len(own) > 5
        visit.page.locator("mark.claim").first.click()
        (ROOT / "outputs").mkdir(exist_ok=True)
        visit.page.screenshot(path=str(ROOT / "outputs" / "reader_sample.png"))
        assert visit.errors == [] and visit.requests == [visit.url]
    finally:
        visit.close()


def claims_doc_id(claims: list[dict[str, Any]], article: Path) -> str:
    """The doc_id that the claims of ``article`` carry."""
    return next(c["doc_id"] for c in claims if c["doc_id"].endswith(article.name) or c["doc_id"] == article.stem)


def test_render_script_in_article_never_runs_in_chromium(browser: Any, tmp_path: Path) -> None:
    document, claims = build_document([(f"Intro {EVIL}.", [], []),
                                       (f"Peskov said {EVIL} Russia will talk.", ["forecast"], ["RUS"])])
    out = tmp_path / "evil.html"
    out.write_text(render_page([document], claims, title=EVIL), encoding="utf-8")
    visit = Visit(browser, out)
    try:
        assert visit.page.evaluate("typeof window.__pwned") == "undefined"
        assert visit.page.locator("mark.claim").count() == 1
        assert EVIL in visit.page.locator("mark.claim").inner_text()
        assert visit.page.title().startswith(EVIL)
        assert visit.errors == [] and visit.requests == [visit.url]
    finally:
        visit.close()


def test_render_screenshot_copy_is_small() -> None:
    docs_png = ROOT / "docs" / "reader.png"
    assert docs_png.is_file() and docs_png.stat().st_size < 300_000
    assert "docs/reader.png" in (ROOT / "README.md").read_text(encoding="utf-8")
