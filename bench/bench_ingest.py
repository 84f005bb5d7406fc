"""Ingest benchmark: eightk ingest with 1 and 2 workers against baselines on the same files.

    .venv/bin/python bench/bench_ingest.py [--corpus ../shared/corpus/filings] [--repeat 20]

In one run, on the same files:

- floor: read the bytes and turn them into text with selectolax (the fastest HTML parser);
- eightk process: :func:`eightk.process` alone, no store;
- edgartools (if installed: ``pip install edgartools``): ``EightK(Filing.from_sgml(path)).items``,
  offline, on the SGML complete submissions; its failures are counted;
- eightk ingest, end to end into a fresh DuckDB file, with 1 worker (plain loop) and 2 workers
  (local Dask cluster), at 1x and ``--repeat``x the corpus (the files repeated under new names
  in a temporary folder). Each ingest runs in a child process whose process tree is sampled
  for peak RSS and CPU seconds per process (driver and each worker). The machine is shared, so the
  ``--repeat``x runs alternate 1 and 2 workers for ``--rounds`` rounds and keep each one's best.

Rates: ``steady`` counts from the first committed batch to the last (cluster start-up excluded),
``wall`` from the call to the end. Prints ratios and writes bench/results/bench_ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
#: How often the child process tree is sampled for RSS (seconds).
RSS_SAMPLE_S = 0.05


def corpus_files(corpus: Path, formats: set[str] | None) -> list[Path]:
    manifest = corpus.parent / "MANIFEST.tsv"
    rows = [line.split("\t") for line in manifest.read_text().splitlines()[1:]]
    files = [corpus / r[0] for r in rows if formats is None or r[4] in formats]
    return [f for f in files if f.is_file()]


def floor(files: list[Path]) -> dict:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    start, nbytes = time.perf_counter(), 0
    for path in files:
        raw = path.read_bytes()
        nbytes += len(raw)
        HTMLParser(raw.decode("utf-8", errors="replace")).text(separator="\n")
    return _rate(len(files), nbytes, time.perf_counter() - start)


def eightk_process(files: list[Path]) -> dict:
    import eightk

    start, nbytes, failures = time.perf_counter(), 0, 0
    for path in files:
        raw = path.read_bytes()
        nbytes += len(raw)
        try:
            eightk.process(raw, name=str(path))
        except eightk.EightKError:
            failures += 1
    return {**_rate(len(files), nbytes, time.perf_counter() - start), "failures": failures}


def edgartools(files: list[Path]) -> dict | None:
    try:
        from edgar import Filing
        from edgar.company_reports import EightK
    except ImportError:
        return None
    start, nbytes, failures, errors = time.perf_counter(), 0, 0, {}
    for path in files:
        nbytes += path.stat().st_size
        try:
            EightK(Filing.from_sgml(str(path))).items
        except Exception as exc:  # noqa: BLE001 -- a peer's failure is what we count
            failures += 1
            errors[path.name] = f"{type(exc).__name__}: {str(exc)[:120]}"
    return {**_rate(len(files), nbytes, time.perf_counter() - start), "failures": failures, "errors": errors}


def _rate(n: int, nbytes: int, secs: float) -> dict:
    return {"files": n, "mb": round(nbytes / 1e6, 2), "seconds": round(secs, 3),
            "files_per_s": round(n / secs, 1), "mb_per_s": round(nbytes / 1e6 / secs, 2)}


def repeated(files: list[Path], times: int, folder: Path) -> Path:
    """``files`` repeated ``times`` under new names (hard links when possible)."""
    for copy in range(times):
        target = folder / f"copy{copy:03}"
        target.mkdir(parents=True)
        for i, path in enumerate(files):
            dest = target / f"{i:05}-{path.name}"
            try:
                os.link(path, dest)
            except OSError:
                dest.write_bytes(path.read_bytes())
    return folder


def ingest_child(list_file: str, db: str, workers: int) -> None:
    """In a child process: ingest the paths listed in ``list_file``; print the rates as JSON."""
    from eightk.store import ingest

    paths = Path(list_file).read_text().splitlines()
    marks: list[float] = []
    start = time.perf_counter()
    progress = ingest(paths, db, workers=workers, on_progress=lambda p: marks.append((time.perf_counter(), p.filings, p.bytes)))
    wall = time.perf_counter() - start
    first = marks[0] if marks else (start, 0, 0)
    steady = max(time.perf_counter() - first[0], 1e-9)
    print(json.dumps({
        "filings": progress.filings, "failures": progress.failures, "wall_s": round(wall, 3),
        "wall_files_per_s": round(progress.filings / wall, 1),
        "steady_files_per_s": round((progress.filings - first[1]) / steady, 1),
        "mb_per_s": round(progress.bytes / 1e6 / wall, 2),
    }))


def run_ingest(paths: list[str], workers: int, work: Path, label: str) -> dict:
    import psutil

    list_file = work / f"{label}.txt"
    list_file.write_text("\n".join(paths))
    db = work / f"{label}.duckdb"
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(list_file), str(db), str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    driver, workers_rss, cpu = _sample_rss(psutil.Process(child.pid), child)
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"ingest {label} failed: {err.strip().splitlines()[-1] if err.strip() else child.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update({
        "workers": workers,
        "peak_rss_driver_mb": round(driver / 2**20, 1),
        "peak_rss_per_worker_mb": [round(v / 2**20, 1) for v in workers_rss] or [round(driver / 2**20, 1)],
        "cpu_s_driver": round(cpu["driver"], 2), "cpu_s_workers": round(cpu["workers"], 2),
    })
    worker_cpu = cpu["workers"] or cpu["driver"]
    result["filings_per_worker_cpu_s"] = round(result["filings"] / max(worker_cpu, 1e-9), 1)
    return result


def _sample_rss(root, child) -> tuple[int, list[int], dict[str, float]]:
    """Peak RSS of the driver and of each Dask worker process (the driver's spawned children;
    the nannies live in the driver process), and the CPU seconds each used (last sample)."""
    import psutil

    driver, workers, cpu = 0, {}, {"driver": 0.0}
    while child.poll() is None:
        try:
            driver = max(driver, root.memory_info().rss)
            cpu["driver"] = sum(root.cpu_times()[:2])
            kids = root.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        for proc in kids:
            try:
                cmd = " ".join(proc.cmdline())
                if "spawn_main" in cmd and "resource_tracker" not in cmd:
                    workers[proc.pid] = max(workers.get(proc.pid, 0), proc.memory_info().rss)
                    cpu[proc.pid] = sum(proc.cpu_times()[:2])
            except psutil.Error:
                continue
        time.sleep(RSS_SAMPLE_S)
    worker_cpu = sum(v for k, v in cpu.items() if k != "driver")
    return driver, sorted(workers.values(), reverse=True), {"driver": cpu["driver"], "workers": worker_cpu}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(CORPUS / "filings"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="runs at --repeat x per worker count; the best is kept")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        ingest_child(args.child[0], args.child[1], int(args.child[2]))
        return
    corpus = Path(args.corpus)
    every = corpus_files(corpus, None)
    sgml = corpus_files(corpus, {"sgml-full"})
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "note": "2 cores shared with other engineers' jobs"}}
    for label, files in (("sgml_full", sgml), ("corpus", every)):
        results[label] = {"floor": floor(files), "eightk_process": eightk_process(files)}
        peer = edgartools(sgml) if label == "sgml_full" else None
        if peer is not None:
            results[label]["edgartools"] = peer
    with tempfile.TemporaryDirectory(prefix="eightk-bench-") as tmp:
        work = Path(tmp)
        big = repeated(every, args.repeat, work / "repeat")
        for workers in (1, 2):
            results[f"ingest_{workers}w_1x"] = run_ingest([str(corpus)], workers, work, f"w{workers}x1")
        rounds: dict[int, list[dict]] = {1: [], 2: []}
        for round_ in range(args.rounds):  # alternate 1 and 2 workers: load from others hits both
            for workers in (1, 2):
                rounds[workers].append(run_ingest([str(big)], workers, work, f"w{workers}x{args.repeat}r{round_}"))
        for workers, runs in rounds.items():
            best = max(runs, key=lambda r: r["steady_files_per_s"])
            results[f"ingest_{workers}w_{args.repeat}x"] = {
                **best, "rounds_steady_files_per_s": [r["steady_files_per_s"] for r in runs]}
    results["ratios"] = ratios(results, args.repeat)
    report(results)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_ingest.json").write_text(json.dumps(results, indent=2))


def ratios(r: dict, repeat: int) -> dict:
    big1, big2 = r[f"ingest_1w_{repeat}x"], r[f"ingest_2w_{repeat}x"]
    out = {
        "ingest_2w_over_1w_steady": round(big2["steady_files_per_s"] / big1["steady_files_per_s"], 2),
        "ingest_2w_over_1w_wall": round(big2["wall_files_per_s"] / big1["wall_files_per_s"], 2),
        "ingest_1w_over_floor": round(big1["steady_files_per_s"] / r["corpus"]["floor"]["files_per_s"], 3),
        "process_over_floor": round(r["corpus"]["eightk_process"]["files_per_s"] / r["corpus"]["floor"]["files_per_s"], 3),
        "ingest_per_worker_files_per_s_2w": round(big2["steady_files_per_s"] / 2, 1),
        "filings_per_worker_cpu_s_1w_2w": [big1["filings_per_worker_cpu_s"], big2["filings_per_worker_cpu_s"]],
        "cpu_s_1w_vs_2w_total": [big1["cpu_s_driver"], round(big2["cpu_s_driver"] + big2["cpu_s_workers"], 2)],
        "peak_rss_worker_mb_1x_vs_repeat": [
            max(r["ingest_2w_1x"]["peak_rss_per_worker_mb"]), max(big2["peak_rss_per_worker_mb"])],
        "peak_rss_single_process_mb_1x_vs_repeat": [
            r["ingest_1w_1x"]["peak_rss_driver_mb"], big1["peak_rss_driver_mb"]],
    }
    peer = r["sgml_full"].get("edgartools")
    if peer:
        out["eightk_process_over_edgartools_sgml"] = round(
            r["sgml_full"]["eightk_process"]["files_per_s"] / peer["files_per_s"], 2)
    return out


def report(r: dict) -> None:
    for label in ("sgml_full", "corpus"):
        for name, v in r[label].items():
            extra = f", {v['failures']} failures" if "failures" in v else ""
            print(f"{label:10} {name:15} {v['files']:6} files {v['files_per_s']:9.1f} files/s {v['mb_per_s']:8.1f} MB/s{extra}")
    for key, v in r.items():
        if key.startswith("ingest_"):
            print(f"{key:18} {v['filings']:6} filings  steady {v['steady_files_per_s']:7.1f}/s  wall {v['wall_files_per_s']:7.1f}/s "
                  f" {v['mb_per_s']:6.1f} MB/s  peak RSS driver {v['peak_rss_driver_mb']} MB, workers {v['peak_rss_per_worker_mb']} MB"
                  f"  CPU s driver {v['cpu_s_driver']} workers {v['cpu_s_workers']}"
                  + (f"  rounds {v['rounds_steady_files_per_s']}" if "rounds_steady_files_per_s" in v else ""))
    for key, v in r["ratios"].items():
        print(f"{key}: {v}")


if __name__ == "__main__":
    main()
