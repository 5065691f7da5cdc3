"""Validation of the theme assignment against hand labels, and codebook diagnostics.

Hand-label CSV (``corpus/labels/theme_labels.csv``), UTF-8, one row per labelled measure:

=================  ================================================================
``doc_id``         document of the measure
``label``          the number as printed (``5``, ``（一）``, ``一是``); empty if none
``text_prefix``    the first ~15 characters of the measure text (after its number)
``primary_theme``  the theme the measure is mostly about (codebook id)
``further_themes`` further themes it clearly commits to, ``;``-separated (may be empty)
``note``           free text
=================  ================================================================

The reference (doc, printed label, text prefix) survives re-extraction: a label is matched to the
measure of the same document whose text — number stripped, whitespace and punctuation ignored —
starts with the prefix (the printed label breaks ties); failing that, whose opening 60 characters
contain it. Unmatched labels are counted (``validation_summary``: ``n_labels`` − ``n_matched``).

A *hold-out* CSV (``tests/data/theme_holdout.csv``; :func:`read_holdout`, :func:`evaluate_holdout`)
carries whole measures (``measure_id, doc_id, level, section, heading, text``) with the same two
label columns, so the assigner can be scored on plans that are not in the corpus.

``validation_stage(tables, params)`` (param ``labels_path``; None -> empty validation tables)
returns ``validation_metrics``, ``validation_summary``, ``validation_confusion`` and
``cue_diagnostics``.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, f1_score, precision_recall_fscore_support

from . import schemas
from .codebook import Codebook, load_codebook
from .themes import _fold, _str, assign_themes, assign_themes_and_fires, strip_label

LABEL_COLUMNS = ["doc_id", "label", "text_prefix", "primary_theme", "further_themes", "note"]
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)  # whitespace and punctuation, ignored when matching


class LabelError(ValueError):
    """The hand-label file is malformed (message names the file and row)."""


def _norm(s: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", s or ""))


def read_labels(path: Path | str, codebook: Codebook | None = None) -> pd.DataFrame:
    """Read and check a hand-label CSV; unknown theme ids raise :class:`LabelError` naming the row."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in LABEL_COLUMNS if c not in df.columns]
    if missing:
        raise LabelError(f"{path}: missing columns {missing}")
    _check_themes(df, path, codebook)
    return df[LABEL_COLUMNS].reset_index(drop=True)


def _check_themes(df: pd.DataFrame, path, codebook: Codebook | None = None) -> None:
    """Check ``primary_theme`` / ``further_themes`` of a label frame against the codebook (raises :class:`LabelError`)."""
    known = set((codebook or load_codebook()).theme_codes)
    for i, (prim, further) in enumerate(zip(df["primary_theme"], df["further_themes"])):
        themes = [prim] + [t for t in further.split(";") if t.strip()]
        bad = [t for t in themes if t.strip() not in known]
        if bad:
            raise LabelError(f"{path}: row {i + 2}: unknown theme(s) {bad}")


def match_labels(labels: pd.DataFrame, measures: pd.DataFrame) -> pd.Series:
    """``measure_id`` for each label row (``<NA>`` where no measure matches), index aligned with ``labels``."""
    norm_text = {mid: _norm(strip_label(str(t))) for mid, t in zip(measures["measure_id"], measures["text"])}
    raw_text = {mid: _norm(str(t)) for mid, t in zip(measures["measure_id"], measures["text"])}
    by_doc = measures.groupby("doc_id", sort=False)
    out = []
    for r in labels.itertuples(index=False):
        if r.doc_id not in by_doc.groups:
            out.append(pd.NA)
            continue
        m = measures.loc[by_doc.groups[r.doc_id]]
        pre = _norm(strip_label(r.text_prefix))
        hits = [mid for mid in m["measure_id"]
                if pre and (norm_text[mid].startswith(pre) or raw_text[mid].startswith(pre))]
        if not hits:
            hits = [mid for mid in m["measure_id"] if pre and pre in raw_text[mid][:60]]
        if len(hits) > 1 and "label" in m.columns:
            lab = _norm(r.label)
            same = [mid for mid, ml in zip(m["measure_id"], m["label"]) if mid in hits and _norm(_str(ml)) == lab]
            hits = same or hits
        out.append(hits[0] if hits else pd.NA)
    return pd.Series(out, index=labels.index, dtype="string")


def evaluate(labels: pd.DataFrame, measure_themes: pd.DataFrame, measures: pd.DataFrame,
             codebook: Codebook | None = None) -> dict[str, pd.DataFrame]:
    """Compare hand labels with the assignment.

    Returns ``validation_metrics``, ``validation_summary`` and ``validation_confusion``.

    ``labels`` with a ``measure_id`` column (a hold-out set) are not matched by text prefix.

    Primary-theme statistics: per-theme precision/recall/F1, accuracy, Cohen's kappa, macro F1
    over the themes that occur (hand or assigned), F1 over the headline themes (micro and macro).
    ``further_recall``: share of hand-labelled further themes found among the assigned themes.
    """
    cb = codebook or load_codebook()
    lab = labels.copy()
    if "measure_id" not in lab.columns:  # a hold-out file names its measures; hand labels are matched
        lab["measure_id"] = match_labels(lab, measures)
    matched = lab.dropna(subset=["measure_id"])
    prim = measure_themes[measure_themes["is_primary"].astype(bool)].set_index("measure_id")["theme_code"]
    y_true = matched["primary_theme"].str.strip().tolist()
    y_pred = [str(prim.get(mid, "other")) for mid in matched["measure_id"]]
    codes = cb.theme_codes
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=codes, zero_division=np.nan) \
        if y_true else [np.full(len(codes), np.nan)] * 3 + [np.zeros(len(codes))]
    n_assigned = [sum(1 for y in y_pred if y == c) for c in codes]
    metrics = pd.DataFrame({"theme_code": codes, "precision": p, "recall": r, "f1": f,
                            "support": np.asarray(s, dtype=int), "n_assigned": n_assigned})
    conf = (pd.DataFrame({"hand_theme": y_true, "assigned_theme": y_pred}).value_counts()
            .rename("n").reset_index().sort_values(["hand_theme", "assigned_theme"], kind="mergesort"))
    summary = _summary(lab, matched, y_true, y_pred, measure_themes, cb)
    return {"validation_metrics": schemas.validate(metrics, "validation_metrics"),
            "validation_summary": schemas.validate(summary, "validation_summary"),
            "validation_confusion": schemas.validate(conf, "validation_confusion")}


HOLDOUT_COLUMNS = ["measure_id", "doc_id", "level", "section", "heading", "text", "primary_theme",
                   "further_themes", "note"]


def read_holdout(path: Path | str, codebook: Codebook | None = None) -> pd.DataFrame:
    """Read a hold-out CSV: measures written out in full with their hand labels (``HOLDOUT_COLUMNS``).

    Unlike the hand-label file it carries the measures themselves (text, section, heading), so the
    assigner can be scored without the corpus. Unknown themes or duplicate ``measure_id`` raise
    :class:`LabelError` naming the file and row.
    """
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in HOLDOUT_COLUMNS if c not in df.columns]
    if missing:
        raise LabelError(f"{path}: missing columns {missing}")
    dup = df["measure_id"].duplicated()
    if dup.any():
        raise LabelError(f"{path}: row {int(dup.to_numpy().argmax()) + 2}: duplicate measure_id")
    _check_themes(df, path, codebook)
    return df[HOLDOUT_COLUMNS].reset_index(drop=True)


def evaluate_holdout(holdout: pd.DataFrame, codebook: Codebook | None = None,
                     measure_themes: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Assign themes to a hold-out set (:func:`read_holdout`) and compare with its labels.

    Returns what :func:`evaluate` returns plus ``measure_themes`` (the assignment). Plans are the
    ``doc_id`` values, so ``coverage_agreement_core`` is per plan × core theme.
    """
    cb = codebook or load_codebook()
    measures = holdout[["measure_id", "doc_id", "section", "heading", "text"]]
    mt = assign_themes(measures, cb) if measure_themes is None else measure_themes
    out = evaluate(holdout[["measure_id", "doc_id", "primary_theme", "further_themes"]], mt, measures, cb)
    out["measure_themes"] = mt
    return out


def _summary(lab, matched, y_true, y_pred, measure_themes, cb) -> pd.DataFrame:
    present = sorted(set(y_true) | set(y_pred))
    head = cb.headline_codes
    kept = pd.Series({k: set(v) for k, v in measure_themes.groupby("measure_id")["theme_code"]}, dtype=object)
    wanted = found = 0
    for mid, ft in zip(matched["measure_id"], matched["further_themes"]):
        for t in (x.strip() for x in ft.split(";") if x.strip()):
            wanted += 1
            found += t in kept.get(mid, set())
    n = len(y_true)
    core = cb.themes.loc[cb.themes["group"] == "core", "theme_code"].tolist()
    rows = [
        ("n_labels", len(lab), "hand-labelled measures in the file"),
        ("n_matched", n, "labels matched to a measure of the tables"),
        ("accuracy", np.mean([a == b for a, b in zip(y_true, y_pred)]) if n else np.nan,
         "share of matched labels whose primary theme agrees"),
        ("cohen_kappa", cohen_kappa_score(y_true, y_pred) if n and len(set(y_true) | set(y_pred)) > 1 else np.nan,
         "Cohen's kappa of primary themes (agreement beyond chance)"),
        ("macro_f1", f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0) if n else np.nan,
         "unweighted mean F1 over themes occurring in hand labels or assignment"),
        ("headline_f1", f1_score(y_true, y_pred, labels=head, average="micro", zero_division=0) if n else np.nan,
         "micro-averaged F1 over the five headline themes"),
        ("headline_macro_f1", f1_score(y_true, y_pred, labels=head, average="macro", zero_division=0) if n else np.nan,
         "mean F1 of the five headline themes"),
        ("further_recall", found / wanted if wanted else np.nan,
         "share of hand-labelled further themes that the assignment keeps (primary or further)"),
        ("coverage_agreement_core", _coverage_agreement(matched, kept, core),
         "plan x core-theme cells (does any labelled measure of the plan carry the theme, primary or further?) "
         "on which hand labels and assignment agree; meaningful when whole plans are labelled"),
    ]
    return pd.DataFrame(rows, columns=["metric", "value", "description"])


def _coverage_agreement(matched: pd.DataFrame, kept: pd.Series, themes: list[str]) -> float:
    hand, auto = {}, {}
    for doc, mid, p, ft in zip(matched["doc_id"], matched["measure_id"], matched["primary_theme"],
                               matched["further_themes"]):
        hand.setdefault(doc, set()).update({p.strip()} | {t.strip() for t in ft.split(";") if t.strip()})
        auto.setdefault(doc, set()).update(kept.get(mid, set()))
    cells = [(t in hand[d]) == (t in auto[d]) for d in sorted(hand) for t in themes]
    return float(np.mean(cells)) if cells else np.nan


def cue_diagnostics(measures: pd.DataFrame, measure_themes: pd.DataFrame | None = None,
                    codebook: Codebook | None = None, cue_fires: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every cue of the codebook with ``n_fires`` and ``n_measures`` over ``measures`` (0 if it never fires).

    Plus one row per theme with an empty ``cue``: ``n_fires`` = all its cues' fires,
    ``n_measures`` = measures with it as primary theme (0 = a theme with no measures).

    ``cue_fires``: the ``doc_cue_fires`` table of the theme stage (every fire, per document), summed
    here; None = match the cues of every measure again (same result, much slower on a corpus).
    """
    cb = codebook or load_codebook()
    if cue_fires is None:
        cue_fires = assign_themes_and_fires(measures, cb)[1] if len(measures) else None
    fires, meas = {}, {}
    if cue_fires is not None and len(cue_fires):
        sums = (cue_fires.astype({"is_negative": bool})
                .groupby(["theme_code", "cue", "is_negative"], sort=False)[["n_fires", "n_measures"]].sum())
        for (t, c, neg), nf, nm in zip(sums.index, sums["n_fires"].tolist(), sums["n_measures"].tolist()):
            fires[(str(t), str(c), bool(neg))] = int(nf)
            meas[(str(t), str(c), bool(neg))] = int(nm)
    # fires are recorded under the cue as matched (NFKC-folded, lower case: ＡＢ角 -> ab角)
    rows = [(t, c, bool(neg), fires.get((t, _fold(c), bool(neg)), 0), meas.get((t, _fold(c), bool(neg)), 0))
            for t, c, neg in cb.cues[["theme_code", "cue", "is_negative"]].itertuples(index=False)]
    prim = (measure_themes[measure_themes["is_primary"].astype(bool)]["theme_code"].value_counts()
            if measure_themes is not None and len(measure_themes) else pd.Series(dtype=int))
    for t in cb.theme_codes:
        tot = sum(v for (tt, _, neg), v in fires.items() if tt == t and not neg)
        rows.append((t, "", False, tot, int(prim.get(t, 0))))
    out = pd.DataFrame(rows, columns=["theme_code", "cue", "is_negative", "n_fires", "n_measures"])
    order = {c: i for i, c in enumerate(cb.theme_codes)}
    out["_o"] = out["theme_code"].map(order)
    out = out.sort_values(["_o", "cue", "is_negative"], kind="mergesort").drop(columns="_o")
    return schemas.validate(out, "cue_diagnostics")


def validation_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: hand labels (param ``labels_path``) vs ``measure_themes``; plus ``cue_diagnostics``.

    With ``labels_path`` None (the default) or a missing file, the three validation tables are empty.
    Param ``codebook_path`` as in :func:`analysis.themes.assign_stage`.
    """
    cbp = params.get("codebook_path")
    cb = load_codebook(cbp)
    measures = tables.get("measures", schemas.empty("measures"))
    mt = tables.get("measure_themes", schemas.empty("measure_themes"))
    out = {n: schemas.empty(n) for n in ("validation_metrics", "validation_summary", "validation_confusion")}
    # the theme stage recorded every cue fire per document; without that table, match again
    out["cue_diagnostics"] = cue_diagnostics(measures, mt, cb, tables.get("doc_cue_fires"))
    path = params.get("labels_path")
    if path and Path(path).is_file() and len(measures):
        out.update(evaluate(read_labels(path, cb), mt, measures, cb))
    return out
