"""Scale benchmark of the tables stage on a synthetic corpus of N plans, in one run on the same corpus:

1. the time merely to read and decode every file;
2. the time plain ``jieba.lcut`` needs to segment the same text on one core (and the chosen segmenter's);
3. the full tables stage as a fresh process (imports included, empty cache): wall time, peak memory;
4. the incremental rebuild after adding one plan, as a fresh process (the cache of step 3 kept).

Results are printed and written to ``benchmarks/results/scale-<N>.json``; ``plot_scale.py`` draws the
curves. Example (the numbers in the README)::

    .venv/bin/python benchmarks/bench_scale.py --plans 1000 --workers 2 --segmenter rjieba
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

TARGETS = {"stage_vs_jieba": 0.6, "peak_gb": 6.0, "segmenter_speedup": 20.0, "incremental_share": 0.05}


def corpus_for(n: int, seed: int, out_root: Path) -> Path:
    """``out_root/corpus-<n>``, generated unless its manifest already lists exactly ``n`` plans."""
    c = out_root / f"corpus-{n}"
    m = c / "manifest.csv"
    if m.is_file() and sum(1 for _ in open(m, encoding="utf-8")) == n + 1:
        return c
    if c.exists():
        shutil.rmtree(c)
    synth.write_corpus(c, n, seed)
    return c


def read_texts(corpus: Path) -> tuple[list[str], float]:
    """Every file of the manifest read and decoded; (texts, seconds)."""
    import csv

    t0 = time.perf_counter()
    with open(corpus / "manifest.csv", encoding="utf-8") as fh:
        files = [r["file"] for r in csv.DictReader(fh)]
    texts = [(corpus / f).read_bytes().decode("utf-8") for f in files]
    return texts, time.perf_counter() - t0


WARM_UP_TEXT = "严格控制会议规模，2013-02-21 起执行 GDP 考核。"  # Han, digits, Latin: every code path


def time_segmenter(cut, texts: list[str], fraction: float) -> tuple[float, int, bool]:
    """Seconds ``cut`` needs for all ``texts`` (measured on the first ``fraction`` of the characters and
    scaled linearly when ``fraction`` < 1); (seconds, characters measured, extrapolated?).

    ``cut`` is called once on a short text first, untimed: rjieba builds its HMM tables on its first
    cut (~0.16 s), a one-off set-up like ``jieba.initialize()``, which is not timed either."""
    cut(WARM_UP_TEXT)
    total = sum(map(len, texts))
    budget, n, i = total * fraction, 0, 0
    t0 = time.perf_counter()
    while i < len(texts) and n < budget:
        cut(texts[i])
        n += len(texts[i])
        i += 1
    sec = time.perf_counter() - t0
    return (sec * total / n if n else 0.0), n, n < total


class PeakMemory:
    """Polls the RSS of a process and its children (summed) every ``interval`` s; ``peak`` in bytes.

    The sum counts pages shared by forked workers once per process: an upper bound."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.proc, self.interval, self.peak = psutil.Process(pid), interval, 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                rss = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, rss)
            except psutil.Error:
                return
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def snapshot_package(work: Path, patch: Path | None = None) -> Path:
    """A copy of the ``analysis`` package to run the builds from, so edits to the working tree during a
    long benchmark cannot change the code (and so the cache keys) between its steps. ``patch``: a
    unified diff applied to the copy (``patch -p1`` inside ``analysis/``), to measure a proposed change."""
    snap = work / "snapshot"
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(ROOT / "analysis", snap / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    if patch:
        subprocess.run(["patch", "-p1", "-s", "-i", str(Path(patch).resolve())], cwd=snap / "analysis", check=True)
    return snap


def run_tables(corpus: Path, out: Path, cache: Path, workers: int, segmenter: str, cwd: Path = ROOT) -> dict:
    """``python -m analysis tables …`` as a fresh process (package imported from ``cwd``): wall seconds
    and peak memory."""
    cmd = [sys.executable, "-m", "analysis", "tables", "--corpus", str(corpus), "--out", str(out),
           "--cache", str(cache), "--workers", str(workers), "--segmenter", segmenter, "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = PeakMemory(proc.pid)
    stdout, stderr = proc.communicate()
    sec = time.perf_counter() - t0
    peak = mem.stop()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return {"seconds": sec, "peak_bytes": peak, "command": " ".join(cmd), "stdout": stdout.strip()}


def stage_names(snap: Path) -> list[str]:
    """The per-document and corpus-wide stages the benchmarked copy of the pipeline runs."""
    code = ("from analysis import pipeline as p; print('\\n'.join(f'{f.__module__}.{f.__name__}' "
            "for f in [*p.PER_DOCUMENT_STAGES, *p.CORPUS_STAGES]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=snap, capture_output=True, text=True)
    return out.stdout.split()


def add_plan(corpus: Path, n: int, seed: int) -> None:
    """Append plan ``n`` (the next one) to a corpus of ``n`` plans."""
    rows = [synth.make_plan(i, seed)[0] | {"file": synth.plan_file(i)} for i in range(n)]
    rows.append(synth.write_plan(corpus, n, seed))
    synth.write_manifest(corpus, rows)


def remove_plan(corpus: Path, n: int, seed: int) -> None:
    """Undo :func:`add_plan` (so the corpus folder can be reused)."""
    (corpus / synth.plan_file(n)).unlink(missing_ok=True)
    synth.write_manifest(corpus, [synth.make_plan(i, seed)[0] | {"file": synth.plan_file(i)} for i in range(n)])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--segmenter", choices=["jieba", "rjieba"], default="rjieba")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jieba-fraction", type=float, default=1.0,
                    help="segment only this share of the characters with plain jieba and scale linearly")
    ap.add_argument("--patch", default=None, help="unified diff applied to the benchmarked copy of the package")
    ap.add_argument("--tag", default="", help="suffix of the results file (scale-<N><tag>.json)")
    ap.add_argument("--work", default=str(HERE / "out"), help="folder for corpora, tables and caches")
    ap.add_argument("--results", default=str(HERE / "results"))
    args = ap.parse_args(argv)

    load0 = os.getloadavg()[0]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_for(args.plans, args.seed, work)
    out, cache = work / f"tables-{args.plans}", work / f"cache-{args.plans}"
    for p in (out, cache):
        shutil.rmtree(p, ignore_errors=True)

    texts, read_sec = read_texts(corpus)
    n_chars = sum(map(len, texts))
    print(f"corpus: {args.plans} plans, {n_chars:,} characters, {corpus}")
    print(f"read + decode: {read_sec:.2f} s")

    import jieba

    from analysis import fastseg

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba_sec, jieba_chars, extrapolated = time_segmenter(jieba.lcut, texts, args.jieba_fraction)
    print(f"plain jieba.lcut, one core: {jieba_sec:.1f} s"
          + (f" (measured on {jieba_chars:,} characters, scaled)" if extrapolated else ""))
    fastseg.get_engine()
    cut = fastseg.cut if args.segmenter == "rjieba" else jieba.lcut
    seg_sec, _, _ = time_segmenter(cut, texts, 1.0)
    print(f"{args.segmenter} (project dictionary), one core: {seg_sec:.2f} s = {jieba_sec / seg_sec:.1f}x jieba.lcut")
    del texts

    snap = snapshot_package(work, args.patch)
    full = run_tables(corpus, out, cache, args.workers, args.segmenter, snap)
    print(f"full tables stage ({args.workers} workers, fresh process, empty cache): {full['seconds']:.1f} s, "
          f"peak {full['peak_bytes'] / 2**30:.2f} GB  [{full['stdout']}]")
    same = run_tables(corpus, out, cache, args.workers, args.segmenter, snap)
    print(f"rebuild, nothing changed: {same['seconds']:.1f} s")
    add_plan(corpus, args.plans, args.seed)
    try:
        inc = run_tables(corpus, out, cache, args.workers, args.segmenter, snap)
    finally:
        remove_plan(corpus, args.plans, args.seed)
    print(f"incremental rebuild after adding one plan (fresh process): {inc['seconds']:.1f} s "
          f"= {inc['seconds'] / full['seconds']:.1%} of the full stage")

    res = {
        "plans": args.plans, "characters": n_chars, "workers": args.workers, "segmenter": args.segmenter,
        "cpus": psutil.cpu_count(), "python": platform.python_version(), "machine": platform.machine(),
        "read_decode_seconds": read_sec, "jieba_lcut_seconds": jieba_sec, "jieba_extrapolated": extrapolated,
        "jieba_measured_chars": jieba_chars, "segmenter_seconds": seg_sec,
        "full_seconds": full["seconds"], "full_peak_bytes": full["peak_bytes"],
        "unchanged_seconds": same["seconds"], "incremental_seconds": inc["seconds"],
        "incremental_peak_bytes": inc["peak_bytes"], "command": full["command"],
        "load_average_at_start": load0, "stages": stage_names(snap), "patch": args.patch, "tag": args.tag,
    }
    checks = {
        "stage_vs_jieba": res["full_seconds"] / jieba_sec,
        "peak_gb": res["full_peak_bytes"] / 2**30,
        "segmenter_speedup": jieba_sec / seg_sec,
        "incremental_share": res["incremental_seconds"] / res["full_seconds"],
    }
    res["checks"] = checks
    print("\ntarget                                  measured   target   met")
    labels = {"stage_vs_jieba": "tables stage / jieba.lcut time", "peak_gb": "peak memory (GB)",
              "segmenter_speedup": "segmenter speed-up over jieba.lcut",
              "incremental_share": "incremental / full stage"}
    for k, v in checks.items():
        ok = v >= TARGETS[k] if k == "segmenter_speedup" else v <= TARGETS[k]
        print(f"{labels[k]:<38} {v:>9.3f} {TARGETS[k]:>8} {'yes' if ok else 'NO'}")
    rdir = Path(args.results)
    rdir.mkdir(parents=True, exist_ok=True)
    (rdir / f"scale-{args.plans}{args.tag}.json").write_text(json.dumps(res, indent=2, sort_keys=True) + "\n",
                                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
