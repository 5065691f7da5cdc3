"""Text reuse between plans: which measures copy or adapt a measure of another plan.

Method (after the Legislative Influence Detector and passim, on characters for Chinese):

1. **Normalise** each measure: keep CJK characters, letters and digits (full-width folded), drop
   punctuation and spaces; remember where each kept character sits in the document.
2. **Weight** characters: 0 inside a stock phrase (``analysis/data/stringency.toml`` ``[reuse]``) or
   inside a character n-gram found in many plans (at least ``max(common_min_plans,
   common_share * n_plans)`` plans); 1 elsewhere. Stock text then earns nothing in step 4.
3. **Candidates** from an inverted index of informative character n-gram shingles
   (``ngram`` characters): measure pairs of different plans sharing at least ``min_shared`` of them,
   the ``max_candidates`` best per measure and other plan. No all-pairs comparison.
4. **Local alignment** (Smith–Waterman, linear gaps, rows vectorised with numpy): an identical
   informative character scores ``match``, an identical stock character 0, a mismatch ``mismatch``,
   a gap ``gap``.
5. **Similarity** of measure A to B = informative characters of A aligned to identical characters
   of B / informative characters of A (share of A's own wording found in B).
   Labels: ``verbatim`` when similarity >= ``verbatim_threshold`` (0.8), ``adapted`` when
   >= ``adapted_threshold`` (0.3); both need at least ``min_matched`` (15) informative characters
   matched; otherwise ``novel``.

Tables: ``reuse_pairs`` (ordered measure pairs at or above ``pair_floor``), ``measure_reuse`` (each
measure × each other plan: its closest measure there) and ``document_reuse`` (plan × plan shares).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import schemas

DEFAULTS = {
    "ngram": 4, "min_shared": 3, "max_candidates": 5, "max_postings": 2000,
    "common_share": 0.5, "common_min_plans": 5,
    "match": 2, "mismatch": -1, "gap": -1,
    "verbatim_threshold": 0.8, "adapted_threshold": 0.3, "min_matched": 15, "pair_floor": 0.2,
}
_KEEP = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_FOLD = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)}
                      | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
                      | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


# ---------------------------------------------------------------------------------------------
# Normalising and weighting
# ---------------------------------------------------------------------------------------------
def normalise(text: str) -> tuple[str, np.ndarray]:
    """``text`` without punctuation and spaces (full-width letters/digits folded), and for each kept
    character its offset in ``text``."""
    folded = text.translate(_FOLD)
    pos = [i for i, ch in enumerate(folded) if _KEEP.match(ch)]
    return "".join(folded[i] for i in pos), np.asarray(pos, dtype=np.int64)


def shingles(norm: str, n: int) -> list[str]:
    """Character n-grams of ``norm`` in order (one shingle of the whole string if shorter than ``n``)."""
    if len(norm) < n:
        return [norm] if norm else []
    return [norm[i:i + n] for i in range(len(norm) - n + 1)]


def stock_mask(norm: str, stock_phrases, common: set[str], n: int) -> np.ndarray:
    """Weight per character of ``norm``: 0 inside a stock phrase or a common n-gram, else 1."""
    w = np.ones(len(norm), dtype=np.int8)
    for phrase in stock_phrases:
        p = normalise(phrase)[0]
        if not p:
            continue
        start = norm.find(p)
        while start >= 0:
            w[start:start + len(p)] = 0
            start = norm.find(p, start + 1)
    if common:
        for i in range(len(norm) - n + 1):
            if norm[i:i + n] in common:
                w[i:i + n] = 0
    return w


# ---------------------------------------------------------------------------------------------
# Smith–Waterman
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Alignment:
    """A local alignment of ``a`` and ``b`` (normalised coordinates, end exclusive)."""
    score: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    n_matched: int          # identical aligned characters
    n_informative: int      # of which informative in both


def align(a: str, b: str, wa: np.ndarray | None = None, wb: np.ndarray | None = None, *,
          match: int = 2, mismatch: int = -1, gap: int = -1) -> Alignment:
    """Best local alignment of ``a`` and ``b`` (Smith–Waterman, linear gap penalty).

    An identical pair scores ``match`` when both characters are informative (weight 1), 0 when
    either is stock (weight 0); a mismatch ``mismatch``; a gap ``gap``. Each row is computed with
    numpy (the within-row gap recurrence is a running maximum). Returns score 0 and empty spans
    when nothing aligns.
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return Alignment(0, 0, 0, 0, 0, 0, 0)
    wa = np.ones(n, np.int8) if wa is None else wa
    wb = np.ones(m, np.int8) if wb is None else wb
    A = np.frombuffer(a.encode("utf-32-le"), dtype=np.uint32)
    B = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    H = np.zeros((n + 1, m + 1), dtype=np.int32)
    ramp = -gap * np.arange(m + 1, dtype=np.int32)  # gap > 0 cost per step along the row
    for i in range(1, n + 1):
        eq = A[i - 1] == B
        s = np.where(eq, match * (wa[i - 1] & wb).astype(np.int32), mismatch).astype(np.int32)
        t = np.zeros(m + 1, dtype=np.int32)
        t[1:] = np.maximum(H[i - 1, :-1] + s, H[i - 1, 1:] + gap)
        np.maximum(t, 0, out=t)
        H[i] = np.maximum.accumulate(t + ramp) - ramp
    i, j = np.unravel_index(int(np.argmax(H)), H.shape)
    best = int(H[i, j])
    if best <= 0:
        return Alignment(0, 0, 0, 0, 0, 0, 0)
    a_end, b_end, n_match, n_inf = int(i), int(j), 0, 0
    while i > 0 and j > 0 and H[i, j] > 0:
        same = a[i - 1] == b[j - 1]
        s = (match * int(wa[i - 1] & wb[j - 1])) if same else mismatch
        if H[i, j] == H[i - 1, j - 1] + s:
            n_match += same
            n_inf += same and bool(wa[i - 1] & wb[j - 1])
            i, j = i - 1, j - 1
        elif H[i, j] == H[i - 1, j] + gap:
            i -= 1
        else:
            j -= 1
    return Alignment(best, int(i), a_end, int(j), b_end, n_match, n_inf)


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------
def _prepare(measures: pd.DataFrame, stock_phrases, p: dict) -> pd.DataFrame:
    df = measures[["measure_id", "doc_id", "text", "char_start"]].copy()
    df = df.sort_values(["doc_id", "measure_id"], kind="mergesort").reset_index(drop=True)
    norm = [normalise(str(t)) for t in df["text"]]
    df["norm"] = [x[0] for x in norm]
    df["pos"] = [x[1] for x in norm]
    n = p["ngram"]
    plan_df: dict[str, set] = defaultdict(set)
    for norm_text, doc in zip(df["norm"], df["doc_id"]):
        for sh in set(shingles(norm_text, n)):
            plan_df[sh].add(doc)
    n_plans = df["doc_id"].nunique()
    cut = max(p["common_min_plans"], math.ceil(p["common_share"] * n_plans))
    common = {sh for sh, docs in plan_df.items() if len(docs) >= cut}
    df["w"] = [stock_mask(t, stock_phrases, common, n) for t in df["norm"]]
    return df


def find_candidates(df: pd.DataFrame, p: dict) -> dict[tuple[int, int], int]:
    """Candidate measure pairs ``(row a, row b)`` of different plans -> shared informative shingles.

    Built from an inverted index; shingles with a stock character or more than ``max_postings``
    postings are not indexed; per measure and other plan only the ``max_candidates`` best are kept.
    """
    n = p["ngram"]
    index: dict[str, list[int]] = defaultdict(list)
    for r, (norm, w) in enumerate(zip(df["norm"], df["w"])):
        seen = set()
        for i, sh in enumerate(shingles(norm, n)):
            if sh not in seen and w[i:i + n].all():
                seen.add(sh)
                index[sh].append(r)
    docs = df["doc_id"].to_numpy()
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for rows in index.values():
        if len(rows) > p["max_postings"]:
            continue
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                a, b = rows[x], rows[y]
                if docs[a] != docs[b]:
                    shared[(a, b)] += 1
    best: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for (a, b), k in shared.items():
        if k >= p["min_shared"]:
            best[(a, docs[b])].append((k, b))
            best[(b, docs[a])].append((k, a))
    keep: dict[tuple[int, int], int] = {}
    for (a, _), lst in best.items():
        for k, b in sorted(lst, key=lambda t: (-t[0], t[1]))[:p["max_candidates"]]:
            keep[(min(a, b), max(a, b))] = k
    return dict(sorted(keep.items()))


def label_similarity(similarity: float, n_informative: int, p: dict) -> str:
    """``verbatim`` / ``adapted`` / ``novel`` from the thresholds in ``p``."""
    if n_informative < p["min_matched"]:
        return "novel"
    if similarity >= p["verbatim_threshold"]:
        return "verbatim"
    if similarity >= p["adapted_threshold"]:
        return "adapted"
    return "novel"


def _directed_rows(df, a, b, al: Alignment, flip: bool, p: dict) -> dict:
    """Row of ``reuse_pairs`` for measure a reusing b (``flip``: ``al`` was computed as align(b, a))."""
    a_s, a_e, b_s, b_e = (al.b_start, al.b_end, al.a_start, al.a_end) if flip else (al.a_start, al.a_end, al.b_start, al.b_end)
    ra, rb = df.iloc[a], df.iloc[b]
    inf_a, inf_b = int(ra["w"].sum()), int(rb["w"].sum())
    sim = al.n_informative / inf_a if inf_a else 0.0
    sim_b = al.n_informative / inf_b if inf_b else 0.0
    cs_a, ce_a = _doc_span(ra, a_s, a_e)
    cs_b, ce_b = _doc_span(rb, b_s, b_e)
    return {
        "measure_id": ra["measure_id"], "doc_id": ra["doc_id"], "other_measure_id": rb["measure_id"],
        "other_doc_id": rb["doc_id"], "similarity": sim, "similarity_other": sim_b,
        "n_matched_chars": al.n_matched, "n_informative_matched": al.n_informative, "alignment_score": al.score,
        "label": label_similarity(sim, al.n_informative, p),
        "aligned_text": _slice(ra, a_s, a_e), "other_aligned_text": _slice(rb, b_s, b_e),
        "char_start": cs_a, "char_end": ce_a, "other_char_start": cs_b, "other_char_end": ce_b,
    }


def _doc_span(row, s: int, e: int) -> tuple[int | None, int | None]:
    if e <= s:
        return None, None
    return int(row["char_start"]) + int(row["pos"][s]), int(row["char_start"]) + int(row["pos"][e - 1]) + 1


def _slice(row, s: int, e: int) -> str | None:
    if e <= s:
        return None
    return str(row["text"])[int(row["pos"][s]):int(row["pos"][e - 1]) + 1]


def compare_measures(measures: pd.DataFrame, stock_phrases=(), progress: bool = False, **params) -> pd.DataFrame:
    """Every aligned candidate pair, both directions (the unfiltered source of ``reuse_pairs``)."""
    from tqdm.auto import tqdm

    p = {**DEFAULTS, **{k: v for k, v in params.items() if k in DEFAULTS}}
    df = _prepare(measures, stock_phrases, p)
    rows = []
    for a, b in tqdm(list(find_candidates(df, p)), desc="alignments", unit="pair", disable=not progress):
        al = align(df.at[a, "norm"], df.at[b, "norm"], df.at[a, "w"], df.at[b, "w"],
                   match=p["match"], mismatch=p["mismatch"], gap=p["gap"])
        rows.append(_directed_rows(df, a, b, al, False, p))
        rows.append(_directed_rows(df, b, a, al, True, p))
    cols = schemas.get("reuse_pairs").column_names
    return pd.DataFrame(rows, columns=cols)


def measure_reuse(measures: pd.DataFrame, documents: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Each measure × each other plan: the closest measure there (highest similarity, ties by id)."""
    plans = sorted(documents["doc_id"].astype(str))
    best = pairs.sort_values(["measure_id", "other_doc_id", "similarity", "other_measure_id"],
                             ascending=[True, True, False, True], kind="mergesort")
    best = best.drop_duplicates(["measure_id", "other_doc_id"]).set_index(["measure_id", "other_doc_id"])
    rows = []
    for m in measures.sort_values(["doc_id", "measure_id"], kind="mergesort").itertuples(index=False):
        for other in plans:
            if other == m.doc_id:
                continue
            key = (m.measure_id, other)
            if key in best.index:
                r = best.loc[key]
                rows.append({"measure_id": m.measure_id, "doc_id": m.doc_id, "other_doc_id": other,
                             "closest_measure_id": r["other_measure_id"], "similarity": float(r["similarity"]),
                             "label": r["label"], "aligned_text": r["aligned_text"]})
            else:
                rows.append({"measure_id": m.measure_id, "doc_id": m.doc_id, "other_doc_id": other,
                             "closest_measure_id": None, "similarity": 0.0, "label": "novel", "aligned_text": None})
    if not rows:
        return schemas.empty("measure_reuse")
    return schemas.validate(pd.DataFrame(rows), "measure_reuse")


def document_reuse(documents: pd.DataFrame, mreuse: pd.DataFrame, measures: pd.DataFrame) -> pd.DataFrame:
    """Plan × plan: share of plan A's measures reusing plan B (verbatim or adapted), and whether B
    is a higher level (and, where regions are given, the same region chain: the reference plan)."""
    from .config import load_levels

    ranks = dict(zip(load_levels()["level"], load_levels()["rank"].astype(int)))
    docs = documents.set_index("doc_id")
    n_meas = measures.groupby("doc_id").size()
    rows = []
    for a in sorted(docs.index):
        for b in sorted(docs.index):
            if a == b:
                continue
            g = mreuse[(mreuse["doc_id"] == a) & (mreuse["other_doc_id"] == b)]
            n = int(n_meas.get(a, 0))
            nv, na = int((g["label"] == "verbatim").sum()), int((g["label"] == "adapted").sum())
            ra, rb = ranks.get(docs.at[a, "level"], 99), ranks.get(docs.at[b, "level"], 99)
            higher = rb < ra
            reg_a, reg_b = _region(docs, a), _region(docs, b)
            same_chain = docs.at[b, "level"] == "central" or (bool(reg_a) and bool(reg_b) and reg_a.startswith(reg_b))
            rows.append({
                "doc_id": a, "other_doc_id": b, "level": docs.at[a, "level"], "other_level": docs.at[b, "level"],
                "n_measures": n, "n_verbatim": nv, "n_adapted": na, "n_reused": nv + na,
                "reuse_pct": 100.0 * (nv + na) / n if n else np.nan,
                "mean_similarity": float(g["similarity"].mean()) if len(g) else np.nan,
                "is_other_higher": higher, "is_other_reference": bool(higher and same_chain),
            })
    if not rows:
        return schemas.empty("document_reuse")
    return schemas.validate(pd.DataFrame(rows), "document_reuse")


def _region(docs: pd.DataFrame, doc_id: str) -> str:
    v = docs.at[doc_id, "region"] if "region" in docs.columns else None
    return "" if v is None or pd.isna(v) else str(v)


def reuse_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measures`` and ``documents`` in; ``reuse_pairs``, ``measure_reuse`` and
    ``document_reuse`` out. Params ``reuse_<name>`` override :data:`DEFAULTS` (e.g. ``reuse_ngram``,
    ``reuse_verbatim_threshold``); stock phrases from ``stringency.toml`` ``[reuse]``."""
    from .stringency import load_stringency_config

    p = {k: type(v)(params.get(f"reuse_{k}", v)) for k, v in DEFAULTS.items()}
    stock = load_stringency_config(params.get("stringency_config"))["reuse"]["stock_phrases"]
    measures, documents = tables["measures"], tables["documents"]
    allpairs = compare_measures(measures, stock, progress=bool(params.get("progress", False)), **p)
    pairs = allpairs[(allpairs["similarity"] >= p["pair_floor"]) & (allpairs["n_informative_matched"] >= p["min_matched"])]
    pairs = pairs.sort_values(["measure_id", "other_measure_id"], kind="mergesort")
    mr = measure_reuse(measures, documents, allpairs)
    return {
        "reuse_pairs": schemas.validate(pairs, "reuse_pairs") if len(pairs) else schemas.empty("reuse_pairs"),
        "measure_reuse": mr,
        "document_reuse": document_reuse(documents, mr, measures),
    }
