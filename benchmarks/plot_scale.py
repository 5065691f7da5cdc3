"""Curves of the scale benchmark: time and peak memory of the tables stage against corpus size.

Reads ``benchmarks/results/scale-*.json`` (written by ``bench_scale.py``) and writes
``benchmarks/scale.png`` plus ``benchmarks/scale.csv`` (the numbers plotted).

    .venv/bin/python benchmarks/plot_scale.py
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

HERE = Path(__file__).resolve().parent

CONFIGS = {  # results tag (``bench_scale.py --tag``) -> how the figure names that configuration
    "": "tables stage, every stage (per-document and corpus-wide)",
}
STYLES = ["-", "--", ":", "-."]


def load_results(results_dir: Path) -> pd.DataFrame:
    """One row per benchmark result file (``tag`` = configuration), sorted by tag and plans."""
    rows = []
    for p in sorted(Path(results_dir).glob("scale-*.json")):
        r = json.loads(p.read_text(encoding="utf-8"))
        r.setdefault("tag", p.stem.split("-", 2)[2] if p.stem.count("-") >= 2 else "")
        r["tag"] = r["tag"] if r["tag"].startswith("-") or not r["tag"] else f"-{r['tag']}"
        rows.append(r)
    if not rows:
        raise SystemExit(f"no results in {results_dir}: run benchmarks/bench_scale.py first")
    df = pd.DataFrame(rows).sort_values(["tag", "plans"], kind="mergesort").reset_index(drop=True)
    df["full_peak_gb"] = df["full_peak_bytes"].astype(float) / 2**30
    return df


def scale_figure(df: pd.DataFrame):
    """Three panels against plans (log-log): full stage and incremental rebuild per configuration, with
    plain jieba.lcut and the chosen segmenter for reference; peak memory. Returns the figure."""
    fig, (ax_t, ax_i, ax_m) = plt.subplots(1, 3, figsize=(14, 4.4), constrained_layout=True)
    ref = df.groupby("plans", as_index=False)[["jieba_lcut_seconds", "segmenter_seconds"]].min()
    ax_t.plot(ref["plans"], ref["jieba_lcut_seconds"], color="0.55", lw=1, marker="s", ms=3,
              label="plain jieba.lcut, one core")
    ax_t.plot(ref["plans"], 0.6 * ref["jieba_lcut_seconds"], color="0.55", lw=0.8, ls=(0, (1, 2)),
              label="target: 0.6 × jieba.lcut")
    ax_t.plot(ref["plans"], ref["segmenter_seconds"], color="0.55", lw=1, ls="--", marker="^", ms=3,
              label="rjieba, one core")
    for i, (tag, g) in enumerate(df.groupby("tag", sort=False)):
        name = CONFIGS.get(tag, tag or "current pipeline")
        ls = STYLES[i % len(STYLES)]
        ax_t.plot(g["plans"], g["full_seconds"], ls=ls, marker="o", ms=4, color="0.1", label=name)
        inc = g.dropna(subset=["incremental_seconds"])
        ax_i.plot(inc["plans"], inc["incremental_seconds"], ls=ls, marker="o", ms=4, color="0.1", label=name)
        ax_i.plot(inc["plans"], 0.05 * inc["full_seconds"], ls=ls, lw=0.8, color="0.6",
                  label=f"target: 5% of its full stage ({name.split(' (')[0]})")
        ax_m.plot(g["plans"], g["full_peak_gb"], ls=ls, marker="o", ms=4, color="0.1", label=name)
    ax_t.set(title="Full tables stage (fresh process, 2 workers)", ylabel="seconds (wall)")
    ax_i.set(title="Rebuild after adding one plan (fresh process)", ylabel="seconds (wall)")
    ax_m.axhline(6, color="0.55", lw=0.8, ls=(0, (1, 2)), label="target: 6 GB")
    ax_m.set(title="Peak memory of the full stage", ylabel="GB (RSS summed over processes)",
             ylim=(0, max(6.5, df["full_peak_gb"].max() * 1.1)))
    plans = sorted(df["plans"].unique())
    for ax in (ax_t, ax_i, ax_m):
        ax.set_xscale("log")
        if ax is not ax_m:
            ax.set_yscale("log")
        ax.set_xlabel("plans in the corpus (about 10,000 characters each)")
        ax.set_xticks(plans, [f"{n:,}" for n in plans])
        ax.minorticks_off()
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=6.5, frameon=False, loc="lower right" if ax is not ax_m else "center right")
    return fig


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", default=str(HERE / "results"))
    ap.add_argument("--out", default=str(HERE / "scale.png"))
    args = ap.parse_args(argv)
    df = load_results(Path(args.results))
    fig = scale_figure(df)
    fig.savefig(args.out, dpi=150)
    cols = ["tag", "plans", "characters", "workers", "segmenter", "read_decode_seconds", "jieba_lcut_seconds",
            "segmenter_seconds", "full_seconds", "unchanged_seconds", "incremental_seconds", "full_peak_gb"]
    df[cols].to_csv(Path(args.out).with_suffix(".csv"), index=False, float_format="%.3f", lineterminator="\n")
    print(f"wrote {args.out} ({len(df)} corpus sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
