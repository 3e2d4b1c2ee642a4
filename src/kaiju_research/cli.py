"""The `kaiju` command: thin wrappers over `ingest` and `render`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from kaiju_research import __version__, paths


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _cmd_ingest(args: argparse.Namespace) -> int:
    from kaiju_research.ingest import ingest

    result = ingest(args.paths, args.out, issue_number=args.issue_number, date=args.date)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    for entity in result.unlinked_entities:
        print(f"note: lead entity not in the reference tables: {entity}", file=sys.stderr)
    out = Path(args.out) if args.out else paths.PROCESSED_DIR
    print(
        f"ingested {result.files - len(result.errors)} of {result.files} files: "
        f"{result.issues} issues, {result.items} items, {result.indicators} indicators → {out}"
    )
    return 0 if result.ok else 1


def _cmd_report(args: argparse.Namespace) -> int:
    from kaiju_research.render import render_reports

    summary = render_reports(
        args.issue or None,
        processed_dir=Path(args.processed) if args.processed else paths.PROCESSED_DIR,
        reports_dir=Path(args.reports) if args.reports else paths.REPORTS_DIR,
        jobs=args.jobs,
    )
    print(summary)
    return 0 if summary.ok else 1


def _cmd_export(args: argparse.Namespace) -> int:
    from kaiju_research.export import export_tables
    from kaiju_research.tables import load_tables

    processed = Path(args.processed) if args.processed else paths.PROCESSED_DIR
    tables = load_tables(processed)
    if tables["issues"].is_empty():
        print(f"error: no tables in {processed}: run `kaiju ingest` first", file=sys.stderr)
        return 1
    out = Path(args.out) if args.out else processed / "export"
    for path in export_tables(tables, out, fmt=args.format):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kaiju", description="Tables and reports from Chinese government work bulletins."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser(
        "ingest", help="parse bulletins into Parquet tables (issues, items, indicators, errors)"
    )
    ingest.add_argument(
        "paths", nargs="*", type=Path, help=f"files or folders (default: {paths.RAW_DIR})"
    )
    ingest.add_argument("--out", type=Path, help=f"output folder (default: {paths.PROCESSED_DIR})")
    ingest.add_argument(
        "--issue-number", type=int, help="issue number for files whose header lacks one"
    )
    ingest.add_argument(
        "--date", type=_date, help="issue date (YYYY-MM-DD) when the header lacks one"
    )
    ingest.set_defaults(func=_cmd_ingest)

    report = commands.add_parser("report", help="render HTML reports (only what changed)")
    report.add_argument("--issue", action="append", help="issue id to render (repeatable)")
    report.add_argument("--processed", help=f"tables folder (default: {paths.PROCESSED_DIR})")
    report.add_argument("--reports", help=f"reports folder (default: {paths.REPORTS_DIR})")
    report.add_argument("--jobs", type=int, default=2, help="parallel renders (default: 2)")
    report.set_defaults(func=_cmd_report)

    export = commands.add_parser(
        "export", help="write every table as CSV (UTF-8 with BOM) or one .xlsx workbook"
    )
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    export.add_argument("--processed", help=f"tables folder (default: {paths.PROCESSED_DIR})")
    export.add_argument("--out", help="output folder (default: <processed>/export)")
    export.set_defaults(func=_cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
