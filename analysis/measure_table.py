"""The two tables measure extraction writes, and the painting that builds the second.

* ``measures``: one row per measure, made by :func:`measure_row` (label, section path, heading
  sentence, character offsets, the lead person and unit named in a responsibility note) and framed
  by :func:`measures_frame`;
* ``spans``: a partition of the whole text into :data:`SPAN_KINDS`. Extraction paints a kind code
  per character (:func:`paint`; page furniture is never painted over) and :func:`spans_frame`
  run-length encodes the codes into rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .numbering import Marker
from .plan_body import WS

SPAN_KINDS = ("other", "preamble", "heading", "problem", "measure", "furniture")
CODE = {k: i for i, k in enumerate(SPAN_KINDS)}


# Responsibility notes: （朱小丹同志负责，省府办公厅牵头办理） / （牵头单位：…；责任领导：…）
LEAD_NOTE = re.compile(r"[（(](?P<person>[^（()）]{1,40}?)同志负责[，,、；;]?\s*(?P<unit>[^（()）]{0,80}?)"
                       r"(?:牵头(?:办理|负责|落实)?|负责落实|办理)?[）)]\s*$")
LEAD_FIELDS = re.compile(r"(?P<key>责任领导|牵头领导|责任人|牵头单位|责任单位|责任部门)[:：][ \t\u3000]*(?P<value>[^；;，,）)。\n]+)")


def _heading_sentence(s: str) -> str:
    """The opening heading sentence of a paragraph (``减少陪同人员。``), or empty when it has none."""
    m = re.match(r"[^。；;！？!?\n]{2,30}[。；;！？!?]", s)
    return m.group(0) if m else ""


# An ordinal opening a paragraph that is a measure without a marker of its own (``一是严格控制会议活动。…`` in a
# section whose items were read as paragraphs): it is the measure's label, as a marker's would be.
_LEADING_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}(?:是|要)(?=[\u4e00-\u9fff“])|第[一二三四五六七八九十]{1,3}(?=[，,、])|"
                              r"[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[）)](?=[\u4e00-\u9fff“])|[①-⑳](?=[\u4e00-\u9fff“])")


def measure_row(text, s, e, marker: Marker | None, path: list[str], flattened: bool) -> dict:
    body_start = marker.end if marker else s
    ordinal = None if marker or flattened else _LEADING_ORDINAL.match(text, s, e)
    if ordinal:
        body_start = ordinal.end() + (text[ordinal.end():ordinal.end() + 1] in "，,、")
    body = text[body_start:e].lstrip(WS)
    if flattened:
        m = re.match(r"[^\.．\s\u3000]{2,40}[\.．]", body)
        heading = m.group(0) if m else ""
    else:
        heading = _heading_sentence(body)
    person, unit = _lead(text[s:e])
    label = text[marker.start:marker.end].strip(WS) if marker else ordinal.group(0) if ordinal else ""
    return {"label": label,
            "section": " > ".join(p for p in path if p), "heading": heading, "char_start": s, "char_end": e,
            "lead_person": person, "lead_unit": unit, "_path": " > ".join(p for p in path if p)}


def _lead(measure_text: str) -> tuple[str | None, str | None]:
    """Lead person and lead unit named in a responsibility note, if any."""
    m = LEAD_NOTE.search(measure_text)
    if m:
        return m.group("person").strip() or None, (m.group("unit").strip(" ，,、；;") or None)
    fields = {f.group("key"): f.group("value").strip() for f in LEAD_FIELDS.finditer(measure_text[-120:])}
    person = fields.get("责任领导") or fields.get("牵头领导") or fields.get("责任人")
    unit = fields.get("牵头单位") or fields.get("责任单位") or fields.get("责任部门")
    return person, unit


def measures_frame(text: str, rows: list[dict], doc_id: str) -> pd.DataFrame:
    records = []
    for i, r in enumerate(rows, start=1):
        records.append({
            "measure_id": f"{doc_id}-m{i:03d}", "doc_id": doc_id, "seq": i, "label": r["label"],
            "section": r["section"] or None, "heading": r["heading"] or None,
            "text": text[r["char_start"]:r["char_end"]], "char_start": r["char_start"], "char_end": r["char_end"],
            "lead_person": r["lead_person"], "lead_unit": r["lead_unit"], "is_quantified": False,
        })
    cols = ["measure_id", "doc_id", "seq", "label", "section", "heading", "text", "char_start", "char_end",
            "lead_person", "lead_unit", "is_quantified"]
    return pd.DataFrame.from_records(records, columns=cols)


def spans_frame(codes: np.ndarray, measure_no: np.ndarray, doc_id: str) -> pd.DataFrame:
    """Run-length spans over (kind, measure number): consecutive, covering ``[0, len(text))``."""
    n = len(codes)
    if n == 0:
        return pd.DataFrame({"doc_id": [], "span_kind": [], "char_start": [], "char_end": []})
    key = codes.astype(np.int64) * (1 << 32) + (measure_no.astype(np.int64) + 1)
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], n]
    return pd.DataFrame({"doc_id": doc_id, "span_kind": [SPAN_KINDS[c] for c in codes[starts]],
                         "char_start": starts, "char_end": ends})


def paint(codes: np.ndarray, span: tuple[int, int], kind: str) -> None:
    s, e = span
    if e > s:
        region = codes[s:e]
        region[region != CODE["furniture"]] = CODE[kind]


def strip_range(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in WS:
        s += 1
    while e > s and text[e - 1] in WS:
        e -= 1
    return s, e
