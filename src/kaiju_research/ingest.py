"""Files → tables: read, parse and extract every bulletin, then write the tables atomically.

One bad file never stops the batch: it is reported with its name and what is wrong, listed in
`errors.parquet`, and the rows an earlier ingest had for it are kept rather than silently
dropped.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

from kaiju_research import paths
from kaiju_research.errors import InputError, ParseError
from kaiju_research.parse import Bulletin, parse_bulletin
from kaiju_research.read import SUPPORTED_SUFFIXES, read_document
from kaiju_research.tables import (
    ERRORS_SCHEMA,
    SCHEMAS,
    IssueFrames,
    bulletin_frames,
    combine,
    load_tables,
    write_parquet_atomic,
    write_tables,
)

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,80}$")
_NAME_NUMBER = re.compile(r"(?:第(\d{1,4})期|[-_ ](\d{1,4})(?=$|[-_ .]))")
_NAME_DATE = re.compile(r"(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?([0-2]\d|3[01])(?!\d)")
_COMPACT_EVERY = 256  # files whose frames are folded into one while gathering
_PARALLEL_THRESHOLD = 16  # below this, starting worker processes costs more than it saves
_IGNORED_NAMES = {"SHA256SUMS", "README.md", "README.txt"}


@dataclass
class IngestResult:
    """What an ingest did: counts, files that failed, and the tables written."""

    files: int = 0
    issues: int = 0
    items: int = 0
    indicators: int = 0
    errors: list[InputError] = field(default_factory=list)
    unlinked_entities: list[str] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    reused: int = 0  # files unchanged since the last run, whose rows were carried over

    @property
    def ok(self) -> bool:
        return not self.errors


@cache
def _series_table() -> dict[str, str]:
    """Series title (and its aliases) → series code, from the packaged series.csv."""
    table: dict[str, str] = {}
    with (paths.PACKAGE_DATA_DIR / "series.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for title in [row["title"], *row["aliases"].split("|")]:
                if title:
                    table[_squash(title)] = row["code"]
    return table


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def series_code(series: str | None, *, fallback: str) -> str:
    """A stable, readable ASCII code for a series; unknown series get a hash of their title."""
    if series:
        known = _series_table().get(_squash(series))
        if known:
            return known
        return "series-" + hashlib.sha256(_squash(series).encode()).hexdigest()[:8]
    return fallback


def make_issue_id(code: str, number: int) -> str:
    """`hunan-kaiju-bahao` + 3 → `hunan-kaiju-bahao-003`: sortable and safe as a file name."""
    issue_id = f"{code}-{number:03d}"
    if not _SAFE_ID.match(issue_id):
        raise ValueError(f"unsafe issue id {issue_id!r}")
    return issue_id


def number_from_name(path: Path) -> int | None:
    matches = _NAME_NUMBER.findall(path.stem)
    for chinese, arabic in reversed(matches):
        value = chinese or arabic
        if value and not _NAME_DATE.search(value):
            return int(value)
    return None


def date_from_name(path: Path) -> dt.date | None:
    match = _NAME_DATE.search(path.stem)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _fallback_series_code(path: Path) -> str:
    stem = _NAME_DATE.sub("", path.stem.lower())
    stem = re.sub(r"[-_ ]?\d{1,4}$", "", stem)
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    return stem or "bulletin"


def discover(inputs: Sequence[Path | str]) -> list[tuple[Path, Path]]:
    """Every bulletin file under the inputs, sorted, each with the folder it is relative to."""
    found: dict[Path, Path] = {}
    for entry in map(Path, inputs):
        if entry.is_dir():
            for path in sorted(entry.rglob("*")):
                if (
                    path.is_file()
                    and path.suffix.lower() in SUPPORTED_SUFFIXES
                    and path.name not in _IGNORED_NAMES
                    and not any(part.startswith(".") for part in path.relative_to(entry).parts)
                ):
                    found.setdefault(path, entry)
        else:
            # A file named on the command line is read whatever its suffix: an unsupported
            # one gets a clear error instead of being skipped without a word.
            found.setdefault(entry, entry.parent)
    return sorted(found.items())


def _relative_source(path: Path, root: Path) -> str:
    for base in (paths.RAW_DIR, root):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.name


def _complete(
    bulletin: Bulletin, path: Path, *, number: int | None, date: dt.date | None
) -> Bulletin:
    """Fill a missing issue number or date from the command line or the file name."""
    if bulletin.number is None:
        bulletin = dataclasses.replace(bulletin, number=number or number_from_name(path))
    if bulletin.date is None:
        bulletin = dataclasses.replace(bulletin, date=date or date_from_name(path))
    problems = []
    if bulletin.number is None:
        problems.append("no issue number in the header or the file name (give --issue-number)")
    if bulletin.date is None:
        problems.append("no date in the header or the file name (give --date)")
    if not bulletin.items:
        problems.extend(p for p in bulletin.problems() if p.startswith("no items"))
    if problems:
        raise ParseError(path, "; ".join(problems))
    return bulletin


def ingest_file(
    path: Path, root: Path, *, number: int | None = None, date: dt.date | None = None
) -> tuple[str, IssueFrames]:
    """Read, parse and extract one file; raise `InputError` naming it when it cannot be used."""
    data = _read_bytes(path)
    text = read_document(path)
    bulletin = _complete(parse_bulletin(text), path, number=number, date=date)
    code = series_code(bulletin.series, fallback=_fallback_series_code(path))
    issue_id = make_issue_id(code, bulletin.number)  # type: ignore[arg-type]
    frames = bulletin_frames(
        bulletin,
        issue_id=issue_id,
        series_code=code,
        source=_relative_source(path, root),
        source_sha256=hashlib.sha256(data).hexdigest(),
    )
    return issue_id, frames


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc


MANIFEST_NAME = "ingest_manifest.parquet"
MANIFEST_SCHEMA: dict[str, pl.DataType] = {
    "path": pl.String(),  # absolute path of the file read
    "source": pl.String(),
    "size": pl.Int64(),
    "mtime_ns": pl.Int64(),
    "sha256": pl.String(),
    "issue_id": pl.String(),
    "fingerprint": pl.String(),  # the code and options that made its rows
}


@cache
def pipeline_fingerprint() -> str:
    """A hash of the package's code and reference data: rows made by other code are redone."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.csv")]):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _load_manifest(out: Path) -> pl.DataFrame:
    path = out / MANIFEST_NAME
    if not path.is_file():
        return pl.DataFrame(schema=MANIFEST_SCHEMA)
    try:
        return pl.read_parquet(path).cast(MANIFEST_SCHEMA)  # type: ignore[arg-type]
    except Exception:  # a damaged manifest only costs a full re-ingest
        return pl.DataFrame(schema=MANIFEST_SCHEMA)


@dataclass(frozen=True)
class _Outcome:
    """What happened to one file: its frames (or rows reused from the last run), or an error."""

    path: Path
    source: str
    stat: tuple[int, int] = (0, 0)  # size, mtime_ns
    issue_id: str | None = None
    sha256: str | None = None
    frames: IssueFrames | None = None
    reused: bool = False
    error: InputError | None = None


def _process(job: tuple[Path, Path, int | None, dt.date | None]) -> _Outcome:
    path, root, number, date = job
    source = _relative_source(path, root)
    try:
        stat = path.stat()
        issue_id, frames = ingest_file(path, root, number=number, date=date)
    except OSError as exc:
        return _Outcome(path, source, error=InputError(path, f"cannot read: {exc.strerror}"))
    except InputError as error:
        return _Outcome(path, source, error=error)
    sha = frames.issues["source_sha256"][0]
    return _Outcome(path, source, (stat.st_size, stat.st_mtime_ns), issue_id, sha, frames)


def _process_all(
    jobs: list[tuple[Path, Path, int | None, dt.date | None]], workers: int
) -> Iterator[_Outcome]:
    """Process files in order, yielding each outcome as it is ready; with many files, on every
    core (results keep input order, and are consumed as they come rather than held at once)."""
    if workers <= 1 or len(jobs) < _PARALLEL_THRESHOLD:
        yield from map(_process, jobs)
        return
    chunk = max(1, min(32, len(jobs) // (workers * 8)))
    # spawn, not fork: polars' thread pool in the parent would deadlock forked children.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_process, jobs, chunksize=chunk)


def _is_covered(path: str, inputs: list[Path]) -> bool:
    """Whether a previously ingested file lies under this run's inputs (and so is redone)."""
    target = Path(path)
    return any(target == entry or entry in target.parents for entry in inputs)


def ingest(
    inputs: Iterable[Path | str] | None = None,
    out: Path | str | None = None,
    *,
    issue_number: int | None = None,
    date: dt.date | None = None,
    workers: int | None = None,
) -> IngestResult:
    """Ingest files and folders (default `data/raw/`) into `out` (default `data/processed/`).

    Incremental: a file whose size and modification time match the last run's manifest (and
    whose rows were made by the same code) is not read again; its rows are carried over.
    Issues from files outside this run's inputs are kept, so `kaiju ingest one.md` adds or
    updates one issue; files that disappeared from an input folder leave the tables.
    """
    inputs = [Path(p).resolve() for p in inputs] if inputs else [paths.RAW_DIR.resolve()]
    out = Path(out) if out else paths.PROCESSED_DIR
    workers = workers if workers is not None else (os.cpu_count() or 1)
    fingerprint = pipeline_fingerprint() + f":{issue_number}:{date}"
    result = IngestResult()
    previous = load_tables(out)
    manifest = _load_manifest(out)
    known = {
        row["path"]: row
        for row in manifest.filter(pl.col("fingerprint") == fingerprint).iter_rows(named=True)
    }
    previous_ids = set(previous["issues"]["issue_id"].to_list())

    outcomes: list[_Outcome | None] = []  # reused ones now, fresh ones filled in as they come
    jobs = []
    for path, root in discover(inputs):
        row = known.get(str(path))
        try:
            stat = path.stat()
        except OSError:
            stat = None
        if (
            row is not None
            and stat is not None
            and (row["size"], row["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns)
            and row["issue_id"] in previous_ids
        ):
            outcomes.append(
                _Outcome(
                    path,
                    row["source"],
                    (row["size"], row["mtime_ns"]),
                    row["issue_id"],
                    row["sha256"],
                    reused=True,
                )
            )
        else:
            outcomes.append(None)
            jobs.append((path, root, issue_number, date))
    fresh = _process_all(jobs, workers)

    # Issues of files this run does not cover stay as they were.
    covered = [_is_covered(path, inputs) for path in manifest["path"].to_list()]
    untouched = manifest.filter(~pl.Series(covered, dtype=pl.Boolean))
    keep_ids = set(untouched["issue_id"].to_list())
    manifest_rows = untouched.to_dicts()

    claimed: dict[str, tuple[str, str]] = {
        row["issue_id"]: (row["source"], row["sha256"]) for row in manifest_rows
    }
    # Per table: frames of files not yet folded, and the folded chunks (each built once).
    fresh_frames: dict[str, list[pl.DataFrame]] = {name: [] for name in SCHEMAS}
    chunks: dict[str, list[pl.DataFrame]] = {name: [] for name in SCHEMAS}
    error_rows: list[dict[str, str]] = []
    for index, placeholder in enumerate(outcomes):
        outcome = placeholder or next(fresh)
        outcomes[index] = outcome
        result.files += 1
        error = outcome.error
        if error is None and outcome.issue_id in claimed:
            first_source, first_sha = claimed[outcome.issue_id]
            if first_sha == outcome.sha256:
                continue  # the same bulletin twice (a copy): one is enough
            error = InputError(
                outcome.path,
                f"claims issue {outcome.issue_id}, already read from {first_source} with "
                "different content; keep one of the two files",
            )
        if error is not None:
            result.errors.append(error)
            kept = _previous_ids(previous, outcome.source)
            keep_ids |= kept
            note = " (kept the rows of the previous ingest)" if kept else ""
            error_rows.append({"source": outcome.source, "error": error.reason + note})
            continue
        if outcome.issue_id is None:  # pragma: no cover - an outcome has an id or an error
            continue
        claimed[outcome.issue_id] = (outcome.source, outcome.sha256 or "")
        manifest_rows.append(
            {
                "path": str(outcome.path),
                "source": outcome.source,
                "size": outcome.stat[0],
                "mtime_ns": outcome.stat[1],
                "sha256": outcome.sha256,
                "issue_id": outcome.issue_id,
                "fingerprint": fingerprint,
            }
        )
        if outcome.reused:
            keep_ids.add(outcome.issue_id)
            continue
        frames = outcome.frames
        if frames is None:  # pragma: no cover
            continue
        for name in SCHEMAS:
            fresh_frames[name].append(getattr(frames, name))
        # Let go of the per-file frames as they are gathered, and fold them into one chunk
        # every few hundred files: thousands of tiny frames cost far more memory than one. A
        # chunk is never copied again until the final write.
        outcomes[index] = dataclasses.replace(outcome, frames=None)
        if len(fresh_frames["issues"]) >= _COMPACT_EVERY:
            for name, parts in fresh_frames.items():
                chunks[name].append(pl.concat(parts, how="vertical", rechunk=True))
                parts.clear()
        result.unlinked_entities.extend(
            f"{outcome.issue_id} item {row['seq']}: {row['entity_surface'] or row['headline'][:12]}"
            for row in frames.items.filter(pl.col("entity_kind") == "other").iter_rows(named=True)
        )

    keep = pl.Series("issue_id", sorted(keep_ids), dtype=pl.String)
    heights = {}
    # One table at a time, its parts released once it is written: the peak is one table's
    # parts plus its sorted copy, not every table twice.
    for name in SCHEMAS:
        parts = [previous.pop(name).filter(pl.col("issue_id").is_in(keep))]
        parts += chunks.pop(name) + fresh_frames.pop(name)
        table = combine(parts, name)
        del parts
        result.written.update(write_tables({name: table}, out))
        heights[name] = table.height
        del table
    errors = pl.DataFrame(error_rows, schema=ERRORS_SCHEMA).sort("source")
    result.written.update(write_tables({"errors": errors}, out))
    manifest_frame = pl.DataFrame(manifest_rows, schema=MANIFEST_SCHEMA).sort("path")
    write_parquet_atomic(manifest_frame, out / MANIFEST_NAME)
    result.reused = sum(1 for o in outcomes if o is not None and o.reused)
    result.issues = heights["issues"]
    result.items = heights["items"]
    result.indicators = heights["indicators"]
    return result


def _previous_ids(previous: dict[str, pl.DataFrame], source: str) -> set[str]:
    """The issues an earlier ingest made from `source`, kept when the file fails this time."""
    issues = previous["issues"]
    if issues.is_empty():
        return set()
    return set(issues.filter(pl.col("source") == source)["issue_id"].to_list())
