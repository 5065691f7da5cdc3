"""Theme coverage of plans, compared across levels (or any other manifest column).

Corpus-wide stage :func:`coverage_stage` turns ``measure_themes`` (measure_id, theme_code, score,
is_primary, evidence) + ``measures`` + ``documents`` into four tables:

* ``coverage_by_document`` — plan × theme: measures carrying the theme, share of the plan's measures,
  whether the plan covers it. A measure counts toward its primary theme AND its further themes
  (``n_measures``); ``n_measures_primary`` counts primary themes only. "Covered" = at least one
  measure carries the theme (primary or further), because a plan that commits to cutting meetings
  inside a measure mostly about documents has still committed to it.
* ``coverage_by_level`` — group × theme: plans, plans covering, coverage % and mean share with
  percentile bootstrap intervals over plans.
* ``level_differences`` — pairs of groups × theme: differences with bootstrap intervals.
* ``keyness`` — produced by :mod:`analysis.keyness` (see ``keyness_stage``); this stage leaves it alone.

Groups: ``group_by`` names any ``documents`` column (``level`` default, ``campaign``, ``region`` …) or
``year`` (the first four digits of ``date``). Empty values form the group ``unknown``.

Intervals: plans are resampled with replacement within each group ``n_boot`` times (multinomial
weights, so memory grows with plans, not plans × themes × draws); each group has its own random
stream seeded from ``random_state`` and the group's name, so adding a level does not move the
intervals of the others. Groups with fewer than ``min_plans_ci`` plans get empty (NaN) bounds and
``is_ci_available = False``: one plan says nothing about how plans of its level vary.
"""
from __future__ import annotations

import itertools
import warnings
import zlib

import numpy as np
import pandas as pd

from . import config, schemas

UNKNOWN = "unknown"


def theme_codes(tables: dict | None = None) -> list[str]:
    """Theme codes in codebook order (from ``analysis.codebook``); falls back to those in ``measure_themes``."""
    try:
        from .codebook import load_codebook

        themes = load_codebook().themes
        return themes.sort_values(["order", "theme_code"])["theme_code"].astype(str).tolist()
    except ImportError:
        codes = (tables or {}).get("measure_themes", pd.DataFrame(columns=["theme_code"]))["theme_code"]
        return sorted(codes.astype(str).unique().tolist())


def plan_groups(documents: pd.DataFrame, group_by: str = "level") -> pd.DataFrame:
    """Each plan's group: columns ``doc_id, group_value, group_rank`` (sorted by rank, then doc_id).

    ``group_by="year"`` derives the year from ``date`` when the manifest has no ``year`` column.
    Levels are ranked top-down as in ``analysis/data/levels.csv``; other values in sorted order,
    ``unknown`` last.
    """
    if group_by in documents.columns:
        values = documents[group_by]
    elif group_by == "year" and "date" in documents.columns:
        values = documents["date"].astype("string").str.extract(r"^(\d{4})", expand=False)
    else:
        raise KeyError(f"cannot group by {group_by!r}: documents have columns {list(documents.columns)}")
    values = values.astype("string").str.strip().replace("", pd.NA).fillna(UNKNOWN)
    out = pd.DataFrame({"doc_id": documents["doc_id"].astype("string").to_numpy(), "group_value": values.to_numpy()})
    present = sorted(set(out["group_value"]) - {UNKNOWN})
    order = ([v for v in config.level_order() if v in present] + [v for v in present if v not in config.level_order()]
             if group_by == "level" else present)
    order += [UNKNOWN] if UNKNOWN in set(out["group_value"]) else []
    out["group_rank"] = out["group_value"].map({v: i for i, v in enumerate(order)}).astype("int64")
    return out.sort_values(["group_rank", "doc_id"], kind="mergesort").reset_index(drop=True)


def coverage_by_document(measure_themes: pd.DataFrame, measures: pd.DataFrame, documents: pd.DataFrame,
                         themes: list[str]) -> pd.DataFrame:
    """Plan × theme table (see module docstring); every plan × every theme in ``themes``, in that order."""
    mt = measure_themes[["measure_id", "theme_code", "is_primary"]].merge(
        measures[["measure_id", "doc_id"]], on="measure_id", how="inner")
    mt = mt.drop_duplicates(["measure_id", "theme_code"])  # one vote per measure and theme
    mt["is_primary"] = mt["is_primary"].astype("boolean").fillna(False).astype(bool)
    counts = mt.groupby(["doc_id", "theme_code"], sort=False).agg(
        n_measures=("measure_id", "size"), n_measures_primary=("is_primary", "sum"))
    n_doc = measures.groupby("doc_id").size()
    docs = documents[["doc_id", "level"]].astype("string").sort_values("doc_id", kind="mergesort")
    grid = pd.MultiIndex.from_product([docs["doc_id"], themes], names=["doc_id", "theme_code"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    out["level"] = out["doc_id"].map(dict(zip(docs["doc_id"], docs["level"])))
    out["n_measures_doc"] = out["doc_id"].map(n_doc).fillna(0).astype("int64")
    denom = out["n_measures_doc"].where(out["n_measures_doc"] > 0)
    out["share_pct"] = out["n_measures"] / denom * 100
    out["share_primary_pct"] = out["n_measures_primary"] / denom * 100
    out["is_covered"] = out["n_measures"] > 0
    return schemas.validate(out, "coverage_by_document")


def _group_seed(random_state: int, key: str) -> np.random.Generator:
    """A random stream per group, stable across runs and independent of which other groups exist."""
    return np.random.default_rng([int(random_state), zlib.crc32(key.encode("utf-8"))])


def _bootstrap_means(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap means of the rows of ``x`` (plans × themes, NaN = no value): array (n_boot × themes)."""
    n = x.shape[0]
    w = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot).astype(float)  # n_boot × plans
    ok = ~np.isnan(x)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (w @ np.where(ok, x, 0.0)) / (w @ ok.astype(float))


def _pivot(cov: pd.DataFrame, docs: list[str], themes: list[str], col: str) -> np.ndarray:
    return (cov.pivot(index="doc_id", columns="theme_code", values=col)
            .reindex(index=docs, columns=themes).to_numpy(dtype=float, na_value=np.nan))


def coverage_by_group(cov: pd.DataFrame, groups: pd.DataFrame, themes: list[str], *, group_by: str = "level",
                      n_boot: int = 2000, random_state: int = 0, ci: float = 0.95, min_plans_ci: int = 2):
    """Group × theme table with bootstrap intervals, plus the draws ``{group: (cov_draws, share_draws)}``."""
    lo, hi = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
    rows, draws = [], {}
    for (value, rank), g in groups.groupby(["group_value", "group_rank"], sort=False):
        docs = g["doc_id"].tolist()
        covered = _pivot(cov, docs, themes, "is_covered")
        share = _pivot(cov, docs, themes, "share_pct")
        n_meas = _pivot(cov, docs, themes, "n_measures").sum(axis=0)
        has_ci = len(docs) >= min_plans_ci
        rng = _group_seed(random_state, f"{group_by}={value}")
        bc, bs = _bootstrap_means(covered, n_boot, rng) * 100, _bootstrap_means(share, n_boot, rng)
        draws[value] = (bc, bs, len(docs))
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices: plans without measures
            mean_share = np.nanmean(share, axis=0)
            qc, qs = np.nanpercentile(bc, [lo, hi], axis=0), np.nanpercentile(bs, [lo, hi], axis=0)
        for j, theme in enumerate(themes):
            rows.append({
                "group_by": group_by, "group_value": value, "group_rank": rank, "theme_code": theme,
                "n_plans": len(docs), "n_plans_covering": int(covered[:, j].sum()),
                "coverage_pct": covered[:, j].mean() * 100,
                "coverage_ci_low_pct": qc[0, j] if has_ci else np.nan,
                "coverage_ci_high_pct": qc[1, j] if has_ci else np.nan,
                "mean_share_pct": mean_share[j],
                "share_ci_low_pct": qs[0, j] if has_ci else np.nan,
                "share_ci_high_pct": qs[1, j] if has_ci else np.nan,
                "n_measures": int(n_meas[j]), "is_ci_available": has_ci,
            })
    out = pd.DataFrame(rows, columns=[c.name for c in schemas.get("coverage_by_level").columns])
    return schemas.validate(out, "coverage_by_level"), draws


def group_differences(by_group: pd.DataFrame, draws: dict, *, ci: float = 0.95, min_plans_ci: int = 2):
    """Every pair of groups (a before b in display order) × theme: differences with bootstrap intervals."""
    lo, hi = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
    order = by_group.drop_duplicates("group_value").sort_values("group_rank", kind="mergesort")["group_value"].tolist()
    themes = by_group["theme_code"].drop_duplicates().tolist()
    idx = by_group.set_index(["group_value", "theme_code"])
    rows = []
    for a, b in itertools.combinations(order, 2):
        (ca, sa, na), (cb, sb, nb) = draws[a], draws[b]
        has_ci = min(na, nb) >= min_plans_ci
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices: plans without measures
            qc = np.nanpercentile(ca - cb, [lo, hi], axis=0)
            qs = np.nanpercentile(sa - sb, [lo, hi], axis=0)
        for j, theme in enumerate(themes):
            ra, rb = idx.loc[(a, theme)], idx.loc[(b, theme)]
            rows.append({
                "group_by": ra["group_by"], "group_a": a, "group_b": b, "theme_code": theme,
                "n_plans_a": na, "n_plans_b": nb,
                "coverage_a_pct": ra["coverage_pct"], "coverage_b_pct": rb["coverage_pct"],
                "diff_coverage_pct": ra["coverage_pct"] - rb["coverage_pct"],
                "diff_coverage_ci_low_pct": qc[0, j] if has_ci else np.nan,
                "diff_coverage_ci_high_pct": qc[1, j] if has_ci else np.nan,
                "diff_share_pct": ra["mean_share_pct"] - rb["mean_share_pct"],
                "diff_share_ci_low_pct": qs[0, j] if has_ci else np.nan,
                "diff_share_ci_high_pct": qs[1, j] if has_ci else np.nan,
                "is_ci_available": has_ci,
            })
    out = pd.DataFrame(rows, columns=[c.name for c in schemas.get("level_differences").columns])
    return schemas.validate(out, "level_differences")


def coverage_tables(measure_themes, measures, documents, *, themes=None, group_by="level", n_boot=2000,
                    random_state=0, ci=0.95, min_plans_ci=2) -> dict[str, pd.DataFrame]:
    """The three coverage tables (``coverage_by_document``, ``coverage_by_level``, ``level_differences``)."""
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1, not {ci!r}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, not {n_boot!r}")
    themes = list(themes) if themes is not None else theme_codes({"measure_themes": measure_themes})
    cov = coverage_by_document(measure_themes, measures, documents, themes)
    groups = plan_groups(documents, group_by)
    by_group, draws = coverage_by_group(cov, groups, themes, group_by=group_by, n_boot=n_boot,
                                        random_state=random_state, ci=ci, min_plans_ci=min_plans_ci)
    diffs = group_differences(by_group, draws, ci=ci, min_plans_ci=min_plans_ci)
    return {"coverage_by_document": cov, "coverage_by_level": by_group, "level_differences": diffs}


def coverage_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measure_themes`` + ``measures`` + ``documents`` -> the coverage tables.

    Params: ``group_by`` ("level"), ``n_boot`` (2000), ``random_state`` (0), ``ci`` (0.95),
    ``min_plans_ci`` (2). Also runs :func:`analysis.keyness.keyness_stage` when ``measure_tokens``
    is present, so the stage yields all four tables.
    """
    out = coverage_tables(
        tables.get("measure_themes", pd.DataFrame(columns=["measure_id", "theme_code", "is_primary"])),
        tables["measures"], tables["documents"],
        group_by=params.get("group_by", "level"), n_boot=int(params.get("n_boot", 2000)),
        random_state=int(params.get("random_state", 0)), ci=float(params.get("ci", 0.95)),
        min_plans_ci=int(params.get("min_plans_ci", 2)))
    if "measure_tokens" in tables:
        from .keyness import keyness_stage

        out.update(keyness_stage(tables, params))
    return out
