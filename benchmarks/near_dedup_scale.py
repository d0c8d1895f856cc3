"""near_dedup's reduce steps at corpus scale: peak memory and time per task at 1M, 5M and 20M records
under a fixed ``max_memory_mb``.

No text is hashed: each size gets a work folder laid out as the signature step writes it (one
rank per million records, as a run's task count grows with its corpus), with random MinHash
signatures (random 64-bit band hashes never collide by chance, as real distinct texts rarely do)
and planted clusters: ``--copies`` of the records are copies of an earlier record of their rank or
of the rank before, with 10% of their signature slots changed (estimated Jaccard ~0.9, found in
most bands and verified). Then every task of the edges run and the clustering task runs in its own
process, one after the other; each reports its wall time and its peak resident memory
(``VmHWM``, the kernel's high-water mark of the process; ``ru_maxrss`` would include the
parent's memory at fork). The result is checked: the clustering
must remove exactly the planted copies.

    .venv/bin/python benchmarks/near_dedup_scale.py                          # 1M, 5M, 20M at 512 MB
    .venv/bin/python benchmarks/near_dedup_scale.py --sizes 1,5 --cap 1024   # millions of records
    .venv/bin/python benchmarks/near_dedup_scale.py --sizes 5,20 --rounds 3  # sizes in turn, medians
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import xxhash

from corpusmill.filters.base import ORDER
from corpusmill.filters.dedup.minhash import band_hashes
from corpusmill.filters.dedup.near import NearDedupClusters, NearDedupEdges, NearDedupParams, NearDedupSignatures
from corpusmill.filters.dedup.near.layout import (
    QUALITY,
    RECORD,
    band_path,
    counts_path,
    id_ends_path,
    ids_path,
    manifest_path,
    minhash_path,
    records_path,
    sorted_path,
)

RANK_RECORDS = 1_000_000
CHANGED_SLOTS = 0.1


def write_run(workdir: Path, records: int, params: NearDedupParams, copies: float, seed: int) -> int:
    """A signature step's output for ``records`` records; returns the number of planted copies."""
    from datatrove.io import get_datafolder

    folder = get_datafolder(str(workdir))
    rng = np.random.default_rng(seed)
    bands, rows = params.lsh_shape()
    ranks = max(1, records // RANK_RECORDS)
    previous = None
    planted = 0
    first = 0
    for rank in range(ranks):
        n = records // ranks + (rank < records % ranks)
        signatures = rng.integers(0, 2**32 - 1, (n, params.num_perm), dtype=np.uint32)
        copy_rows = np.sort(rng.choice(np.arange(n // 10, n), int(n * copies), replace=False))
        from_previous = rng.random(copy_rows.size) < 0.5 if previous is not None else np.zeros(copy_rows.size, bool)
        for is_prev, row in ((True, copy_rows[from_previous]), (False, copy_rows[~from_previous])):
            if not row.size:
                continue
            source = previous if is_prev else signatures
            base = rng.integers(0, (source.shape[0] if is_prev else n // 10), row.size)
            signatures[row] = source[base]
            changed = rng.random((row.size, params.num_perm)) < CHANGED_SLOTS
            signatures[row] = np.where(
                changed, rng.integers(0, 2**32 - 1, changed.shape, dtype=np.uint32), signatures[row]
            )
        planted += copy_rows.size
        table = np.zeros(n, RECORD)
        table[ORDER] = first + np.arange(n)
        table["length"] = rng.integers(200, 20_000, n)
        table[QUALITY] = np.nan
        table["shingles"] = 100
        with folder.open(records_path(rank), "wb") as handle:
            handle.write(table.tobytes())
        with folder.open(minhash_path(rank), "wb") as handle:
            handle.write(signatures.astype("<u4").tobytes())
        ids = [f"d{first + i}".encode() for i in range(n)]
        with folder.open(ids_path(rank), "wb") as handle:
            handle.write(b"".join(ids))
        with folder.open(id_ends_path(rank), "wb") as handle:
            handle.write(np.cumsum([len(i) for i in ids], dtype=np.int64).astype("<i8").tobytes())
        del ids
        hashes = band_hashes(signatures, bands, rows)
        counts = np.zeros((bands, 4096), np.int64)
        for band in range(bands):
            with folder.open(f"{band_path(band, rank)}.tmp", "wb") as handle:
                handle.write(np.ascontiguousarray(hashes[:, band]).astype("<u8").tobytes())
            counts[band] = NearDedupSignatures._sort_band(folder, band_path(band, rank), sorted_path(band, rank), n)
        del hashes
        with folder.open(counts_path(rank), "wb") as handle:
            handle.write(counts.astype("<i8").tobytes())
        manifest = {
            "rank": rank,
            "world_size": ranks,
            "records": n,
            "settings": params.settings(),
            "orders_xxh64": xxhash.xxh64_hexdigest(table[ORDER].tobytes()),
        }
        with folder.open(manifest_path(rank), "wt") as handle:
            json.dump(manifest, handle)
        previous, first = signatures, first + n
    return planted


def child(step: str, workdir: str, cap: int, rank: int, tasks: int) -> None:
    """One task in this process: prints its wall time and peak RSS as JSON."""
    params = NearDedupParams(max_memory_mb=cap)
    start = time.perf_counter()
    if step == "edges":
        NearDedupEdges(workdir, params).run(None, rank, tasks)
    else:
        NearDedupClusters(workdir, params).run(None, 0, 1)
    status = Path("/proc/self/status").read_text().splitlines()
    peak_mb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"seconds": time.perf_counter() - start, "cpu": cpu, "peak_mb": peak_mb}))


def run_task(step: str, workdir: Path, cap: int, rank: int = 0, tasks: int = 1) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", step, str(workdir), str(cap), str(rank), str(tasks)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(workdir: Path, cap: int, tasks: int) -> dict[str, float]:
    """Every edges task, then the clustering task, each in its own process: the step totals. What an
    earlier round wrote is removed first (the steps resume from it), so every round does all the work."""
    for entry in workdir.iterdir():
        if entry.name != "signatures":  # the signature step's output, written by write_run
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    edges = [run_task("edges", workdir, cap, r, tasks) for r in range(tasks)]
    clusters = run_task("clusters", workdir, cap)
    return {
        "edges_s": sum(e["seconds"] for e in edges),
        "edges_peak_mb": max(e["peak_mb"] for e in edges),
        "clusters_s": clusters["seconds"],
        "clusters_peak_mb": clusters["peak_mb"],
        "cpu": sum(e["cpu"] for e in edges) + clusters["cpu"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,5,20", help="millions of records")
    parser.add_argument("--cap", type=int, default=512, help="near_dedup.max_memory_mb")
    parser.add_argument("--tasks", type=int, default=2, help="tasks of the edges run (run one after the other)")
    parser.add_argument("--copies", type=float, default=0.02, help="share of records planted as near copies")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure every size this many times, sizes taken in turn (a shared machine's load then falls on "
        "every size alike); the table gives each size's median round",
    )
    parser.add_argument("--work", type=Path, default=None, help="folder for the work files (default: a temp dir)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, workdir, cap, rank, tasks = args.child
        child(step, workdir, int(cap), int(rank), int(tasks))
        return
    params = NearDedupParams(max_memory_mb=args.cap)
    sizes = [float(s) for s in args.sizes.split(",")]
    base = args.work or Path(tempfile.mkdtemp(prefix="near-dedup-scale-"))
    workdirs: dict[float, Path] = {}
    planted: dict[float, int] = {}
    rounds: dict[float, list[dict[str, float]]] = {millions: [] for millions in sizes}
    for millions in sizes:
        records = int(millions * 1_000_000)
        workdirs[millions] = base / f"{records}"
        shutil.rmtree(workdirs[millions], ignore_errors=True)
        start = time.perf_counter()
        planted[millions] = write_run(workdirs[millions], records, params, args.copies, seed=records)
        print(f"  ({records:,} records written in {time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
        if args.rounds == 1:  # one round: measure now and free the disk before the next size is written
            rounds[millions].append(measure(workdirs[millions], args.cap, args.tasks))
    for turn in range(args.rounds if args.rounds > 1 else 0):
        for millions in sizes[turn % len(sizes) :] + sizes[: turn % len(sizes)]:
            rounds[millions].append(measure(workdirs[millions], args.cap, args.tasks))
            print(f"  (round {turn + 1}, {millions:g}M: {rounds[millions][-1]['cpu']:.1f} CPU s)", file=sys.stderr)
    print(f"near_dedup reduce steps, max_memory_mb {args.cap}, settings {params.settings()}, rounds {args.rounds}")
    print(
        "| records | planted copies | removed | units | partitions | rounds | keep ranges | edges s "
        "| edges peak MB (max task) "
        "| clusters s | clusters peak MB | total s | CPU s | CPU s per M records |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    per_million: dict[float, float] = {}
    removed: dict[float, int] = {}
    for millions in sizes:
        median = sorted(rounds[millions], key=lambda r: r["cpu"])[len(rounds[millions]) // 2]
        summary = json.loads((workdirs[millions] / "clusters.json").read_text())
        removed[millions] = summary["duplicates_removed"]
        per_million[millions] = median["cpu"] / millions
        print(
            f"| {int(millions * 1_000_000):,} | {planted[millions]:,} | {summary['duplicates_removed']:,} "
            f"| {summary['units']} | {summary['partitions']} | {summary['propagation_rounds']} "
            f"| {summary['keep_ranges']} | {median['edges_s']:.1f} | {median['edges_peak_mb']:.0f} "
            f"| {median['clusters_s']:.1f} | {median['clusters_peak_mb']:.0f} "
            f"| {median['edges_s'] + median['clusters_s']:.1f} | {median['cpu']:.1f} | {per_million[millions]:.1f} |",
            flush=True,
        )
        shutil.rmtree(workdirs[millions], ignore_errors=True)
    wrong = [m for m in sizes if removed[m] != planted[m]]
    if wrong:
        sys.exit(f"the clustering did not remove exactly the planted copies at {', '.join(f'{m:g}M' for m in wrong)}")
    if len(sizes) > 1:
        small, large = sizes[-2], sizes[-1]
        print(f"CPU growth {small:g}M -> {large:g}M against linear: {per_million[large] / per_million[small]:.2f}x")


if __name__ == "__main__":
    main()
