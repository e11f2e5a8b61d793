"""The claimex command line: thin typer commands over plain functions.

stdout carries JSONL only; messages, summaries and errors go to stderr. Exit codes: 0 when
every input was processed, 1 when at least one input or document failed (the others are still
written), 2 for usage errors.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .errors import ClaimexError

app = typer.Typer(
    name="claimex",
    help="Extract cooperation, competition and forecast claims from foreign-policy writing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("claimex")


def _err(message: str) -> None:
    typer.echo(f"claimex: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimex {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="claimex: %(message)s", stream=sys.stderr)


def _overrides(settings: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in settings or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected section.key=value, got {item!r}", param_hint="--set")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def extract(
    inputs: Annotated[list[str] | None, typer.Argument(
        help=".txt, .jsonl or .html files (or .gz of them), directories of them, or - for stdin (the default).")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL output file; - is stdout.")] = "-",
    all_sentences: Annotated[bool, typer.Option(
        "--all-sentences", help="Write every body sentence, with labels [] where none applies.")] = False,
    max_chars: Annotated[int | None, typer.Option(
        "--max-chars", help="Refuse documents longer than this (default: config nlp.max_chars).")] = None,
    default_date: Annotated[str | None, typer.Option(
        "--date", help="Date (YYYY-MM-DD) of documents that give none: no date field or page metadata, "
                       "no dateline or byline.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="A config.cfg to use instead of the packaged one.")] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", help="Override a config value: section.key=value.")] = None,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write one JSON line per failed document or input here.")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes (default: one per core).")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Skip documents already in the output file (same id and text); append the rest.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
    # inputs (issue 5): which files of a directory, and which JSONL fields, are read
    glob: Annotated[str, typer.Option(
        "--glob", help="Files to read in an input directory, relative to it; ** recurses.")] = "**/*",
    text_field: Annotated[str, typer.Option("--text-field", help="JSONL field holding the text (a.b for nested).")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="JSONL field holding the document id.")] = "id",
    date_field: Annotated[str, typer.Option("--date-field", help="JSONL field holding the date.")] = "date",
    title_field: Annotated[str, typer.Option("--title-field", help="JSONL field holding the title.")] = "title",
    url_field: Annotated[str, typer.Option("--url-field", help="JSONL field holding the URL.")] = "url",
    author_field: Annotated[str, typer.Option("--author-field", help="JSONL field holding the author.")] = "author",
    engine: Annotated[Engine, typer.Option(
        "--engine", help="local: this machine; dask: partitions on a Dask cluster, -o names a folder of parts.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="With --engine dask: the scheduler of an existing cluster (tcp://host:8786); "
                            "default: a local cluster, one worker per core.")] = None,
    partition_size: Annotated[str | None, typer.Option(
        "--partition-size", help="With --engine dask: input bytes per partition (256KiB, 1MiB ...); "
                                 "default: 4 partitions a worker, at most 1MiB.")] = None,
    retries: Annotated[int, typer.Option(
        "--retries", min=0, help="With --engine dask: times a failed partition is run again.")] = 2,
) -> None:
    """Extract claims from articles and write them as JSON Lines."""
    from .build import is_iso_day, load_config
    from .io import Fields
    from .run import default_workers, run_extract

    fields = Fields(text=text_field, id=id_field, date=date_field, title=title_field, url=url_field,
                    author=author_field)

    overrides = _overrides(settings)
    if max_chars is not None:
        overrides["nlp.max_chars"] = max_chars
    if default_date is not None:
        if not is_iso_day(default_date):
            raise typer.BadParameter(f"expected a date YYYY-MM-DD, got {default_date!r}", param_hint="--date")
        overrides["components.claims_clean.default_date"] = default_date
    if engine is Engine.dask or scheduler:
        _extract_dask(load_config(config, overrides), inputs or ["-"], output, scheduler, workers,
                      partition_size, retries, all_sentences, errors, resume, quiet, engine, glob, fields)
        return
    try:
        summary = run_extract(
            load_config(config, overrides),
            inputs or ["-"],
            output,
            errors=errors,
            all_sentences=all_sentences,
            workers=workers or default_workers(),
            progress=not quiet and sys.stderr.isatty(),
            on_error=lambda message: _err(f"error: {message}"),
            resume=resume,
            glob=glob,
            fields=fields,
        )
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _err("interrupted before any document was finished: nothing was written")
        raise typer.Exit(130) from None
    if not quiet:
        _err(summary.line())
    if summary.interrupted:
        hint = " run the same command with --resume to continue" if output != "-" else ""
        _err(f"interrupted: {summary.written} documents finished and written;{hint}")
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)


class Baseline(StrEnum):
    keywords = "keywords"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the format of shared/eval/README.md.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON on stdout.")] = False,
    baseline: Annotated[Baseline | None, typer.Option(
        "--baseline", help="Score a baseline instead of the model: 'keywords' (pipeline/data/keywords.json; no actors).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="A config.cfg to use.")] = None,
) -> None:
    """Score the pipeline on a gold file: per-label P/R/F1, macro-F1, state-actor P/R, calibration (ECE)."""
    from .evaluate import Prediction, format_report, score

    try:
        lines = _read_gold(gold)
        if baseline is Baseline.keywords:
            from .baseline import keyword_labels

            predictions = [Prediction(frozenset(keyword_labels(g.text)), frozenset()) for g in lines]
        else:
            predictions = _pipeline_predictions(lines, str(gold), config)
        result = score(lines, predictions)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps({"gold": str(gold), **result}, indent=2))
    else:
        typer.echo(format_report(gold.name, result))


def _pipeline_predictions(lines: list[Any], source: str, config: Path | None) -> list[Any]:
    """Each gold line as its own document; the union of its claims' labels and actors."""
    from .build import Extractor, load_config
    from .evaluate import document_ids, predictions_from_claims
    from .io import Document
    from .schema import Claim

    extractor = Extractor(load_config(config))
    ids = document_ids(lines)
    documents = [Document(id=i, text=g.text, source=source) for i, g in zip(ids, lines, strict=True)]
    claims = [c for c in extractor.extract(documents, all_sentences=True) if isinstance(c, Claim)]
    return predictions_from_claims(ids, claims, with_scores=True)


def _read_gold(path: Path) -> list[Any]:
    from .errors import InputError
    from .evaluate import GoldLine

    if not path.is_file():
        raise InputError(str(path), "not a file" if path.exists() else "no such file")
    out = []
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    out.append(GoldLine.from_record(json.loads(line)))
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    raise InputError(str(path), f"not a gold record ({exc})", number) from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    if not out:
        raise InputError(str(path), "empty file")
    return out


@app.command()
def train(
    corpus: Annotated[Path, typer.Option(help="Folder of annotated *.jsonl sentences.")] = Path("corpus/train"),
    out: Annotated[Path, typer.Option(help="Where to write the classifier artefact.")] = Path("models/claimex-clf"),
    epochs: Annotated[int | None, typer.Option(help="Training epochs (default in pipeline/train.py).")] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed.")] = None,
) -> None:
    """Train the sentence classifier on the annotated corpus, deterministically."""
    from . import torchless

    torchless.allow()
    from .train import train as run_training

    logging.getLogger("pipeline").setLevel(logging.INFO)
    if not corpus.is_dir() or not any(corpus.glob("*.jsonl")):
        _err(f"error: {corpus}: no annotated *.jsonl files")
        raise typer.Exit(1)
    try:
        card = run_training(corpus, out, epochs=epochs, seed=seed)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    _err(f"wrote {out}: dev macro-F1 {card['dev_metrics']['macro_f1']:.3f}, thresholds {card['thresholds']}")


@app.command()
def schema(
    output: Annotated[str, typer.Option("--output", "-o", help="Write here instead of stdout.")] = "-",
) -> None:
    """Print the JSON Schema of the claim record."""
    from .schema import claim_json_schema

    text = claim_json_schema()
    if output == "-":
        typer.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")


# ---- summarize and render (issue 7)


class SummaryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


class SummaryGroup(StrEnum):
    dyad = "dyad"
    actor = "actor"
    doc = "doc"
    month = "month"
    speaker = "speaker"


@app.command()
def summarize(
    claims: Annotated[list[Path], typer.Argument(help="Claims JSONL files written by `claimex extract` (.gz too).")],
    by: Annotated[SummaryGroup, typer.Option("--by", help="Group the claims by dyad, actor, doc, month or speaker.")] = SummaryGroup.dyad,
    output_format: Annotated[SummaryFormat, typer.Option("--format", "-f", help="table (terminal), csv, json or markdown.")] = SummaryFormat.table,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N largest groups.")] = None,
    plot: Annotated[Path | None, typer.Option(
        "--plot", help="Also draw the dyad bars and a timeline by month into this .svg or .png file.")] = None,
) -> None:
    """Count claims per dyad (or actor, doc, month, speaker): labels, net cooperation, certainty, speakers."""
    from .summarize import ClaimTable, GroupBy, plot_summary, to_csv, to_json, to_markdown, to_rich_table

    if plot is not None and plot.suffix.lower() not in (".svg", ".png"):
        raise typer.BadParameter(f"{plot}: expected a .svg or .png file", param_hint="--plot")
    try:
        table = ClaimTable(claims, keep_going=True)
        for error in table.errors:  # a bad file is one line; the others are summarized
            _err(f"error: {error}")
        if not table.files:
            raise typer.Exit(1)
        summary = table.summarize(GroupBy(by.value), top=top)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if not summary.claims:
        _err(f"no claims in {', '.join(table.files)}: the summary is empty")
    if output_format is SummaryFormat.table:
        from rich.console import Console

        console = Console()
        if not console.is_terminal:
            console = Console(width=max(console.width, 160))
        console.print(to_rich_table(summary))
    else:
        render = {SummaryFormat.csv: to_csv, SummaryFormat.json: to_json, SummaryFormat.markdown: to_markdown}
        typer.echo(render[output_format](summary), nl=False)
    if plot is not None:
        try:
            plot_summary(table, plot)
        except OSError as exc:
            _err(f"error: {plot}: {exc.strerror or exc}")
            raise typer.Exit(1) from None
        _err(f"wrote {plot}")
    if table.errors:
        raise typer.Exit(1)


@app.command()
def render(
    inputs: Annotated[list[str] | None, typer.Argument(
        help="Articles to extract and show (.txt, .jsonl, .html, directories). Not with --claims.")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML page; - is stdout.")] = "-",
    claims: Annotated[Path | None, typer.Option(
        "--claims", help="Show the claims of this JSONL file (from `claimex extract`) instead of extracting.")] = None,
    text: Annotated[list[str] | None, typer.Option(
        "--text", help="With --claims: the article(s) the claims were extracted from.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Page title (default: the article's).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="A config.cfg to use.")] = None,
) -> None:
    """Write a self-contained HTML reader view: the article with its claims marked, filters, dyads.

    A bad input or document (unreadable, not JSONL, a claim line that is no claim record, claims
    that do not fit their article) is one error line; the page shows the others, and the exit
    code is 1, as extract's is when a document failed.
    """
    from .errors import InputError
    from .render import belongs, claims_for, render_page, write_page

    if claims is not None and inputs:
        raise typer.BadParameter("give articles, or --claims with --text, not both", param_hint="INPUTS")
    if claims is not None and not text:
        raise typer.BadParameter("--claims needs --text: the article(s) the claims were extracted from",
                                 param_hint="--text")
    if claims is None and not inputs:
        raise typer.BadParameter("give articles to extract, or --claims FILE --text ARTICLE", param_hint="INPUTS")
    failed = 0

    def report(message: str) -> None:
        nonlocal failed
        failed += 1
        _err(f"error: {message}")

    try:
        documents = _read_documents(text if claims is not None else inputs or [], config, report)
        if claims is not None:
            before = failed
            records = _read_claims(claims, report)
            if not records and failed > before:  # not one line of it is a claim record
                raise typer.Exit(1)
        else:
            documents, records = _extract_documents(documents, config, report)
        source = str(claims or "claims")
        kept, dropped = [], []
        for document in documents:
            try:
                claims_for(document, records, source)
            except InputError as exc:
                report(str(exc))
                dropped.append(document)
            else:
                kept.append(document)
        if not kept:  # every input failed, and said so: no page
            raise typer.Exit(1)
        gone = [(d.id, d.sha256) for d in dropped]
        labelled = sum(1 for r in records if r.labels and not any(belongs(r, *key) for key in gone))
        shown = sum(len(claims_for(d, records, source)) for d in kept)
        if shown < labelled:
            _err(f"{source}: {labelled - shown} of {labelled} claims belong to other documents and are not shown")
        page = render_page(kept, records, title=title, source=source)
        write_page(page, output)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except OSError as exc:
        _err(f"error: {output}: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    if output != "-":
        _err(f"wrote {output}: {len(kept)} documents, {shown} claims" + (f"; {failed} failed" if failed else ""))
    if failed:
        raise typer.Exit(1)


def _read_documents(inputs: list[str], config: Path | None, on_error: Callable[[str], None]) -> list[Any]:
    """The documents of ``inputs``; each input or document that cannot be read goes to ``on_error``."""
    from .build import load_config
    from .errors import InputError
    from .io import iter_documents

    max_chars = int(load_config(config)["nlp"]["max_chars"])
    documents = []
    failed = False
    for item in iter_documents(inputs, max_chars):
        if isinstance(item, InputError):
            on_error(str(item))
            failed = True
        else:
            documents.append(item)
    if not documents and not failed:
        raise InputError(", ".join(inputs), "no documents")
    return documents


def _extract_documents(documents: list[Any], config: Path | None,
                       on_error: Callable[[str], None]) -> tuple[list[Any], list[Any]]:
    """The documents that extraction did not fail on, and their claims; each failure goes to ``on_error``."""
    from .build import Extractor, load_config
    from .schema import Claim

    if not documents:
        return [], []
    extractor = Extractor(load_config(config))
    kept, records = [], []
    for document in documents:  # one at a time: a failure is then known to be this document's
        found = list(extractor.extract([document]))
        problems = [item for item in found if not isinstance(item, Claim)]
        for problem in problems:
            on_error(problem.message)
        if not problems:
            kept.append(document)
            records += found
    return kept, records


def _read_claims(path: Path, on_error: Callable[[str], None]) -> list[Any]:
    """The claim records of ``path``; a line that is no claim record goes to ``on_error`` (with
    its number) and the others are kept, as is what was read before a read error."""
    import zlib

    from pydantic import ValidationError

    from .errors import InputError
    from .io import JSONL_SUFFIXES, _open
    from .schema import Claim

    if not path.is_file():
        raise InputError(str(path), "no such file")
    if not path.name.endswith(JSONL_SUFFIXES):
        raise InputError(str(path), "expected a .jsonl or .jsonl.gz claims file")
    records = []
    number = 0
    try:
        with _open(path) as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        records.append(Claim.model_validate_json(line))
                    except ValidationError as exc:
                        first = exc.errors()[0]
                        where = ".".join(str(p) for p in first["loc"])
                        problem = f"{where}: {first['msg']}" if where else first["msg"]
                        on_error(str(InputError(str(path), f"not a claim record ({problem})", number)))
    except (OSError, EOFError, zlib.error) as exc:
        on_error(str(InputError(str(path), f"cannot read it ({getattr(exc, 'strerror', None) or exc})",
                                number + 1 if number else None)))
    return records


# ---- the Dask engine (issue 8)


def _extract_dask(config: Any, inputs: list[str], output: str, scheduler: str | None, workers: int | None,
                  partition_size: str | None, retries: int, all_sentences: bool, errors: Path | None,
                  resume: bool, quiet: bool, engine: Engine, glob: str, fields: Any) -> None:
    """``extract --engine dask``: partitions on a Dask cluster, parts in the folder ``output``."""
    from dask.utils import parse_bytes

    from .cluster import run_dask

    if engine is not Engine.dask:
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")
    if output == "-":
        raise typer.BadParameter("--engine dask writes a folder of part files: give -o FOLDER", param_hint="--output")
    if "-" in inputs:
        raise typer.BadParameter("--engine dask reads files and directories, not stdin", param_hint="INPUTS")
    if resume:
        raise typer.BadParameter("not available with --engine dask (a rerun rewrites the folder)", param_hint="--resume")
    if scheduler and workers:
        raise typer.BadParameter("the cluster at --scheduler has its own workers", param_hint="--workers")
    try:
        block_size = parse_bytes(partition_size) if partition_size else None
    except ValueError:
        raise typer.BadParameter(f"not a size: {partition_size!r}", param_hint="--partition-size") from None
    try:
        summary = run_dask(config, inputs, output, scheduler=scheduler, workers=workers, block_size=block_size,
                           retries=retries, all_sentences=all_sentences, errors=errors,
                           on_error=lambda message: _err(f"error: {message}"),
                           progress=not quiet and sys.stderr.isatty(), glob=glob, fields=fields)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _err(f"interrupted: {output} is incomplete (no _SUCCESS); run the command again")
        raise typer.Exit(130) from None
    if not quiet:
        _err(summary.line())
    if summary.failed or summary.failed_partitions:
        raise typer.Exit(1)


@app.command()
def merge(
    folder: Annotated[Path, typer.Argument(help="The output folder of `claimex extract --engine dask`.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL output file; - is stdout.")] = "-",
) -> None:
    """Concatenate the part files of a finished --engine dask job, in partition order."""
    from .partitions import merge_parts

    try:
        counts = merge_parts(folder, output)
    except ClaimexError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(1) from None
    if counts.get("failed_partitions"):
        _err(f"warning: {folder}: {counts['failed_partitions']} partitions failed and are missing "
             f"(see {folder / '_errors.jsonl'})")
        raise typer.Exit(1)


def _terminate(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """The ``claimex`` command. spaCy imports torch whenever it is installed, which costs 2 s and
    300 MB, yet only training, the torch runtime and the ONNX export use it: they lift the block
    (see torchless.py)."""
    from . import torchless

    torchless.block()
    # a polite stop (SIGTERM: `timeout`, a job scheduler) ends a run as a second Ctrl-C does: the
    # documents finished are written, the one in flight is dropped, and no temporary file stays
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except OSError as exc:
        # what no command expects: standard output full or closed ("> /dev/full"), an output
        # folder that vanished; one line, not a traceback
        where = f": {exc.filename}" if exc.filename else ""
        _err(f"error: {exc.strerror or exc}{where}")
        sys.exit(1)
