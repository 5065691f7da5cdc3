"""Charts of the commitments, stringency and reuse stages. Each ``plot_*`` takes tidy tables and
returns ``(Figure, plotted frame)``; none writes files. :func:`render_figures` saves them all with
the shared saver (:func:`analysis.plotting.save_figure`). Labels are Chinese or English by ``lang``.
"""
from __future__ import annotations

import functools
import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import config

TEXT = {
    "score": {"zh": "平均严格度得分（95% 区间）", "en": "Mean stringency score (95% interval)"},
    "no_ci": {"zh": "空心 = 仅一个方案，无区间", "en": "hollow = one plan only, no interval"},
    "all": {"zh": "全部措施", "en": "All measures"},
    "unthemed": {"zh": "未分主题", "en": "Unthemed"},
    "stringency_title": {"zh": "各层级、各主题措施的严格度", "en": "Stringency of measures by level and theme"},
    "limits_title": {"zh": "同类限额在各方案中的取值", "en": "Like limits across plans"},
    "limits_note": {"zh": "点 = 最宽松取值；线段延伸至最严格取值", "en": "dot = loosest value; line runs to the strictest"},
    "stricter_lower": {"zh": "越小越严", "en": "lower is stricter"},
    "stricter_higher": {"zh": "越大越严", "en": "higher is stricter"},
    "reuse_title": {"zh": "方案之间的文本复用", "en": "Text reuse between plans"},
    "reuse_row": {"zh": "复用方（方案 A）", "en": "Reusing plan (A)"},
    "reuse_col": {"zh": "来源（方案 B）", "en": "Source plan (B)"},
    "reuse_bar": {"zh": "A 的措施中复用 B 的比例（%）", "en": "Share of A's measures reusing B (%)"},
    "reuse_top": {"zh": "复用最多的 {k} 个方案，共 {n} 个", "en": "the {k} plans with the most reuse, of {n}"},
    "none": {"zh": "暂无数据", "en": "No data"},
}
UNIT_LABELS = {
    "hours": {"zh": "小时", "en": "hours"}, "minutes": {"zh": "分钟", "en": "minutes"},
    "days": {"zh": "天", "en": "days"}, "persons": {"zh": "人", "en": "persons"},
    "times": {"zh": "次", "en": "times"}, "items": {"zh": "个", "en": "items"},
    "characters": {"zh": "字", "en": "characters"}, "percent": {"zh": "%", "en": "%"},
    "yuan": {"zh": "元", "en": "yuan"}, "square_metres": {"zh": "平方米", "en": "m²"}, "km": {"zh": "公里", "en": "km"},
}


def _t(key: str, lang: str) -> str:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return TEXT[key][lang]


def _level_info(lang: str) -> tuple[dict[str, str], dict[str, int]]:
    lv = config.load_levels()
    return dict(zip(lv["level"], lv["name_zh" if lang == "zh" else "name_en"])), dict(zip(lv["level"], lv["rank"]))


def _level_colors(levels) -> dict[str, str]:
    try:
        from .plotting import group_colors
        return group_colors(list(levels))
    except Exception:  # the palette is optional for drawing; fall back to matplotlib's cycle
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        return {lv: cyc[i % len(cyc)] for i, lv in enumerate(levels)}


def _theme_names(lang: str) -> tuple[dict[str, str], list[str]]:
    try:
        from .codebook import load_codebook
        th = load_codebook().themes
        names = dict(zip(th["theme_code"].astype(str), th["name_zh" if lang == "zh" else "name_en"].astype(str)))
        order = th["theme_code"].astype(str).tolist()
    except Exception:  # no codebook yet: show codes
        names, order = {}, []
    names.update({"all": _t("all", lang), "unthemed": _t("unthemed", lang)})
    return names, ["all"] + order + ["unthemed"]


def _empty(lang: str, title: str):
    fig, ax = plt.subplots(figsize=(5, 2))
    ax.text(0.5, 0.5, _t("none", lang), ha="center", va="center")
    ax.set_axis_off()
    ax.set_title(title)
    return fig


def plot_stringency_by_level(stringency_by_level: pd.DataFrame, *, lang: str = "zh"):
    """Point-range chart: mean stringency per theme (rows) and level (colours), with bootstrap
    intervals; levels with one plan are hollow points without a bar. Returns ``(fig, data)``."""
    df = stringency_by_level[stringency_by_level["n_measures"] > 0].copy()
    if not len(df):
        return _empty(lang, _t("stringency_title", lang)), df
    names, order = _theme_names(lang)
    lv_names, lv_rank = _level_info(lang)
    themes = [t for t in order if t in set(df["theme_code"])] + sorted(set(df["theme_code"]) - set(order))
    levels = sorted(df["level"].unique(), key=lambda x: (lv_rank.get(x, 99), x))
    colors = _level_colors(levels)
    df["theme_label"] = df["theme_code"].map(lambda t: names.get(t, t))
    df["level_label"] = df["level"].map(lambda x: lv_names.get(x, x))
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(themes) + 1.5))
    step = 0.7 / max(len(levels), 1)
    labelled: set[str] = set()
    for k, lv in enumerate(levels):
        sub = df[df["level"] == lv].set_index("theme_code")
        for i, t in enumerate(themes):
            if t not in sub.index:
                continue
            r = sub.loc[t]
            y = i + (k - (len(levels) - 1) / 2) * step
            has_ci = bool(r["is_ci_available"]) and pd.notna(r["score_ci_low"])
            if has_ci:
                ax.plot([r["score_ci_low"], r["score_ci_high"]], [y, y], color=colors[lv], lw=1.5)
            first = lv not in labelled
            labelled.add(lv)
            ax.plot(r["mean_score"], y, "o", color=colors[lv], mfc=colors[lv] if has_ci else "white",
                    label=lv_names.get(lv, lv) if first else None)
    ax.set_yticks(range(len(themes)), [names.get(t, t) for t in themes])
    ax.invert_yaxis()
    ax.set_xlabel(_t("score", lang))
    ax.axvline(0, color="#666666", lw=0.6)
    handles, labels = ax.get_legend_handles_labels()
    uniq = dict(zip(labels, handles))
    ax.legend(uniq.values(), uniq.keys(), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False,
              title=_t("no_ci", lang), title_fontsize=7)
    ax.set_title(_t("stringency_title", lang))
    data = df[["level", "level_label", "theme_code", "theme_label", "n_plans", "n_measures", "mean_score",
               "score_ci_low", "score_ci_high", "is_ci_available"]].reset_index(drop=True)
    return fig, data


LIMITS_MAX_LABELLED = 40  # plans per panel named on the axis; beyond, dots only (names would overprint)


def plot_limits(limits_comparison: pd.DataFrame, documents: pd.DataFrame | None = None, *, lang: str = "zh",
                min_plans: int = 1, max_kinds: int = 12):
    """Small multiples, one panel per limit kind (its own unit): each plan stating the kind is a dot at
    its loosest value, with a line to its strictest, coloured by level. Kinds stated by more plans
    come first (at most ``max_kinds``). Returns ``(fig, data)``."""
    df = limits_comparison.copy()
    df = df[df["n_plans_in_kind"] >= min_plans]
    if not len(df):
        return _empty(lang, _t("limits_title", lang)), df
    lv_names, lv_rank = _level_info(lang)
    df["panel"] = df["limit_kind"] + "|" + df["basis"]
    kinds = (df.groupby("panel", sort=False)["n_plans_in_kind"].first()
             .sort_values(ascending=False, kind="mergesort").index[:max_kinds].tolist())
    df = df[df["panel"].isin(kinds)]
    label = "label_zh" if lang == "zh" else "label_en"
    regions = {}
    if documents is not None and "region" in documents.columns:
        regions = dict(zip(documents["doc_id"], documents["region"].astype("string").fillna("")))
    df["plan_label"] = df.apply(lambda r: f"{r['doc_id']} {regions.get(r['doc_id'], '')}".strip(), axis=1)
    df["level_label"] = df["level"].map(lambda x: lv_names.get(x, x))
    colors = _level_colors(sorted(df["level"].dropna().unique(), key=lambda x: (lv_rank.get(x, 99), x)))
    ncols = min(3, len(kinds))
    nrows = math.ceil(len(kinds) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.5 + 1.9 * nrows), squeeze=False)
    for ax, kind in zip(axes.flat, kinds):
        sub = df[df["panel"] == kind].sort_values(["level_rank", "doc_id"], kind="mergesort")
        y = np.arange(len(sub))
        c = [colors.get(lv, "#999999") for lv in sub["level"]]
        # one collection per layer, not two artists per plan: a corpus of hundreds of plans draws in a second
        ax.hlines(y, sub["value_strictest"], sub["value"], colors=c, lw=1.2)
        ax.scatter(sub["value"], y, s=36, c=["white" if not s_ else col for s_, col in zip(sub["is_strictest"], c)],
                   edgecolors=c, linewidths=1.0, zorder=3)  # the size and edge of plot()'s default "o" marker
        if len(sub) <= LIMITS_MAX_LABELLED:
            ax.set_yticks(y, sub["plan_label"].tolist(), fontsize=7)
        else:  # too many plans to name: each stays a dot in its level's colour
            ax.set_yticks([])
        ax.set_ylim(-0.7, len(sub) - 0.3)
        ax.invert_yaxis()
        first = sub.iloc[0]
        unit = UNIT_LABELS.get(first["unit"], {}).get(lang, first["unit"])
        per = {"每年": {"zh": "/年", "en": " a year"}}.get(first["basis"], {}).get(lang, first["basis"])
        ax.set_title(f"{first[label]}（{unit}{per}）" if lang == "zh" else f"{first[label]} ({unit}{per})", fontsize=9)
        ax.set_xlabel(_t(f"stricter_{first['stricter']}", lang), fontsize=7)
        lo, hi = min(sub["value_strictest"].min(), sub["value"].min()), max(sub["value_strictest"].max(), sub["value"].max())
        pad = (hi - lo) * 0.15 or max(abs(hi) * 0.2, 0.5)
        ax.set_xlim(min(0, lo - pad), hi + pad)
    for ax in list(axes.flat)[len(kinds):]:
        ax.set_axis_off()
    fig.suptitle(f"{_t('limits_title', lang)} — {_t('limits_note', lang)}", fontsize=10)
    handles = [plt.Line2D([], [], marker="o", ls="", color=c, label=lv_names.get(lv, lv)) for lv, c in colors.items()]
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=8, frameon=False,
               bbox_to_anchor=(0.5, -0.02))
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    data = df[["limit_kind", "basis", label, "unit", "stricter", "doc_id", "plan_label", "level", "level_label", "value",
               "value_strictest", "is_strictest"]].reset_index(drop=True)
    return fig, data


REUSE_MAX_PLANS = 30  # a plan × plan grid: beyond this its cells are unreadable and its image grows as n²


def reuse_heatmap_plans(document_reuse: pd.DataFrame, max_plans: int = REUSE_MAX_PLANS) -> list[str]:
    """The plans a reuse heatmap shows: all, or the ``max_plans`` with the largest summed ``reuse_pct``
    as reusing and as reused plan (ties by ``doc_id``)."""
    total = (document_reuse.groupby("doc_id")["reuse_pct"].sum()
             .add(document_reuse.groupby("other_doc_id")["reuse_pct"].sum(), fill_value=0.0))
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
    return [d for d, _ in ranked[:max_plans]]


def plot_reuse_heatmap(document_reuse: pd.DataFrame, documents: pd.DataFrame | None = None, *, lang: str = "zh",
                       max_plans: int = REUSE_MAX_PLANS):
    """Plan × plan heatmap of ``reuse_pct`` (row A reuses column B), plans ordered by level then id;
    the cells where B is A's reference plan are outlined. A corpus of more than ``max_plans`` plans
    shows the ``max_plans`` with the most reuse (:func:`reuse_heatmap_plans`; the title says so) and
    ``data`` holds their pairs only. Returns ``(fig, data)``."""
    if not len(document_reuse):
        return _empty(lang, _t("reuse_title", lang)), document_reuse.copy()
    n_all = len(set(document_reuse["doc_id"]) | set(document_reuse["other_doc_id"]))
    if n_all > max_plans:
        keep = set(reuse_heatmap_plans(document_reuse, max_plans))
        document_reuse = document_reuse[document_reuse["doc_id"].isin(keep) & document_reuse["other_doc_id"].isin(keep)]
    lv_names, lv_rank = _level_info(lang)
    lv_of = dict(zip(document_reuse["doc_id"], document_reuse["level"])) | dict(
        zip(document_reuse["other_doc_id"], document_reuse["other_level"]))
    plans = sorted(lv_of, key=lambda d: (lv_rank.get(lv_of[d], 99), d))
    regions = {}
    if documents is not None and "region" in documents.columns:
        regions = dict(zip(documents["doc_id"], documents["region"].astype("string").fillna("")))
    labels = [f"{d} {lv_names.get(lv_of[d], lv_of[d])} {regions.get(d, '')}".strip() for d in plans]
    mat = (document_reuse.pivot(index="doc_id", columns="other_doc_id", values="reuse_pct")
           .reindex(index=plans, columns=plans).to_numpy(float, copy=True))
    # document_reuse lists only plan pairs linked by a candidate: the others reuse nothing (0 %)
    off_diagonal = ~np.eye(len(plans), dtype=bool)
    mat[off_diagonal & np.isnan(mat)] = 0.0
    try:
        from .plotting import load_palette
        cmap = load_palette()["cmap"]["sequential"]
    except Exception:
        cmap = "cividis"
    n = len(plans)
    # cells shrink as plans grow, so the grid stays about 14 × 11 inches (a page) at most
    fig, ax = plt.subplots(figsize=(1.2 + min(0.75, 14 / n) * n, 1.0 + min(0.6, 11 / n) * n))
    masked = np.ma.masked_invalid(mat)
    im = ax.imshow(masked, cmap=cmap, vmin=0, vmax=max(100.0 if np.nanmax(np.nan_to_num(mat)) > 50 else 50.0, 1.0))
    for i in range(n):
        for j in range(n):
            if i != j and not np.isnan(mat[i, j]):
                ax.text(j, i, f"{mat[i, j]:.0f}", ha="center", va="center", fontsize=7,
                        color="white" if mat[i, j] < 25 else "black")
    ref = document_reuse[document_reuse["is_other_reference"].astype(bool)]
    for r in ref.itertuples(index=False):
        i, j = plans.index(r.doc_id), plans.index(r.other_doc_id)
        ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, ec="#D55E00", lw=1.5))
    ax.set_xticks(range(n), labels, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(n), labels, fontsize=7)
    ax.set_xlabel(_t("reuse_col", lang))
    ax.set_ylabel(_t("reuse_row", lang))
    fig.colorbar(im, ax=ax, shrink=0.8, label=_t("reuse_bar", lang))
    title = _t("reuse_title", lang)
    if n_all > max_plans:
        title += ("（" if lang == "zh" else " (") + _t("reuse_top", lang).format(k=n, n=n_all) + ("）" if lang == "zh" else ")")
    ax.set_title(title)
    data = document_reuse[["doc_id", "other_doc_id", "level", "other_level", "reuse_pct", "n_reused",
                           "n_measures", "is_other_reference"]].reset_index(drop=True)
    return fig, data


def render_figures(tables: dict[str, pd.DataFrame], out_dir, lang: str = "zh", *, workers: int = 1) -> list[dict]:
    """Draw and save the figures of this part (those whose tables exist) with
    :func:`analysis.plotting.save_figure`; return the figure-index entries. ``workers``: processes
    drawing side by side (:func:`analysis.plotting.run_figure_jobs`; same files either way)."""
    from .plotting import run_figure_jobs

    return run_figure_jobs(figure_jobs(tables, out_dir, lang), workers)


def figure_jobs(tables: dict[str, pd.DataFrame], out_dir, lang: str = "zh", cache=None) -> list:
    """The figures :func:`render_figures` draws, as jobs for :func:`analysis.plotting.run_figure_jobs`.
    ``cache``: an :class:`analysis.figure_cache.FigureCache` for these ``tables`` and ``lang``, or None."""
    from .figure_cache import wrap
    from .plotting import save_figure, use_style

    docs = tables.get("documents")
    specs = []
    if "stringency_by_level" in tables:
        specs.append(("stringency_by_level", lambda: plot_stringency_by_level(tables["stringency_by_level"], lang=lang),
                      "stringency_title", "stringency_by_level",
                      {"zh": "每个点为该层级该主题措施的平均严格度；线段为按方案自助抽样的 95% 区间（仅一个方案的层级无区间）。",
                       "en": "Each dot is the mean stringency of the level's measures of the theme; bars are 95% bootstrap intervals over plans (none for a level with one plan)."}))
    if "limits_comparison" in tables:
        specs.append(("limits_comparison", lambda: plot_limits(tables["limits_comparison"], docs, lang=lang),
                      "limits_title", "limits_comparison",
                      {"zh": "每个面板为一类限额（统一单位；会议时长按 1 天 = 8 小时，半天 = 4 小时）；实心点为该类中最严格的方案。",
                       "en": "One panel per kind of limit, in a common unit (meeting length: 1 day = 8 hours, half a day = 4 hours); filled dots mark the strictest plan."}))
    if "document_reuse" in tables:
        specs.append(("document_reuse", lambda: plot_reuse_heatmap(tables["document_reuse"], docs, lang=lang),
                      "reuse_title", "document_reuse",
                      {"zh": "单元格为方案 A（行）的措施中逐字或改写复用方案 B（列）的比例；橙框标出上级参照方案。",
                       "en": "Cells give the share of plan A's (row) measures that reuse plan B (column) verbatim or adapted; orange boxes mark A's higher-level reference plan."}))
    def job(stem, draw, title_key, source, caption):
        with use_style(lang):
            fig, data = draw()
            try:
                return save_figure(fig, f"{stem}_{lang}", out_dir, data=data, title=_t(title_key, lang),
                                   caption=caption[lang], source_table=source)
            finally:
                plt.close(fig)

    return [wrap(cache, f"{spec[0]}_{lang}", out_dir, functools.partial(job, *spec)) for spec in specs]
