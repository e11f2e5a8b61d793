"""Counts of claims per dyad, actor, document, month or speaker, computed by DuckDB.

DuckDB reads the JSONL files directly (gzipped too) into one table, so millions of claims stay
fast. Only claims count: records with ``labels: []`` (written by ``extract --all-sentences``)
are left out. A claim counts once in each group it belongs to: once for each of its dyads, once
for each distinct actor code, once for its document, its month (of the document date) and its
speaker (``(author)`` for the author's own voice).

Files with no claims give an empty summary (the CLI prints the empty table and a note on
stderr); a file that cannot be read as claim records raises an :class:`InputError` naming it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import InputError
from .io import write_atomic
from .schema import Claim

AUTHOR = "(author)"
UNKNOWN_MONTH = "(unknown)"
TOP_SPEAKERS = 3

# Only the fields the summary reads; anything else in a record is ignored.
COLUMNS = {
    "claim_id": "VARCHAR",
    "doc_id": "VARCHAR",
    "labels": "VARCHAR[]",
    "actors": "STRUCT(code VARCHAR)[]",
    "dyads": "VARCHAR[][]",
    "attribution": "STRUCT(speaker VARCHAR)",
    "certainty": "VARCHAR",
    "doc": "STRUCT(date VARCHAR)",
}


class GroupBy(StrEnum):
    dyad = "dyad"
    actor = "actor"
    doc = "doc"
    month = "month"
    speaker = "speaker"


# One key (or a list of keys, unnested) per claim for each grouping.
_KEYS = {
    GroupBy.dyad: "unnest(list_distinct(list_transform(dyads, lambda d: d[1] || '-' || d[2])))",
    GroupBy.actor: "unnest(list_distinct(list_transform(actors, lambda a: a.code)))",
    GroupBy.doc: "doc_id",
    GroupBy.month: f"coalesce(substr(doc.date, 1, 7), '{UNKNOWN_MONTH}')",
    GroupBy.speaker: f"coalesce(attribution.speaker, '{AUTHOR}')",
}

_AGGREGATE = """
SELECT key,
       count(*) AS claims,
       count(DISTINCT doc_id) AS documents,
       count(*) FILTER (WHERE list_contains(labels, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE list_contains(labels, 'competition')) AS competition,
       count(*) FILTER (WHERE list_contains(labels, 'forecast')) AS forecast,
       count(*) FILTER (WHERE list_contains(labels, 'forecast') AND certainty = 'high') AS forecast_high,
       count(*) FILTER (WHERE list_contains(labels, 'forecast') AND certainty = 'medium') AS forecast_medium,
       count(*) FILTER (WHERE list_contains(labels, 'forecast') AND certainty = 'low') AS forecast_low,
       count(*) FILTER (WHERE list_contains(labels, 'forecast') AND certainty IS NULL) AS forecast_unrated,
       list(speaker ORDER BY speaker) FILTER (WHERE speaker IS NOT NULL) AS speakers
FROM (SELECT {key} AS key, doc_id, labels, certainty, attribution.speaker AS speaker FROM claims)
WHERE key IS NOT NULL
GROUP BY key
"""


@dataclass(frozen=True)
class GroupRow:
    """The counts for one group."""

    key: str
    claims: int
    documents: int
    cooperation: int
    competition: int
    forecast: int
    net_cooperation: float | None  # (coop - comp) / (coop + comp); None when both are 0
    forecast_high: int
    forecast_medium: int
    forecast_low: int
    forecast_unrated: int  # forecasts without a certainty cue
    top_speakers: list[tuple[str, int]]

    def speakers_text(self) -> str:
        return "; ".join(f"{name} ({n})" for name, n in self.top_speakers)

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["top_speakers"] = [{"speaker": name, "claims": n} for name, n in self.top_speakers]
        return out


@dataclass(frozen=True)
class Summary:
    """Groups of one kind, largest first (months in date order)."""

    by: GroupBy
    claims: int  # claims read, before grouping
    rows: list[GroupRow]


def net_cooperation(cooperation: int, competition: int) -> float | None:
    """(coop - comp) / (coop + comp), from -1 (all competition) to 1 (all cooperation)."""
    total = cooperation + competition
    return round((cooperation - competition) / total, 3) if total else None


class ClaimTable:
    """Claims from JSONL files, loaded once into an in-memory DuckDB table.

    A file that cannot be read as claim records raises an :class:`InputError` naming it (and
    the line, where one is wrong); with ``keep_going``, the file is left out instead, its error
    kept in ``errors``, and the other files are still loaded (``files`` names them).
    """

    def __init__(self, paths: Sequence[str | Path], keep_going: bool = False) -> None:
        import duckdb

        if not paths:
            raise InputError("-", "no claims file given")
        self.errors: list[InputError] = []
        files = []
        for name in map(str, paths):
            path = Path(name)
            if path.is_file():
                files.append(name)
            else:
                self._refuse(InputError(name, "not a file" if path.exists() else "no such file"), keep_going)
        self._con = duckdb.connect()
        self._con.execute("CREATE TEMP TABLE raw ("
                          + ", ".join(f"{name} {kind}" for name, kind in COLUMNS.items()) + ", filename VARCHAR)")
        try:
            if files:
                self._load(files)
        except duckdb.Error as exc:
            if not keep_going:
                raise _input_error(files, exc) from None
            for name in files:  # which of them: a failed INSERT adds nothing
                try:
                    self._load([name])
                except duckdb.Error as exc:
                    self.errors.append(_input_error([name], exc))
        for (name,) in self._con.execute("SELECT DISTINCT filename FROM raw WHERE claim_id IS NULL OR labels IS NULL "
                                         "ORDER BY filename").fetchall():
            line = _first_line(name, lambda r: not isinstance(r, dict) or r.get("claim_id") is None
                               or r.get("labels") is None)
            self._refuse(InputError(name, "a record has no claim_id or labels: not a claimex claims file", line),
                         keep_going)
            self._con.execute("DELETE FROM raw WHERE filename = ?", [name])
        order = {name: i for i, name in enumerate(map(str, paths))}
        self.errors.sort(key=lambda e: order.get(e.path, len(order)))
        failed = {e.path for e in self.errors}
        self._con.execute("CREATE TEMP VIEW claims AS SELECT * FROM raw WHERE len(labels) > 0")
        self.files = [name for name in files if name not in failed]
        self.claims = int(self._scalar("SELECT count(*) FROM claims"))

    def _load(self, files: list[str]) -> None:
        self._con.execute("INSERT INTO raw BY NAME SELECT * FROM read_json(?, format='newline_delimited', "
                          "columns=?, filename=true)", [files, COLUMNS])

    def _refuse(self, error: InputError, keep_going: bool) -> None:
        if not keep_going:
            raise error
        self.errors.append(error)

    @classmethod
    def from_claims(cls, claims: Iterable[Claim]) -> ClaimTable:
        """A table of records in memory (through a temporary JSONL file)."""
        with tempfile.TemporaryDirectory(prefix="claimex-") as tmp:
            path = Path(tmp) / "claims.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for claim in claims:
                    fh.write(claim.model_dump_json() + "\n")
            return cls([path])

    def _scalar(self, sql: str) -> Any:
        row = self._con.execute(sql).fetchone()
        return row[0] if row else None

    def summarize(self, by: GroupBy = GroupBy.dyad, top: int | None = None) -> Summary:
        """Counts per group; ``top`` keeps the largest groups (the first months, for ``month``)."""
        order = "key" if by is GroupBy.month else "claims DESC, key"
        sql = _AGGREGATE.format(key=_KEYS[by]) + f" ORDER BY {order}"
        if top is not None:
            sql += f" LIMIT {int(top)}"
        cursor = self._con.execute(sql)
        names = [d[0] for d in cursor.description]
        rows = []
        for values in cursor.fetchall():
            record = dict(zip(names, values, strict=True))
            speakers = Counter(record.pop("speakers") or [])
            top_speakers = sorted(speakers.items(), key=lambda item: (-item[1], item[0]))[:TOP_SPEAKERS]
            rows.append(GroupRow(
                net_cooperation=net_cooperation(record["cooperation"], record["competition"]),
                top_speakers=top_speakers, **record))
        return Summary(by=by, claims=self.claims, rows=rows)


def _input_error(files: list[str], exc: Exception) -> InputError:
    """DuckDB's error as an InputError naming the file and the 1-based line that is wrong."""
    message = str(exc).splitlines()[0].strip()
    message = re.sub(r"^[A-Za-z ]+Error: ", "", message)
    named = re.search(r' in file "([^"]+)",?', message)
    if named:
        name, message = named.group(1), message.replace(named.group(0), "").strip()
    elif len(files) == 1:
        name = files[0]
    else:
        return InputError(", ".join(files), message)
    at = re.search(r" in line \d+", message)
    if not at:
        return InputError(name, message)
    # DuckDB's "line" counts records, not lines, and not always the same way (one past the
    # record for malformed JSON; blank lines left out): the line is found here instead
    return InputError(name, message.replace(at.group(0), ""), _first_line(name, _not_a_record))


def _fits(value: Any, kind: str) -> bool:
    """Whether a JSON value reads as the DuckDB type ``kind`` of :data:`COLUMNS`: any value
    reads as VARCHAR; a list type needs an array, a STRUCT an object (or null, for both)."""
    if value is None or kind == "VARCHAR":
        return True
    if kind.endswith("[]"):
        return isinstance(value, list) and all(_fits(item, kind[:-2]) for item in value)
    return isinstance(value, dict)  # STRUCT(... VARCHAR): its fields read as VARCHAR


def _not_a_record(record: Any) -> bool:
    return not isinstance(record, dict) or not all(_fits(record.get(name), kind) for name, kind in COLUMNS.items())


def _first_line(name: str, wrong: Callable[[Any], bool]) -> int | None:
    """The 1-based line of the first record of the (gzipped) JSONL file ``name`` that is not
    JSON, or for which ``wrong(record)`` holds; None if there is none, or the file cannot be read."""
    import zlib

    from .io import _open

    try:
        with _open(Path(name)) as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    if wrong(json.loads(line)):
                        return number
                except (ValueError, RecursionError):
                    return number
    except (OSError, EOFError, zlib.error):
        pass
    return None


# ---- output formats


HEADERS = {
    "key": "group", "claims": "claims", "documents": "docs", "cooperation": "coop", "competition": "comp",
    "net_cooperation": "net coop", "forecast": "forecast", "certainty": "high/med/low/unrated",
    "top_speakers": "top speakers",
}


def _cells(row: GroupRow) -> list[str]:
    net = "" if row.net_cooperation is None else f"{row.net_cooperation:+.2f}"
    certainty = f"{row.forecast_high}/{row.forecast_medium}/{row.forecast_low}/{row.forecast_unrated}"
    return [row.key, str(row.claims), str(row.documents), str(row.cooperation), str(row.competition), net,
            str(row.forecast), certainty, row.speakers_text()]


def _headers(summary: Summary) -> list[str]:
    return [summary.by.value, *list(HEADERS.values())[1:]]


def to_csv(summary: Summary) -> str:
    """One line per group, every count in its own column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    fields = [summary.by.value, *[f for f in GroupRow.__dataclass_fields__ if f != "key"]]
    writer.writerow(fields)
    for row in summary.rows:
        values = asdict(row)
        values["top_speakers"] = row.speakers_text()
        writer.writerow(["" if v is None else v for v in [row.key, *[values[f] for f in fields[1:]]]])
    return out.getvalue()


def to_json(summary: Summary) -> str:
    return json.dumps({"by": summary.by.value, "claims": summary.claims,
                       "groups": [r.as_json() for r in summary.rows]}, indent=2, ensure_ascii=False) + "\n"


def to_markdown(summary: Summary) -> str:
    headers = _headers(summary)
    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join("---" if i == 0 or i == len(headers) - 1 else "---:" for i in range(len(headers))) + "|"]
    for row in summary.rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
    return "\n".join(lines) + "\n"


def to_rich_table(summary: Summary) -> Any:
    """A rich Table for the terminal."""
    from rich.table import Table

    table = Table(title=f"{summary.claims} claims by {summary.by.value}", title_justify="left")
    for i, header in enumerate(_headers(summary)):
        table.add_column(header, justify="left" if i in (0, 8) else "right", no_wrap=i < 8)
    for row in summary.rows:
        cells = _cells(row)
        if row.net_cooperation is not None and row.net_cooperation != 0:
            cells[5] = f"[{'green' if row.net_cooperation > 0 else 'red'}]{cells[5]}[/]"
        table.add_row(*cells)
    return table


# ---- plots


def plot_summary(table: ClaimTable, target: Path, top: int = 10) -> None:
    """Bars of the largest dyads, and a timeline by month where the documents' dates are known.

    The format follows the suffix (.svg or .png); the file is written whole or not at all.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise ValueError(f"{target}: the plot must be a .svg or .png file")
    dyads = table.summarize(GroupBy.dyad, top=top).rows
    months = [r for r in table.summarize(GroupBy.month).rows if r.key != UNKNOWN_MONTH]
    colours = {"cooperation": "#2a9d5c", "competition": "#d1495b", "forecast": "#3a6fd8"}
    panels = 2 if months else 1
    fig, axes = plt.subplots(panels, 1, figsize=(8, 3 + 0.35 * max(len(dyads), 1) + (3 if months else 0)),
                             squeeze=False, layout="constrained")
    ax = axes[0][0]
    height = 0.27
    base = [len(dyads) - 1 - j for j in range(len(dyads))]  # the largest dyad on top
    for i, label in enumerate(colours):
        ax.barh([b + (1 - i) * height for b in base], [getattr(r, label) for r in dyads], height=height, color=colours[label], label=label)
    ax.set_yticks(range(len(dyads)), [r.key for r in reversed(dyads)])
    ax.set_xlabel("claims")
    ax.set_title(f"Claims by dyad (top {len(dyads)})" if dyads else "No dyads", loc="left")
    ax.legend(loc="lower right", frameon=False)
    if months:
        ax = axes[1][0]
        width = 0.27
        for i, label in enumerate(colours):
            ax.bar([j + (i - 1) * width for j in range(len(months))], [getattr(r, label) for r in months],
                   width=width, color=colours[label], label=label)
        ax.set_xticks(range(len(months)), [r.key for r in months], rotation=45 if len(months) > 8 else 0)
        ax.set_xlim(-0.7, max(len(months), 4) - 0.3)  # a single month does not fill the panel
        ax.set_ylabel("claims")
        ax.set_title("Claims by month of the document date", loc="left")
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    try:
        write_atomic(target, lambda fh: fig.savefig(fh, format=fmt, metadata=metadata, dpi=120))
    finally:
        plt.close(fig)
