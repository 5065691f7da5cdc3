"""Benchmark: the report build's wall time beside the floor of its notebook runner, in one run.

    .venv/bin/python benchmarks/bench_build.py [--corpus corpus] [--rounds 1]

The floor is the time the build's runner (:class:`analysis.build.NotebookRunner`, same settings)
takes to execute as many EMPTY notebooks as the build runs: kernel start-up and papermill's own
work, which no notebook can avoid. A second floor, a runner that preloads nothing, is printed too:
the build's runner preloads pandas/matplotlib in the waiting kernel, which an empty notebook does
not need, so that floor is the stricter one. Floors and builds alternate (floor, build, floor …)
so a busy machine weighs on both alike. Target: build <= 2.5 x floor.

The rounds build into one output folder, so the first round starts from an empty cache (tables and
figures made from scratch: a fresh clone's first build) and the later rounds find the per-document
tables and the figures of the round before (a scheduled rebuild after which nothing changed; the
figures are redrawn only when the tables, the code or the libraries changed, see
:mod:`analysis.figure_cache`). The first build and the median of the later ones are printed apart.

The build runs a notebook beside the others when its ``after:`` tags allow (two at a time); the
floor above still runs its empty notebooks one after another, as it always has. For comparison a
third floor runs them on the build's own schedule (same ``after:`` tags, same scheduler), which is
the lower bound for that schedule; the ratio against it is printed too.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis import build  # noqa: E402

TARGET_RATIO = 2.5


def empty_notebook():
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def time_floor(n: int, work: Path, **runner_options) -> float:
    """Seconds to execute ``n`` empty notebooks with a NotebookRunner (papermill imported beforehand)."""
    import papermill  # noqa: F401  (the build's process has it imported too by the time it runs notebooks)

    t0 = time.perf_counter()
    with build.NotebookRunner(cwd=work, **runner_options) as runner:
        for i in range(n):
            runner.execute(empty_notebook(), work / f"empty_{i}.ipynb", {}, more=i + 1 < n)
    return time.perf_counter() - t0


def time_floor_scheduled(work: Path, round_: int) -> float:
    """Seconds to execute the build's notebooks, emptied but keeping their ``after:`` tags, with the
    build's scheduler and runner (kernels for the notebooks that need only the tables started first)."""
    import papermill  # noqa: F401

    real = {p.stem: build.read_notebook(p) for p in build.list_notebooks(REPO / "notebooks")}
    needs = build.notebook_needs(real)
    nbs = {name: empty_notebook() for name in real}
    out = work / f"scheduled_{round_}"
    out.mkdir()
    t0 = time.perf_counter()
    with build.NotebookRunner(cwd=work) as runner:
        runner.start(min(build.PARALLEL_NOTEBOOKS, sum(not after for after in needs.values())))
        build._run_notebooks(nbs, needs, {name: {} for name in nbs}, {}, {}, out, out, runner, False,
                             build._Clock())
    return time.perf_counter() - t0


def time_build(corpus: Path, work: Path) -> tuple[float, dict]:
    t0 = time.perf_counter()
    res = build.build(corpus, work / "out", work / "figures", notebooks_dir=REPO / "notebooks", progress=False)
    return time.perf_counter() - t0, res.seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO / "corpus"), help="corpus folder (default: the bundled one)")
    ap.add_argument("--rounds", type=int, default=1, help="builds to time (each between two floors)")
    args = ap.parse_args(argv)
    n = len(build.list_notebooks(REPO / "notebooks"))
    floors, bare, sched, builds, steps = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        work = Path(tmp)
        floors.append(time_floor(n, work))
        bare.append(time_floor(n, work, preload=()))
        sched.append(time_floor_scheduled(work, 0))
        for i in range(args.rounds):
            seconds, laps = time_build(Path(args.corpus), work)
            builds.append(seconds)
            steps.append(laps)
            floors.append(time_floor(n, work))
            bare.append(time_floor(n, work, preload=()))
            sched.append(time_floor_scheduled(work, i + 1))
    floor, floor_bare, wall = statistics.median(floors), statistics.median(bare), statistics.median(builds)
    floor_sched = statistics.median(sched)
    print(f"notebooks: {n}")
    print(f"first build (empty cache):  {builds[0]:7.2f} s   ratio to floor {builds[0] / floor:.2f}")
    if len(builds) > 1:
        rebuild = statistics.median(builds[1:])
        print(f"rebuild (nothing changed):  {rebuild:7.2f} s   ratio to floor {rebuild / floor:.2f}   (median of "
              f"{len(builds) - 1})")
    print(f"build wall time:            {wall:7.2f} s   (median of all {len(builds)})")
    print(f"floor, build's runner:      {floor:7.2f} s   ({n} empty notebooks; median of {len(floors)})")
    print(f"floor, no preload:          {floor_bare:7.2f} s")
    print(f"floor, build's schedule:    {floor_sched:7.2f} s   (empty notebooks, {build.PARALLEL_NOTEBOOKS} at a time "
          "as their after: tags allow)")
    print(f"ratio build / floor:        {wall / floor:7.2f}   (target <= {TARGET_RATIO})")
    print(f"ratio build / bare floor:   {wall / floor_bare:7.2f}")
    print(f"ratio build / sched. floor: {wall / floor_sched:7.2f}")
    for i, laps in enumerate(steps):
        print(f"build {i + 1} steps (s; notebooks may overlap): " + ", ".join(f"{k} {v:.2f}" for k, v in laps.items()))
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs; "
          "the machine may be shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
