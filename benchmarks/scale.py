"""Scale: ingest a SYNTHETIC corpus of 10,000 bulletins and print time, memory and throughput.

The corpus is clearly synthetic: the items of the real issue 3, reshuffled, under new issue
numbers and dates, written to a temporary folder named `kaiju-SYNTHETIC-corpus-*` with file
names `synthetic-NNNNN.md`. Nothing of it is committed or ingested into data/processed/.

Printed, in one run on this machine:
- a full ingest of N bulletins with every core (the figure the target is about),
- the same code on one core over the first N/10 bulletins (the peer: no parallelism),
- a no-op re-ingest (nothing changed: every file reused from the manifest),
- one changed bulletin re-ingested (the others are not read again),
- peak resident memory of the parent and of the worker processes.

Usage: python benchmarks/scale.py [N]   (default 10000)
"""

from __future__ import annotations

import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from kaiju_research import paths
from kaiju_research.ingest import ingest

SOURCE = paths.RAW_DIR / "hunan-kaiju-bahao-003.md"


def synthetic_corpus(folder: Path, count: int, seed: int = 20260401) -> None:
    """Write `count` bulletins made of the real issue's items, shuffled, numbered 1..count."""
    text = SOURCE.read_text(encoding="utf-8")
    head, rest = text.split("## 【市州动态】", 1)
    cities, rest = rest.split("## 【厅局动态】", 1)
    departments, footer = rest.split("\n---\n", 1)
    city_items = [p for p in re.split(r"\n\n(?=\*\*▲|▲)", cities.strip()) if "▲" in p]
    dept_items = [p for p in re.split(r"\n\n(?=\*\*▲|▲)", departments.strip()) if "▲" in p]
    rng = random.Random(seed)
    for number in range(1, count + 1):
        day = 1 + number % 28
        month = 1 + (number // 28) % 12
        header = head.replace("第 3 期", f"第 {number} 期").replace(
            "2026 年 4 月 1 日", f"2026 年 {month} 月 {day} 日"
        )
        chosen_cities = rng.sample(city_items, k=rng.randint(8, len(city_items)))
        chosen_depts = rng.sample(dept_items, k=rng.randint(4, len(dept_items)))
        body = (
            header
            + "## 【市州动态】\n\n"
            + "\n\n".join(chosen_cities)
            + "\n\n## 【厅局动态】\n\n"
            + "\n\n".join(chosen_depts)
            + "\n\n---\n"
            + footer
        )
        (folder / f"synthetic-{number:05d}.md").write_text(body, encoding="utf-8")


def peak_mib() -> tuple[float, float]:
    """Peak resident memory (MiB) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def timed(label: str, count: int, **kwargs: object) -> float:
    start = time.perf_counter()
    result = ingest(**kwargs)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert result.ok, result.errors[:3]
    rate = count / elapsed if elapsed else float("inf")
    print(
        f"{label:<44} {elapsed:8.2f} s  {rate:9.0f} bulletins/s  "
        f"issues={result.issues} items={result.items} indicators={result.indicators} "
        f"reused={result.reused}"
    )
    return elapsed


def main(count: int) -> None:
    cores = os.cpu_count() or 1
    print(f"kaiju_research scale benchmark: {count} SYNTHETIC bulletins, {cores} cores")
    with tempfile.TemporaryDirectory(prefix="kaiju-SYNTHETIC-corpus-") as tmp:
        root = Path(tmp)
        corpus, out, peer_corpus, peer_out = (
            root / "raw",
            root / "processed",
            root / "raw-peer",
            root / "processed-peer",
        )
        corpus.mkdir()
        peer_corpus.mkdir()
        start = time.perf_counter()
        synthetic_corpus(corpus, count)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(f"corpus written in {time.perf_counter() - start:.1f} s: {size / 2**20:.0f} MiB")
        peer_count = max(1, count // 10)
        for path in sorted(corpus.iterdir())[:peer_count]:
            (peer_corpus / path.name).write_bytes(path.read_bytes())

        peer = timed(f"peer: 1 core, {peer_count} bulletins", peer_count,
                     inputs=[peer_corpus], out=peer_out, workers=1)  # fmt: skip
        full = timed(f"full ingest, {cores} cores, {count} bulletins", count,
                     inputs=[corpus], out=out, workers=cores)  # fmt: skip
        timed("no-op re-ingest (nothing changed)", count, inputs=[corpus], out=out)
        changed = corpus / f"synthetic-{count // 2:05d}.md"
        changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        timed("one bulletin changed, re-ingest", count, inputs=[corpus], out=out)
        timed("one bulletin upserted by path", 1, inputs=[changed], out=out)
        own, children = peak_mib()
        table_mib = sum(p.stat().st_size for p in out.glob("*.parquet")) / 2**20
        print(f"peak RSS: parent {own:.0f} MiB, largest worker {children:.0f} MiB")
        print(f"tables on disk: {table_mib:.1f} MiB")
        per_core_peer = peer_count / peer
        print(
            f"throughput: {count / full:.0f} bulletins/s with {cores} cores vs "
            f"{per_core_peer:.0f} bulletins/s on 1 core (x{count / full / per_core_peer:.2f})"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
