"""Charts for policy briefs: each takes tidy tables and returns a matplotlib Figure; none writes files.

Every ``plot_*`` function first builds the tidy frame it draws with the matching ``*_data`` function
and draws exactly that frame; :func:`figure_data` returns it from the figure, so the CSV written
beside a figure (``plotting.save_figure(..., data=figure_data(fig))``) holds exactly the numbers drawn.
Labels are Chinese or English by ``lang`` ("zh" | "en"); theme names come from the codebook, level
names from ``analysis/data/levels.csv``, colours from ``analysis/data/palette.csv``.
"""
from __future__ import annotations

import re
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import config, plotting
from .coverage import plan_groups

TEXT = {
    "share": {"zh": "占本方案措施的比例（%）", "en": "Share of the plan's measures (%)"},
    "n_measures": {"zh": "措施数", "en": "Measures"},
    "diff_share": {"zh": "平均占比之差（百分点）", "en": "Difference in mean share (percentage points)"},
    "diff_coverage": {"zh": "覆盖率之差（百分点）", "en": "Difference in coverage (percentage points)"},
    "g2": {"zh": "对数似然比 G²（目标层级 vs 其他）", "en": "Log-likelihood G² (target vs rest)"},
    "cluster": {"zh": "聚类", "en": "Cluster"},
    "cluster_share": {"zh": "聚类中属于该主题的措施比例（%）", "en": "Share of the cluster's measures (%)"},
    "plan_points": {"zh": "点 = 单个方案；柱 = 平均值及 95% 区间", "en": "dots = plans; bars = mean with 95% interval"},
    "no_ci": {"zh": "空心 = 无区间（方案过少）", "en": "hollow = no interval (too few plans)"},
    "candidate": {"zh": "* 可能的新主题", "en": "* candidate new theme"},
    "n_plans_note": {"zh": "条末数字 = 使用该词的方案数", "en": "number after a bar = plans using the term"},
    "per_plan": {"zh": "各方案措施数", "en": "Measures per plan"},
    "n_plans": {"zh": "方案数", "en": "Plans"},
}


def _t(key: str, lang: str) -> str:
    return TEXT[key][lang]


def _wrap_any(label: str, width: int = 4) -> str:
    """Break a long group name (a campaign, a region) every ``width`` characters when it has no spaces."""
    if " " in label or len(label) <= width:
        return textwrap.fill(label, 12)
    return "\n".join(label[i:i + width] for i in range(0, len(label), width))


def _wrap(label: str, lang: str, width: int = 22) -> str:
    """Break long English names over lines (Chinese names are short enough to stay on one)."""
    return textwrap.fill(label, width) if lang == "en" else label


def figure_data(fig) -> pd.DataFrame:
    """The tidy frame a ``plot_*`` function drew (write it beside the figure)."""
    return fig._analysis_data.copy()


def _finish(fig, data: pd.DataFrame):
    fig._analysis_data = data.reset_index(drop=True)
    return fig


def theme_labels(codebook_themes: pd.DataFrame, lang: str = "zh") -> dict[str, str]:
    """``{theme_code: name}`` in the chosen language."""
    col = "name_zh" if lang == "zh" else "name_en"
    return dict(zip(codebook_themes["theme_code"].astype(str), codebook_themes[col].astype(str)))


def group_labels(values, lang: str = "zh", group_by: str = "level") -> list[str]:
    """Display names of group values: level names from levels.csv (read once for all ``values``: read per
    value, a chart of 10,000 plans' 190,000 cells took two minutes), other values as they are."""
    names = {}
    if group_by == "level":
        lv = config.load_levels()
        names = dict(zip(lv["level"].astype(str), lv["name_zh" if lang == "zh" else "name_en"].astype(str)))
    return [names.get(str(v), str(v)) if group_by == "level" else str(v) for v in values]


def plan_label(documents: pd.DataFrame) -> dict[str, str]:
    """``{doc_id: 'p003 广东省'}``: the id and the region (or a shortened issuer) of each plan."""
    out = {}
    for row in documents.astype("string").fillna("").itertuples(index=False):
        where = row.region or (row.issuer[:10] + ("…" if len(row.issuer) > 10 else ""))
        out[row.doc_id] = f"{row.doc_id} {where}".strip()
    return out


def _theme_order(codebook_themes: pd.DataFrame, headline_only: bool = False) -> list[str]:
    th = codebook_themes.sort_values(["order", "theme_code"], kind="mergesort")
    if headline_only:
        th = th[th["is_headline"].astype(bool)]
    return th["theme_code"].astype(str).tolist()


# ---------------------------------------------------------------- plan × theme heatmap
def heatmap_data(coverage_by_document, documents, codebook_themes, *, lang="zh", group_by="level"):
    """Plan × theme cells: ``doc_id, plan_label, group_value, group_label, row, theme_code, theme_label,
    col, share_pct, n_measures, n_measures_doc`` (rows ordered by group then doc_id, columns by codebook
    order; the plan label ends with the plan's number of measures)."""
    groups = plan_groups(documents, group_by)
    themes = [t for t in _theme_order(codebook_themes) if t in set(coverage_by_document["theme_code"])]
    df = coverage_by_document[["doc_id", "theme_code", "share_pct", "n_measures"]].merge(groups, on="doc_id")
    df = df[df["theme_code"].isin(themes)].copy()
    df["row"] = df["doc_id"].map({d: i for i, d in enumerate(groups["doc_id"])})
    df["col"] = df["theme_code"].map({t: i for i, t in enumerate(themes)})
    n_doc = coverage_by_document.drop_duplicates("doc_id").set_index("doc_id")["n_measures_doc"]
    df["n_measures_doc"] = df["doc_id"].map(n_doc).astype("int64")
    labels = df["doc_id"].map(plan_label(documents))
    if group_by != "level":  # grouped by campaign/year/...: keep each plan's level in sight
        level_of = documents.set_index(documents["doc_id"].astype(str))["level"].astype(str)
        labels = [f"{lab} [{lv}]" for lab, lv in zip(labels, group_labels([level_of[d] for d in df["doc_id"]], lang))]
    df["plan_label"] = [f"{lab} (n={n})" for lab, n in zip(labels, df["n_measures_doc"])]
    df["theme_label"] = df["theme_code"].map(theme_labels(codebook_themes, lang))
    df["group_label"] = group_labels(df["group_value"], lang, group_by)
    cols = ["doc_id", "plan_label", "group_value", "group_label", "row", "theme_code", "theme_label", "col",
            "share_pct", "n_measures", "n_measures_doc"]
    return df.sort_values(["row", "col"], kind="mergesort")[cols].reset_index(drop=True)


MAX_PLAN_BARS = 60  # one bar per plan up to this many; beyond, how many plans have how many measures


def plot_measures_per_plan(n_measures: pd.Series, *, lang="zh", max_bars: int = MAX_PLAN_BARS):
    """Measures per plan (``n_measures`` indexed by ``doc_id``): a bar per plan, fewest first, up to
    ``max_bars`` plans; beyond, a histogram of plans by their number of measures (a bar per plan of
    thousands of plans took 80 s and could not be read). Data columns: ``doc_id, n_measures`` (bars) or
    ``bin_start, bin_end, n_plans`` (histogram, bins ``[start, end)``, the last one closed)."""
    n = n_measures.astype(int).sort_values(kind="mergesort")
    if len(n) <= max_bars:
        fig, ax = plt.subplots(figsize=(6, 1.2 + 0.22 * max(len(n), 1)))
        ax.barh(n.index.astype(str), n.to_numpy(), color="#0072B2")
        ax.set_xlabel(_t("n_measures", lang))
        data = pd.DataFrame({"doc_id": n.index.astype(str), "n_measures": n.to_numpy()})
    else:
        counts, edges = np.histogram(n.to_numpy(), bins=min(30, max(1, int(n.max() - n.min()) + 1)))
        fig, ax = plt.subplots(figsize=(6, 3.5))
        ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color="#0072B2", edgecolor="white")
        ax.set_xlabel(_t("n_measures", lang))
        ax.set_ylabel(_t("n_plans", lang))
        data = pd.DataFrame({"bin_start": edges[:-1], "bin_end": edges[1:], "n_plans": counts})
    ax.set_title(_t("per_plan", lang))
    return _finish(fig, data)


HEATMAP_MAX_HEIGHT_IN = 24  # inches of plan rows at most (at 300 dpi, 7,200 pixels)
HEATMAP_MAX_LABELLED = 150  # plans named on the axis at most; beyond, rows are too thin for a name


def plot_theme_heatmap(coverage_by_document, documents, codebook_themes, *, lang="zh", group_by="level"):
    """Heatmap of each plan's share of measures per theme; plans grouped and ordered by level.

    Cells show the number of measures (up to 40 plans); a line separates groups, whose names stand on
    the right. Beyond ``HEATMAP_MAX_LABELLED`` plans the rows are not named, and the rows together are at
    most ``HEATMAP_MAX_HEIGHT_IN`` inches high, so the figure stays a figure for any corpus."""
    data = heatmap_data(coverage_by_document, documents, codebook_themes, lang=lang, group_by=group_by)
    n_rows, n_cols = int(data["row"].max()) + 1, int(data["col"].max()) + 1
    mat = np.full((n_rows, n_cols), np.nan)
    mat[data["row"], data["col"]] = data["share_pct"]
    pal = plotting.load_palette()
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    row_h = 0.32 if n_rows <= 40 else 0.16  # many plans: thinner rows, smaller labels, no numbers
    # hundreds of plans: the plot keeps a readable height (its image would grow without bound) and names groups only
    height = min(row_h * n_rows, HEATMAP_MAX_HEIGHT_IN)
    fig, ax = plt.subplots(figsize=(1.6 + 0.42 * n_cols, 1.6 + height))
    im = ax.imshow(mat, cmap=pal["cmap"]["sequential"], vmin=0, aspect="auto")
    if n_rows > 40:
        ax.tick_params(axis="y", labelsize=5.5)
    if n_rows <= 40:
        vmax = np.nanmax(mat) if np.isfinite(mat).any() else 1
        for r in data[data["n_measures"] > 0].itertuples(index=False):  # blank = no measure
            light = not np.isfinite(r.share_pct) or r.share_pct < 0.6 * vmax
            ax.text(r.col, r.row, str(r.n_measures), ha="center", va="center", fontsize=6.5,
                    color="white" if light else "black")
    cols = data.drop_duplicates("col").sort_values("col")
    rows = data.drop_duplicates("row").sort_values("row")
    ax.set_xticks(cols["col"], cols["theme_label"], rotation=60, ha="right", rotation_mode="anchor")
    if n_rows <= HEATMAP_MAX_LABELLED:
        ax.set_yticks(rows["row"], rows["plan_label"])
    else:
        ax.set_yticks([])
    colors = plotting.group_colors(rows["group_value"], pal)
    for tick, g in zip(ax.get_yticklabels(), rows["group_value"]):
        tick.set_color(colors[g])
    for g, grp in rows.groupby("group_value", sort=False):
        lo, hi = grp["row"].min(), grp["row"].max()
        if lo > 0:
            ax.axhline(lo - 0.5, color="white", linewidth=2.5)
        ax.annotate(grp["group_label"].iloc[0], xy=(1.01, 1 - (lo + hi + 1) / 2 / n_rows),
                    xycoords="axes fraction", va="center", ha="left", color=colors[g])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.12)
    cbar.set_label(_t("share", lang))
    return _finish(fig, data)


# ---------------------------------------------------------------- headline themes by level
def headline_data(coverage_by_document, coverage_by_level, documents, codebook_themes, *, lang="zh"):
    """Two layers for the five headline themes: ``layer='group'`` rows (mean share and interval per
    group, from coverage_by_level) and ``layer='plan'`` rows (each plan's share). Columns: ``layer,
    theme_code, theme_label, group_value, group_label, x, x_interval, doc_id, value_pct, ci_low_pct,
    ci_high_pct, n_plans`` (``x`` = bar or dot position, ``x_interval`` = where the interval is drawn)."""
    group_by = str(coverage_by_level["group_by"].iloc[0]) if len(coverage_by_level) else "level"
    themes = _theme_order(codebook_themes, headline_only=True)
    names = theme_labels(codebook_themes, lang)
    lv = coverage_by_level[coverage_by_level["theme_code"].isin(themes)]
    order = lv.drop_duplicates("group_value").sort_values("group_rank", kind="mergesort")["group_value"].tolist()
    xpos = {g: i for i, g in enumerate(order)}
    summ = pd.DataFrame({
        "layer": "group", "theme_code": lv["theme_code"], "group_value": lv["group_value"], "doc_id": "",
        "value_pct": lv["mean_share_pct"], "ci_low_pct": lv["share_ci_low_pct"],
        "ci_high_pct": lv["share_ci_high_pct"], "n_plans": lv["n_plans"]})
    summ["x"] = summ["group_value"].map(xpos).astype(float)
    summ["x_interval"] = summ["x"] - 0.15
    cov = coverage_by_document[coverage_by_document["theme_code"].isin(themes)].merge(
        plan_groups(documents, group_by), on="doc_id")
    pts = pd.DataFrame({"layer": "plan", "theme_code": cov["theme_code"], "group_value": cov["group_value"],
                        "doc_id": cov["doc_id"], "value_pct": cov["share_pct"], "ci_low_pct": np.nan,
                        "ci_high_pct": np.nan, "n_plans": 1})
    pts = pts.sort_values(["theme_code", "group_value", "doc_id"], kind="mergesort")
    # spread the plans of a group evenly across the bar (deterministic, no random jitter)
    k = pts.groupby(["theme_code", "group_value"]).cumcount()
    n = pts.groupby(["theme_code", "group_value"])["doc_id"].transform("size")
    # plans sit in the right half of their bar, the interval in the left half, so neither hides the other
    pts["x"] = pts["group_value"].map(xpos) + 0.08 + np.where(n > 1, k / (n - 1).clip(lower=1) * 0.22, 0.11)
    out = pd.concat([summ, pts], ignore_index=True)
    out["theme_label"] = out["theme_code"].map(names)
    out["group_label"] = group_labels(out["group_value"], lang, group_by)
    out["_t"] = out["theme_code"].map({t: i for i, t in enumerate(themes)})
    out = out.sort_values(["_t", "layer", "x", "doc_id"], kind="mergesort")
    return out[["layer", "theme_code", "theme_label", "group_value", "group_label", "x", "x_interval", "doc_id",
                "value_pct", "ci_low_pct", "ci_high_pct", "n_plans"]].reset_index(drop=True)


def plot_headline_by_level(coverage_by_document, coverage_by_level, documents, codebook_themes, *, lang="zh"):
    """One panel per headline theme: a bar per level (mean share, 95% bootstrap interval where there
    are enough plans) with every plan as a dot over it; tick labels give the number of plans."""
    data = headline_data(coverage_by_document, coverage_by_level, documents, codebook_themes, lang=lang)
    themes = data["theme_code"].drop_duplicates().tolist()
    pal = plotting.load_palette()
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    n_groups = max(1, data.loc[data["layer"] == "group", "group_value"].nunique())
    panel = max(1.9, 0.62 * n_groups)  # room for every group's (wrapped) name under its bar
    fig, axes = plt.subplots(1, len(themes), figsize=(1.2 + panel * len(themes), 3.4), sharey=True, squeeze=False)
    for ax, theme in zip(axes[0], themes):
        d = data[data["theme_code"] == theme]
        g, p = d[d["layer"] == "group"], d[d["layer"] == "plan"]
        colors = plotting.group_colors(g["group_value"], pal)
        ax.bar(g["x"], g["value_pct"].fillna(0), width=0.7, color=[colors[v] for v in g["group_value"]], alpha=0.35)
        ok = g["ci_low_pct"].notna()
        ax.errorbar(g.loc[ok, "x_interval"], g.loc[ok, "value_pct"],
                    yerr=[g.loc[ok, "value_pct"] - g.loc[ok, "ci_low_pct"], g.loc[ok, "ci_high_pct"] - g.loc[ok, "value_pct"]],
                    fmt="none", ecolor=pal["mark"]["zero"], capsize=3, linewidth=1)
        ax.scatter(p["x"], p["value_pct"], s=14, color=pal["mark"]["point"], zorder=3, edgecolors="white", clip_on=False,
                   linewidths=0.4)
        ax.set_title(_wrap(d["theme_label"].iloc[0], lang), fontsize=9)
        ax.set_xticks(g["x"], [f"{_wrap_any(lab)}\nn={n}" for lab, n in zip(g["group_label"], g["n_plans"])],
                      fontsize=7.5)
        ax.set_xlim(-0.6, len(g) - 0.4)
    axes[0][0].set_ylabel(_t("share", lang))
    axes[0][0].set_ylim(bottom=0)
    fig.text(0.99, -0.02, _t("plan_points", lang), ha="right", va="top", fontsize=7, color="#444444")
    fig.tight_layout()
    return _finish(fig, data)


# ---------------------------------------------------------------- measures per theme, stacked
def stacked_data(coverage_by_level, codebook_themes, *, lang="zh"):
    """Measures per theme and group (primary or further themes): ``theme_code, theme_label,
    group_value, group_label, n_measures, left`` (``left`` = where the segment starts)."""
    group_by = str(coverage_by_level["group_by"].iloc[0]) if len(coverage_by_level) else "level"
    order = {t: i for i, t in enumerate(_theme_order(codebook_themes))}
    df = coverage_by_level[["theme_code", "group_value", "group_rank", "n_measures"]].copy()
    df["_t"] = df["theme_code"].map(order)
    df = df.sort_values(["_t", "group_rank"], kind="mergesort")
    df["left"] = df.groupby("theme_code", sort=False)["n_measures"].cumsum() - df["n_measures"]
    df["theme_label"] = df["theme_code"].map(theme_labels(codebook_themes, lang))
    df["group_label"] = group_labels(df["group_value"], lang, group_by)
    return df[["theme_code", "theme_label", "group_value", "group_label", "n_measures", "left"]].reset_index(drop=True)


def plot_measures_stacked(coverage_by_level, codebook_themes, *, lang="zh"):
    """Horizontal bars: measures per theme (codebook order, top to bottom), stacked by level."""
    data = stacked_data(coverage_by_level, codebook_themes, lang=lang)
    themes = data["theme_code"].drop_duplicates().tolist()
    y = {t: i for i, t in enumerate(themes)}
    colors = plotting.group_colors(data["group_value"].drop_duplicates())
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    fig, ax = plt.subplots(figsize=(6.4, 1.0 + 0.27 * len(themes)))
    for g, d in data.groupby("group_value", sort=False):
        ax.barh(d["theme_code"].map(y), d["n_measures"], left=d["left"], color=colors[g],
                label=d["group_label"].iloc[0], height=0.72)
    labels = data.drop_duplicates("theme_code")["theme_label"]
    ax.set_yticks(range(len(themes)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(_t("n_measures", lang))
    ax.legend(loc="lower right")
    fig.tight_layout()
    return _finish(fig, data)


# ---------------------------------------------------------------- level differences
def differences_data(level_differences, codebook_themes, *, lang="zh", metric="share"):
    """Dot-plot rows: ``group_a, group_b, pair_label, theme_code, theme_label, diff_pct, ci_low_pct,
    ci_high_pct, is_ci_available`` for ``metric`` "share" (mean share) or "coverage"."""
    if metric not in ("share", "coverage"):
        raise ValueError(f"metric must be 'share' or 'coverage', not {metric!r}")
    group_by = str(level_differences["group_by"].iloc[0]) if len(level_differences) else "level"
    order = {t: i for i, t in enumerate(_theme_order(codebook_themes))}
    df = level_differences.copy()
    df["_t"] = df["theme_code"].map(order)
    df["_p"] = df.groupby(["group_a", "group_b"], sort=False).ngroup()
    df = df.sort_values(["_p", "_t"], kind="mergesort")
    out = pd.DataFrame({
        "group_a": df["group_a"], "group_b": df["group_b"],
        "pair_label": [f"{a} − {b}" for a, b in zip(group_labels(df["group_a"], lang, group_by),
                                                      group_labels(df["group_b"], lang, group_by))],
        "theme_code": df["theme_code"], "theme_label": df["theme_code"].map(theme_labels(codebook_themes, lang)),
        "diff_pct": df[f"diff_{metric}_pct"], "ci_low_pct": df[f"diff_{metric}_ci_low_pct"],
        "ci_high_pct": df[f"diff_{metric}_ci_high_pct"], "is_ci_available": df["is_ci_available"]})
    return out.reset_index(drop=True)


def plot_level_differences(level_differences, codebook_themes, *, lang="zh", metric="share"):
    """Dot plot per pair of levels: difference per theme with its bootstrap interval; hollow dots
    where an interval cannot be given (a level with fewer than two plans)."""
    data = differences_data(level_differences, codebook_themes, lang=lang, metric=metric)
    pairs = data["pair_label"].drop_duplicates().tolist()
    ncol = min(3, max(1, len(pairs)))
    nrow = -(-len(pairs) // ncol) if pairs else 1
    pal = plotting.load_palette()
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    n_th = data["theme_code"].nunique() if len(data) else 1
    fig, axes = plt.subplots(nrow, ncol, figsize=(1.5 + 2.6 * ncol, 0.6 + nrow * (0.6 + 0.2 * n_th)),
                             sharey=True, squeeze=False)
    for ax, pair in zip(axes.flat, pairs):
        d = data[data["pair_label"] == pair].reset_index(drop=True)
        yy = np.arange(len(d))
        ok = d["is_ci_available"].astype(bool).to_numpy() & d["ci_low_pct"].notna().to_numpy()
        ax.axvline(0, color=pal["mark"]["zero"], linewidth=0.8)
        ax.hlines(yy[ok], d.loc[ok, "ci_low_pct"], d.loc[ok, "ci_high_pct"], color=pal["mark"]["summary"], linewidth=1.5)
        ax.scatter(d.loc[ok, "diff_pct"], yy[ok], s=18, color=pal["mark"]["positive"], zorder=3)
        ax.scatter(d.loc[~ok, "diff_pct"], yy[~ok], s=18, facecolors="white",
                   edgecolors=pal["mark"]["positive"], zorder=3)
        ax.set_yticks(yy, d["theme_label"])
        # long names (campaigns, regions) go on two lines so neighbouring titles never collide
        ax.set_title(pair.replace(" − ", "\n− ") if len(pair) > 14 else pair, fontsize=9)
    axes.flat[0].invert_yaxis()
    for ax in list(axes.flat)[len(pairs):]:
        ax.set_visible(False)
    fig.supxlabel(_t(f"diff_{metric}", lang), fontsize=9)
    fig.text(0.99, 0.0, _t("no_ci", lang), ha="right", va="top", fontsize=7, color="#444444")
    fig.tight_layout()
    return _finish(fig, data)


# ---------------------------------------------------------------- keyness
def keyness_data(keyness, *, lang="zh", top_n=15, min_plans=2):
    """The ``top_n`` most over-used terms of each group (positive signed G²) that at least ``min_plans``
    of the group's plans use (fewer when the group has fewer plans: the most any of its terms reaches):
    a term one plan repeats is that plan's habit, not its level's. Columns ``group_value, group_label,
    term, log_likelihood, n_target, n_plans_target, rank``."""
    group_by = str(keyness["group_by"].iloc[0]) if len(keyness) else "level"
    df = keyness[keyness["log_likelihood"] > 0].sort_values(["group_value", "rank"], kind="mergesort")
    most = keyness.groupby("group_value")["n_plans_target"].transform("max").reindex(df.index)
    df = df[df["n_plans_target"] >= np.minimum(min_plans, most)]
    df = df.groupby("group_value", sort=False).head(top_n)
    ranks = {v: i for i, v in enumerate(config.level_order())} if group_by == "level" else {}
    df = df.assign(_g=df["group_value"].map(lambda v: ranks.get(v, len(ranks)))).sort_values(
        ["_g", "group_value", "rank"], kind="mergesort")
    df["group_label"] = group_labels(df["group_value"], lang, group_by)
    return df[["group_value", "group_label", "term", "log_likelihood", "n_target", "n_plans_target",
               "rank"]].reset_index(drop=True)


def plot_keyness(keyness, *, lang="zh", top_n=15, min_plans=2):
    """One panel per level: horizontal bars of the most over-used terms (signed G²) used by at least
    ``min_plans`` of the level's plans (see :func:`keyness_data`), labelled with how many use each."""
    data = keyness_data(keyness, lang=lang, top_n=top_n, min_plans=min_plans)
    groups = data["group_value"].drop_duplicates().tolist()
    colors = plotting.group_colors(groups)
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    n = max(1, len(groups))
    fig, axes = plt.subplots(1, n, figsize=(0.6 + 2.5 * n, 0.9 + 0.22 * top_n), squeeze=False)
    for ax, g in zip(axes[0], groups):
        d = data[data["group_value"] == g].reset_index(drop=True)
        ax.barh(np.arange(len(d)), d["log_likelihood"], color=colors[g], height=0.7)
        ax.set_yticks(np.arange(len(d)), d["term"])
        ax.invert_yaxis()
        for i, r in d.iterrows():
            ax.text(r["log_likelihood"], i, f" {r['n_plans_target']}", va="center", fontsize=6.5, color="#444444")
        ax.set_title(d["group_label"].iloc[0], color=colors[g])
        ax.margins(x=0.18)
    fig.supxlabel(_t("g2", lang), fontsize=9)
    fig.text(0.99, 0.0, _t("n_plans_note", lang), ha="right", va="top", fontsize=7, color="#444444")
    fig.tight_layout()
    return _finish(fig, data)


# ---------------------------------------------------------------- cluster × theme alignment
def alignment_data(cluster_themes, clusters, codebook_themes, *, lang="zh", n_terms=3):
    """Cluster × theme cells: ``cluster_id, cluster_label, row, theme_code, theme_label, col,
    share_pct, is_best, is_candidate_new_theme`` (themes with no measure in any cluster left out)."""
    order = _theme_order(codebook_themes)
    used = set(cluster_themes.loc[cluster_themes["n_measures"] > 0, "theme_code"])
    themes = [t for t in order if t in used]
    cl = clusters.sort_values("cluster_id", kind="mergesort").reset_index(drop=True)
    labels = {}
    for r in cl.itertuples(index=False):
        terms = " ".join(re.split(r"[;,；，\s]+", str(r.top_terms).strip())[:n_terms])
        star = "*" if bool(r.is_candidate_new_theme) else ""
        labels[r.cluster_id] = f"{star}{r.cluster_id} ({r.n_measures}) {terms}"
    grid = pd.MultiIndex.from_product([cl["cluster_id"], themes], names=["cluster_id", "theme_code"]).to_frame(index=False)
    df = grid.merge(cluster_themes[["cluster_id", "theme_code", "share_pct"]], how="left",
                    on=["cluster_id", "theme_code"])
    df["share_pct"] = df["share_pct"].fillna(0.0)
    df["row"] = df["cluster_id"].map({c: i for i, c in enumerate(cl["cluster_id"])})
    df["col"] = df["theme_code"].map({t: i for i, t in enumerate(themes)})
    df["cluster_label"] = df["cluster_id"].map(labels)
    df["theme_label"] = df["theme_code"].map(theme_labels(codebook_themes, lang))
    best = dict(zip(cl["cluster_id"], cl["best_theme_code"].astype(str)))
    df["is_best"] = [best.get(c) == t for c, t in zip(df["cluster_id"], df["theme_code"])]
    df["is_candidate_new_theme"] = df["cluster_id"].map(dict(zip(cl["cluster_id"], cl["is_candidate_new_theme"].astype(bool))))
    return df[["cluster_id", "cluster_label", "row", "theme_code", "theme_label", "col", "share_pct", "is_best",
               "is_candidate_new_theme"]].sort_values(["row", "col"], kind="mergesort").reset_index(drop=True)


def plot_cluster_theme_alignment(cluster_themes, clusters, codebook_themes, *, lang="zh"):
    """Heatmap: share of each cluster's measures per theme; the best theme is outlined, clusters
    flagged as candidate new themes carry a *."""
    data = alignment_data(cluster_themes, clusters, codebook_themes, lang=lang)
    n_rows, n_cols = int(data["row"].max()) + 1, int(data["col"].max()) + 1
    mat = np.zeros((n_rows, n_cols))
    mat[data["row"], data["col"]] = data["share_pct"]
    pal = plotting.load_palette()
    plotting.use_style(lang)  # set, not restored: tick labels are drawn later, in notebooks too
    fig, ax = plt.subplots(figsize=(2.8 + 0.42 * n_cols, 1.4 + 0.3 * n_rows))
    im = ax.imshow(mat, cmap=pal["cmap"]["sequential"], vmin=0, vmax=100, aspect="auto")
    for r in data[data["is_best"]].itertuples(index=False):
        ax.add_patch(plt.Rectangle((r.col - 0.5, r.row - 0.5), 1, 1, fill=False, edgecolor=pal["mark"]["negative"], linewidth=1.5))
    cols = data.drop_duplicates("col").sort_values("col")
    rows = data.drop_duplicates("row").sort_values("row")
    ax.set_xticks(cols["col"], cols["theme_label"], rotation=60, ha="right", rotation_mode="anchor")
    ax.set_yticks(rows["row"], rows["cluster_label"])
    ax.set_ylabel(_t("cluster", lang))
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label(_t("cluster_share", lang))
    if data["is_candidate_new_theme"].any():  # above the plot: rotated theme names fill the space below
        ax.set_title(_t("candidate", lang), loc="left", fontsize=7, color="#444444")
    return _finish(fig, data)
