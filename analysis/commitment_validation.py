"""Validation of the commitment finder (:mod:`analysis.commitments`) against hand labels.

A labelled set is two UTF-8 CSV files beside each other (``tests/data/commitment_labels``):

``items.csv`` — the measures that were read, labelled or not:

=================  ================================================================
``item_id``        identifier of the measure in this set
``text``           the measure's text, exactly as labelled
=================  ================================================================

``commitments.csv`` — one row per hand-labelled commitment:

=================  ================================================================
``item_id``        the measure it is in
``quantity``       the number and unit as printed (``3人``, ``半天``), or a freeze's words (``只减不增``)
``occurrence``     1 for the first place ``quantity`` occurs in the text, 2 for the second, …
``comparator``     ``<=``, ``>=``, ``=``, ``<``, ``>``, ``reduce``, ``increase`` or ``no_increase``
``value``          the number in ``unit`` (``半天`` = 0.5 days)
``unit``           persons, times, items, characters, minutes, hours, days, percent, yuan, square_metres, km, other
``frequency``      每年, 每半年, 每季度, 每月, 每周, 每天, 每届, 每次 or empty
``conditional``    ``yes`` when the number is a condition's threshold (``…在10人以内的``), else ``no``
=================  ================================================================

A label is matched to the found commitment whose span overlaps the labelled quantity's place (the
largest overlap first; each found commitment matches at most one label). :func:`evaluate_commitments`
returns ``summary`` (``metric, value``) and ``detail`` (one row per label and per unmatched found
commitment, ``status`` ``matched`` / ``missed`` / ``extra``, for auditing).
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from .commitments import find_commitments

ITEM_COLUMNS = ["item_id", "text"]
LABEL_COLUMNS = ["item_id", "quantity", "occurrence", "comparator", "value", "unit", "frequency", "conditional"]
COMPARATORS = {"<=", ">=", "=", "<", ">", "reduce", "increase", "no_increase"}


class CommitmentLabelError(ValueError):
    """A commitment label file is malformed (the message names the file and row)."""


def read_commitment_labels(folder: Path | str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``items``, ``labels`` of a labelled set (module docstring), each label placed in its item's text:
    ``labels`` gains ``start``/``end`` (character offsets into the item text). A label whose item is
    unknown, whose quantity does not occur ``occurrence`` times, or whose comparator is unknown raises
    :class:`CommitmentLabelError` naming the file and row."""
    folder = Path(folder)
    items = _read(folder / "items.csv", ITEM_COLUMNS)
    labels = _read(folder / "commitments.csv", LABEL_COLUMNS)
    texts = dict(zip(items["item_id"], items["text"]))
    starts = []
    for row, lab in enumerate(labels.itertuples(index=False), start=2):
        where = f"{folder / 'commitments.csv'}: row {row}"
        if lab.item_id not in texts:
            raise CommitmentLabelError(f"{where}: item {lab.item_id!r} is not in items.csv")
        if lab.comparator not in COMPARATORS:
            raise CommitmentLabelError(f"{where}: unknown comparator {lab.comparator!r}")
        if not str(lab.occurrence or "1").isdigit():
            raise CommitmentLabelError(f"{where}: occurrence {lab.occurrence!r} is not a whole number")
        start = _nth(texts[lab.item_id], lab.quantity, int(lab.occurrence or 1))
        if start < 0:
            raise CommitmentLabelError(f"{where}: {lab.quantity!r} does not occur {lab.occurrence} time(s) "
                                       f"in item {lab.item_id}")
        starts.append(start)
    labels["start"] = pd.Series(starts, dtype="int64")
    labels["end"] = labels["start"] + labels["quantity"].str.len()
    labels["value"] = pd.to_numeric(labels["value"], errors="coerce")
    return items, labels


def _read(path: Path, columns: list[str]) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise CommitmentLabelError(f"{path}: missing columns {missing}")
    return df[columns].reset_index(drop=True)


def _nth(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(max(n, 1)):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def evaluate_commitments(items: pd.DataFrame, labels: pd.DataFrame,
                         found: dict | None = None) -> dict[str, pd.DataFrame]:
    """Compare :func:`analysis.commitments.find_commitments` on each item's text with the labels.

    ``items``/``labels`` as :func:`read_commitment_labels` returns them. ``found`` (optional) maps
    ``item_id`` to a list of commitments to score instead (another labeller's, for agreement).
    ``summary`` metrics: ``n_labels``, ``n_found``, ``n_matched``, ``precision``, ``recall``, ``f1``
    (commitments); ``comparator_agreement``, ``value_agreement`` (within 1 %), ``unit_agreement``,
    ``frequency_agreement``, ``conditional_agreement`` (shares of matched pairs); ``quantified_*``
    (per item: at least one commitment that is not a condition) ``accuracy``, ``precision``, ``recall``.
    """
    rows = []
    for item_id, text in zip(items["item_id"], items["text"]):
        got = [_as_row(c, text) for c in find_commitments(text)] if found is None else list(found.get(item_id, []))
        rows += _match_item(item_id, labels[labels["item_id"] == item_id], got)
    detail = pd.DataFrame(rows, columns=_DETAIL_COLUMNS)
    return {"summary": _summary(detail, items), "detail": detail}


_DETAIL_COLUMNS = ["item_id", "status", "start", "end", "quantity", "comparator", "value", "unit", "frequency",
                   "conditional", "found_text", "found_comparator", "found_value", "found_unit", "found_frequency",
                   "found_conditional"]


def _as_row(c, text: str) -> dict:
    # reduce>= / reduce= are all "reduce" to a labeller, who records the bound's direction in value only
    comparator = c.comparator.rstrip("<=>") if c.comparator.startswith(("reduce", "increase")) else c.comparator
    return {"start": c.start, "end": c.end, "text": text[c.start:c.end], "comparator": comparator, "value": c.value,
            "unit": c.unit, "frequency": c.frequency or "", "conditional": "yes" if c.is_conditional else "no"}


def _match_item(item_id: str, labs: pd.DataFrame, got: list[dict]) -> list[dict]:
    pairs = sorted(((min(lab.end, g["end"]) - max(lab.start, g["start"]), i, j)
                    for i, lab in enumerate(labs.itertuples(index=False)) for j, g in enumerate(got)),
                   key=lambda t: (-t[0], t[1], t[2]))
    lab_to, used = {}, set()
    for overlap, i, j in pairs:
        if overlap > 0 and i not in lab_to and j not in used:
            lab_to[i] = j
            used.add(j)
    out = []
    for i, lab in enumerate(labs.itertuples(index=False)):
        g = got[lab_to[i]] if i in lab_to else {}
        out.append({"item_id": item_id, "status": "matched" if g else "missed", "start": lab.start, "end": lab.end,
                    "quantity": lab.quantity, "comparator": lab.comparator, "value": lab.value, "unit": lab.unit,
                    "frequency": lab.frequency, "conditional": lab.conditional, **_found(g)})
    for j, g in enumerate(got):
        if j not in used:
            out.append({"item_id": item_id, "status": "extra", "start": g["start"], "end": g["end"], **_found(g)})
    return out


def _found(g: dict) -> dict:
    if not g:
        return {}
    return {"found_text": g.get("text"), "found_comparator": g["comparator"], "found_value": g["value"],
            "found_unit": g["unit"], "found_frequency": g["frequency"], "found_conditional": g["conditional"]}


def _summary(detail: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    labelled = detail[detail["status"] != "extra"]
    found = detail[detail["status"] != "missed"]
    matched = detail[detail["status"] == "matched"]
    n_lab, n_found, n_match = len(labelled), len(found), len(matched)
    precision, recall = _ratio(n_match, n_found), _ratio(n_match, n_lab)
    metrics = {
        "n_items": len(items), "n_labels": n_lab, "n_found": n_found, "n_matched": n_match,
        "precision": precision, "recall": recall, "f1": _ratio(2 * precision * recall, precision + recall),
        "comparator_agreement": _share(matched["comparator"] == matched["found_comparator"]),
        "value_agreement": _share([_close(a, b) for a, b in zip(matched["value"], matched["found_value"])]),
        "unit_agreement": _share(matched["unit"] == matched["found_unit"]),
        "frequency_agreement": _share(matched["frequency"].fillna("") == matched["found_frequency"].fillna("")),
        "conditional_agreement": _share(matched["conditional"] == matched["found_conditional"]),
    }
    truth = _quantified(labelled, "conditional", items)
    pred = _quantified(found, "found_conditional", items)
    tp = int((truth & pred).sum())
    metrics.update({"quantified_accuracy": _share(truth == pred), "quantified_precision": _ratio(tp, int(pred.sum())),
                    "quantified_recall": _ratio(tp, int(truth.sum()))})
    return pd.DataFrame({"metric": list(metrics), "value": [float(v) for v in metrics.values()]})


def _quantified(rows: pd.DataFrame, conditional_column: str, items: pd.DataFrame) -> pd.Series:
    binding = set(rows.loc[rows[conditional_column].fillna("no") != "yes", "item_id"])
    return items["item_id"].isin(binding)


def _close(a, b, rel: float = 0.01) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return not (math.isnan(a) or math.isnan(b)) and abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _share(flags) -> float:
    flags = list(flags)
    return sum(bool(f) for f in flags) / len(flags) if flags else float("nan")
