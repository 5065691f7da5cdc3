"""Stringency: a documented score per measure, its level × theme means with bootstrap intervals, and
like limits lined up across plans.

Everything a researcher tunes (wording weights, caps, limit kinds, the hours in a day) is in
``analysis/data/stringency.toml``; the score is::

    stringency_score = quantified_weight * min(n_commitments, quantified_cap)
                     + min(sum of strong-wording weights, strong_cap)
                     - min(sum of hedge-wording weights, hedge_cap)

Tables: ``measure_stringency`` (per measure, each component shown), ``stringency_by_level``
(level × primary theme, percentile bootstrap over plans, empty bounds when a level has fewer than
``min_plans_ci`` plans) and ``limits_comparison`` (plan × limit kind in a common unit).
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd

from . import config as _config
from . import schemas

FAMILIES = {"<=": "limit", ">=": "limit", "=": "limit", "reduce=": "reduce", "reduce>=": "reduce",
            "reduce<=": "reduce", "no_increase": "reduce"}
_KIND_KEYS = {"code", "label_zh", "label_en", "keywords", "units", "unit", "family", "stricter"}


# ---------------------------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------------------------
def load_stringency_config(path: Path | str | None = None) -> dict:
    """Read and check ``stringency.toml``: ``scoring``, ``conventions``, ``strong``, ``hedge``,
    ``limit_kinds`` and ``reuse``. Cue patterns are compiled (``entry["regex"]``).

    Raises ``ValueError`` naming the file and the bad entry. The result is cached per file and
    modification time (the per-document stage asks for it once per plan): treat it as read-only.
    """
    path = Path(path) if path else _config.data_path("stringency.toml")
    st = path.stat()
    return _load_config(str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=8)
def _load_config(path: str, _mtime_ns: int, _size: int) -> dict:
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    for key in ("scoring", "conventions", "strong", "hedge", "limit_kinds"):
        if key not in cfg:
            raise ValueError(f"{path}: missing section [{key}]")
    for group in ("strong", "hedge"):
        for entry in cfg[group]:
            if not isinstance(entry.get("weight"), (int, float)) or entry["weight"] < 0:
                raise ValueError(f"{path}: [[{group}]] {entry.get('pattern')!r} needs a weight >= 0")
            try:
                entry["regex"] = re.compile(entry["pattern"])
            except (KeyError, re.error) as exc:
                raise ValueError(f"{path}: [[{group}]] bad pattern {entry.get('pattern')!r}: {exc}") from exc
    seen = set()
    for kind in cfg["limit_kinds"]:
        missing = _KIND_KEYS - set(kind)
        if missing:
            raise ValueError(f"{path}: limit kind {kind.get('code')!r} lacks {sorted(missing)}")
        if kind["stricter"] not in ("lower", "higher") or kind["family"] not in ("limit", "reduce"):
            raise ValueError(f"{path}: limit kind {kind['code']!r}: stricter must be lower/higher, family limit/reduce")
        if kind["code"] in seen:
            raise ValueError(f"{path}: limit kind {kind['code']!r} declared twice")
        seen.add(kind["code"])
    cfg.setdefault("reuse", {}).setdefault("stock_phrases", [])
    return cfg


# ---------------------------------------------------------------------------------------------
# Limit kinds
# ---------------------------------------------------------------------------------------------
def assign_limit_kind(text: str, c, kinds: list[dict]) -> str | None:
    """The limit kind of commitment ``c`` found in measure ``text``: the first kind whose keywords
    occur in the commitment's clause (else in the earlier clauses of its sentence), whose units
    include ``c.unit`` and whose family fits ``c.comparator``. ``None`` when no kind fits."""
    from .commitments import _clause_bounds, _sentence_start

    family = FAMILIES.get(c.comparator)
    if family is None:
        return None
    cs, ce = _clause_bounds(text, c.start)
    contexts = [text[cs:ce], text[_sentence_start(text, c.start):cs]]
    fitting = [k for k in kinds if k["family"] == family and c.unit in k["units"]
               and (not k.get("raw_units") or c.unit_raw in k["raw_units"])]
    for ctx in contexts:
        for k in fitting:
            if any(w in ctx for w in k["keywords"]):
                return k["code"]
    return None


def to_kind_unit(value: float, unit: str, kind: dict, conventions: dict) -> float:
    """``value`` in ``unit`` converted to the kind's common unit (hours: 1 day = ``hours_per_day``)."""
    target = kind["unit"]
    if unit == target:
        return float(value)
    hpd = float(conventions.get("hours_per_day", 8.0))
    minutes = {"minutes": 1.0, "hours": 60.0, "days": 60.0 * hpd}
    if unit in minutes and target in minutes:
        return float(value) * minutes[unit] / minutes[target]
    raise ValueError(f"cannot convert {unit} to {target} for limit kind {kind['code']}")


# ---------------------------------------------------------------------------------------------
# Per-measure score
# ---------------------------------------------------------------------------------------------
def find_cues(text: str, entries: list[dict]) -> list[tuple[int, int, str, float]]:
    """Leftmost-longest, non-overlapping hits of the cue ``entries`` in ``text``:
    ``(start, end, matched text, weight)``."""
    hits = [(m.start(), m.end(), m.group(0), float(e["weight"]))
            for e in entries for m in e["regex"].finditer(text) if m.end() > m.start()]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), -h[3]))
    out, last_end = [], -1
    for h in hits:
        if h[0] >= last_end:
            out.append(h)
            last_end = h[1]
    return out


def score_measures(measures: pd.DataFrame, commitments: pd.DataFrame, cfg: dict | None = None, *,
                   validate: bool = True) -> pd.DataFrame:
    """The ``measure_stringency`` table: one row per measure with every component of the score
    (``validate=False``: not checked against the schema; the runner checks the assembled table)."""
    cfg = cfg or load_stringency_config()
    sc = cfg["scoring"]
    n_comm = commitments.groupby("measure_id").size() if len(commitments) else pd.Series(dtype="int64")
    rows = []
    for m in measures.itertuples(index=False):
        text = str(m.text)
        strong, hedge = find_cues(text, cfg["strong"]), find_cues(text, cfg["hedge"])
        n = int(n_comm.get(m.measure_id, 0))
        q = float(sc["quantified_weight"]) * min(n, int(sc["quantified_cap"]))
        s = min(sum(h[3] for h in strong), float(sc["strong_cap"]))
        h = min(sum(x[3] for x in hedge), float(sc["hedge_cap"]))
        rows.append({
            "measure_id": m.measure_id, "doc_id": m.doc_id, "n_commitments": n, "quantified_component": q,
            "n_strong_cues": len(strong), "strong_component": s, "n_hedge_cues": len(hedge), "hedge_component": h,
            "stringency_score": q + s - h,
            "strong_cues": ";".join(x[2] for x in strong) or None, "hedge_cues": ";".join(x[2] for x in hedge) or None,
        })
    if not rows:
        return schemas.empty("measure_stringency")
    out = pd.DataFrame(rows)
    return schemas.validate(out, "measure_stringency") if validate else out


# ---------------------------------------------------------------------------------------------
# Level × theme
# ---------------------------------------------------------------------------------------------
def _level_ranks() -> dict[str, int]:
    lv = _config.load_levels()
    return dict(zip(lv["level"], lv["rank"].astype(int)))


def primary_themes(measures: pd.DataFrame, measure_themes: pd.DataFrame | None) -> pd.Series:
    """Primary theme per measure (index measure_id); ``unthemed`` where ``measure_themes`` has none."""
    out = pd.Series("unthemed", index=measures["measure_id"].astype(str), dtype="string")
    if measure_themes is not None and len(measure_themes):
        prim = measure_themes[measure_themes["is_primary"].astype(bool)]
        prim = prim.drop_duplicates("measure_id").set_index("measure_id")["theme_code"].astype("string")
        out.update(prim[prim.index.isin(out.index)])
    return out


def stringency_by_level(measures: pd.DataFrame, measure_stringency: pd.DataFrame, documents: pd.DataFrame,
                        measure_themes: pd.DataFrame | None = None, *, n_boot: int = 1000, ci: float = 0.95,
                        min_plans_ci: int = 2, random_state: int = 0) -> pd.DataFrame:
    """Mean stringency and share of quantified measures per level × primary theme (and theme ``all``).

    Intervals: percentile bootstrap over plans (plans of the level resampled with replacement,
    ``n_boot`` times, ``numpy.random.default_rng(random_state)``; the statistic pools the measures
    of the resampled plans). Levels with fewer than ``min_plans_ci`` plans get empty bounds.
    """
    df = measure_stringency.merge(documents[["doc_id", "level"]], on="doc_id", how="left")
    df["theme_code"] = primary_themes(measures, measure_themes).reindex(df["measure_id"].astype(str)).to_numpy()
    df["theme_code"] = df["theme_code"].fillna("unthemed")
    df["is_q"] = (df["n_commitments"] > 0).astype(float)
    df = pd.concat([df, df.assign(theme_code="all")], ignore_index=True)
    ranks = _level_ranks()
    rng = np.random.default_rng(random_state)
    rows = []
    levels = sorted(documents["level"].dropna().unique(), key=lambda lv: (ranks.get(lv, 99), lv))
    for level in levels:
        plans = sorted(documents.loc[documents["level"] == level, "doc_id"].astype(str))
        sub = df[df["level"] == level]
        themes = sorted(sub["theme_code"].unique())
        g = sub.groupby(["doc_id", "theme_code"])
        S = g["stringency_score"].sum().unstack(fill_value=0).reindex(index=plans, columns=themes, fill_value=0)
        N = g.size().unstack(fill_value=0).reindex(index=plans, columns=themes, fill_value=0)
        Q = g["is_q"].sum().unstack(fill_value=0).reindex(index=plans, columns=themes, fill_value=0)
        boot = None
        if len(plans) >= min_plans_ci and n_boot > 0:
            idx = rng.integers(0, len(plans), size=(n_boot, len(plans)))
            W = np.stack([np.bincount(r, minlength=len(plans)) for r in idx]).astype(float)
            with np.errstate(invalid="ignore", divide="ignore"):
                bn = W @ N.to_numpy(float)
                boot = (W @ S.to_numpy(float) / bn, 100 * W @ Q.to_numpy(float) / bn)
        a = (1 - ci) / 2 * 100
        for j, theme in enumerate(themes):
            n = int(N[theme].sum())
            row = {"level": level, "level_rank": ranks.get(level, 99), "theme_code": theme, "n_plans": len(plans),
                   "n_plans_with_theme": int((N[theme] > 0).sum()), "n_measures": n,
                   "mean_score": float(S[theme].sum() / n) if n else np.nan,
                   "quantified_pct": float(100 * Q[theme].sum() / n) if n else np.nan,
                   "score_ci_low": np.nan, "score_ci_high": np.nan,
                   "quantified_ci_low_pct": np.nan, "quantified_ci_high_pct": np.nan,
                   "is_ci_available": boot is not None}
            if boot is not None:
                for name, arr in (("score", boot[0][:, j]), ("quantified", boot[1][:, j])):
                    arr = arr[np.isfinite(arr)]
                    if len(arr):
                        lo, hi = np.percentile(arr, [a, 100 - a])
                        suffix = "_pct" if name == "quantified" else ""
                        row[f"{name}_ci_low{suffix}"], row[f"{name}_ci_high{suffix}"] = float(lo), float(hi)
            rows.append(row)
    if not rows:
        return schemas.empty("stringency_by_level")
    return schemas.validate(pd.DataFrame(rows), "stringency_by_level")


# ---------------------------------------------------------------------------------------------
# Like limits across plans
# ---------------------------------------------------------------------------------------------
def limits_comparison(commitments: pd.DataFrame, documents: pd.DataFrame, cfg: dict | None = None) -> pd.DataFrame:
    """One row per limit kind × basis × plan that states it: the loosest and strictest value in the
    kind's common unit, and whether the plan is the strictest of the plans stating the kind.

    Rates (kinds with ``per_year``) are converted to a year when their frequency is a period
    (``每季度至少1次`` -> 4 a year; basis ``每年``); others keep their frequency as basis (``每次``, or
    empty when none is printed), so only like is compared with like.

    ``value`` is the loosest (the largest cap, or the smallest floor, the plan allows anywhere);
    ranges count by the end that binds (upper end of a cap, lower end of a floor). Conditions
    (``is_conditional``) and commitments without a kind are left out.
    """
    cfg = cfg or load_stringency_config()
    kinds = {k["code"]: k for k in cfg["limit_kinds"]}
    order = {k["code"]: i for i, k in enumerate(cfg["limit_kinds"])}
    c = commitments[commitments["limit_kind"].notna() & ~commitments["is_conditional"].astype(bool)]
    c = c[c["limit_kind"].isin(kinds)]
    if not len(c):
        return schemas.empty("limits_comparison")
    ranks = _level_ranks()
    docs = documents.set_index("doc_id")
    vals, bases = [], []
    for r in c.itertuples(index=False):
        k = kinds[r.limit_kind]
        v = r.value_high if (k["stricter"] == "lower" and pd.notna(r.value_high)) else r.value
        v = to_kind_unit(v, r.unit, k, cfg["conventions"])
        freq = None if pd.isna(r.frequency) else str(r.frequency)
        per_year = per_year_factor(freq, cfg["conventions"]) if k.get("per_year") else None
        vals.append(v * per_year if per_year is not None else v)
        bases.append("每年" if per_year is not None else (freq or "") if k.get("per_year") else "")
    c = c.assign(kind_value=vals, basis=bases)
    keys = ["limit_kind", "basis", "doc_id"]
    # one pass over all groups (a loop over groups cost ~2 ms each: minutes on thousands of plans)
    c = c.sort_values([*keys, "kind_value", "char_start"], kind="mergesort").reset_index(drop=True)
    grouped = c.groupby(keys, sort=True)
    lower = c["limit_kind"].map(lambda code: kinds[code]["stricter"] == "lower").to_numpy()
    is_loosest = np.where(lower, grouped.cumcount(ascending=False).to_numpy() == 0, grouped.cumcount().to_numpy() == 0)
    out = c[is_loosest][[*keys, "kind_value", "text"]].rename(columns={"kind_value": "value", "text": "example_text"})
    out = out.set_index(keys)
    out["n_commitments"] = grouped.size()
    out["value_strictest"] = np.where(lower[is_loosest], grouped["kind_value"].min(), grouped["kind_value"].max())
    out["commitment_ids"] = grouped["commitment_id"].agg(";".join)
    freq = c.dropna(subset=["frequency"]).groupby([*keys, "frequency"], sort=True).size().rename("n").reset_index()
    freq = freq.sort_values([*keys, "n", "frequency"], ascending=[True, True, True, False, True], kind="mergesort")
    out["frequency"] = freq.drop_duplicates(keys).set_index(keys)["frequency"]   # the mode, ties: first in order
    out = out.reset_index()
    out["value"] = out["value"].astype(float)
    out["value_strictest"] = out["value_strictest"].astype(float)
    for col in ("label_zh", "label_en", "unit", "stricter"):
        out[col] = out["limit_kind"].map(lambda code, col=col: kinds[code][col])
    out["level"] = out["doc_id"].map(docs["level"]) if "level" in docs.columns else None
    out = out[["limit_kind", "basis", "label_zh", "label_en", "unit", "stricter", "doc_id", "level", "n_commitments",
               "value", "value_strictest", "frequency", "example_text", "commitment_ids"]]
    out["level_rank"] = out["level"].map(lambda lv: ranks.get(lv, 99)).astype("Int64")
    grp = out.groupby(["limit_kind", "basis"])["value"]
    best = grp.transform("min").where(out["stricter"] == "lower", grp.transform("max"))
    out["is_strictest"] = out["value"] == best
    out["n_plans_in_kind"] = out.groupby(["limit_kind", "basis"])["doc_id"].transform("size")
    out["kind_order"] = out["limit_kind"].map(order)
    out = out.sort_values(["kind_order", "basis", "level_rank", "doc_id"], kind="mergesort").drop(columns="kind_order")
    return schemas.validate(out, "limits_comparison")


PER_YEAR = {"每年": 1.0, "每半年": 2.0, "每季度": 4.0, "每月": 12.0, "每周": 52.0, "每天": 365.0,
            "每两年": 0.5, "每三年": 1 / 3, "每五年": 0.2}


def per_year_factor(frequency: str | None, conventions: dict) -> float | None:
    """Times a year a period recurs (每季度 -> 4, 每届 -> 1 / ``years_per_term``); ``None`` when the
    frequency is not a period (每次) or missing."""
    if frequency == "每届":
        return 1.0 / float(conventions.get("years_per_term", 5.0))
    return PER_YEAR.get(frequency) if frequency else None


# ---------------------------------------------------------------------------------------------
# Stage
# ---------------------------------------------------------------------------------------------
def stringency_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measures``, ``measure_stringency``, ``commitments``, ``documents`` and
    (if present) ``measure_themes`` in; ``stringency_by_level`` and ``limits_comparison`` out.
    Params: ``stringency_n_boot`` (1000), ``stringency_ci`` (0.95), ``min_plans_ci`` (2),
    ``random_state`` (0), ``stringency_config`` (path; default the shipped file)."""
    cfg = load_stringency_config(params.get("stringency_config"))
    ms = tables.get("measure_stringency")
    if ms is None:
        ms = schemas.empty("measure_stringency")
    by_level = stringency_by_level(
        tables["measures"], ms, tables["documents"], tables.get("measure_themes"),
        n_boot=int(params.get("stringency_n_boot", 1000)), ci=float(params.get("stringency_ci", 0.95)),
        min_plans_ci=int(params.get("min_plans_ci", 2)), random_state=int(params.get("random_state", 0)))
    commitments = tables.get("commitments")
    if commitments is None:
        commitments = schemas.empty("commitments")
    return {"stringency_by_level": by_level, "limits_comparison": limits_comparison(commitments, tables["documents"], cfg)}
