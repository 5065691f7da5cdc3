"""``make bench``: the scale benchmark at the given corpus sizes, then its figure.

    .venv/bin/python benchmarks/run.py                 # 1,000 plans (a few minutes on 2 cores)
    .venv/bin/python benchmarks/run.py 1000 3000 10000 # the README's curves (10k: ~15 min)

Other benchmarks in this folder (``bench_build.py``) run on their own.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    sizes = [int(a) for a in (argv if argv is not None else sys.argv[1:])] or [1000]
    for n in sizes:
        extra = ["--jieba-fraction", "0.25"] if n >= 5000 else []  # plain jieba alone would take minutes
        subprocess.run([sys.executable, str(HERE / "bench_scale.py"), "--plans", str(n), *extra], check=True)
    subprocess.run([sys.executable, str(HERE / "plot_scale.py")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
