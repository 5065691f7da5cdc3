"""Text reuse between plans: which measures copy or adapt a measure of another plan.

Method (after the Legislative Influence Detector and passim, on characters for Chinese), built to run
on tens of thousands of plans — every step is vectorised over the whole corpus, and no step compares all
pairs:

1. **Normalise** each measure: keep CJK characters, letters and digits (full-width folded), drop
   punctuation and spaces; remember where each kept character sits in the document.
2. **Weight** characters: 0 inside a stock phrase (``analysis/data/stringency.toml`` ``[reuse]``) or
   inside a character n-gram found in many plans (at least ``max(common_min_plans,
   common_share * n_plans)`` plans); 1 elsewhere. Stock text then earns nothing in step 4.
3. **Candidates.** Measures whose normalised texts are equal once every digit is read as 0 form a
   *group* (a county that copies its province's measure and changes only the numbers joins the
   province's group). Groups are linked by an inverted index of informative character n-grams
   (``ngram`` characters; n-grams with a stock character, or indexed under more than ``max_postings``
   groups, are not used): two groups sharing at least ``min_shared`` n-grams are candidates of each
   other. Each measure then keeps its ``max_candidates`` best candidate measures in other plans: its
   own group first, then linked groups by shared n-grams; among equals, measures of higher-level plans
   first (reuse flows down the hierarchy), then by plan and measure id. Work grows with the number of
   measures times ``max_candidates``, not with the square of the corpus.
4. **Local alignment** (Smith–Waterman, linear gaps, compiled with numba): an identical informative
   character scores ``match``, an identical stock character 0, a mismatch ``mismatch``, a gap ``gap``.
   Pairs of identical normalised texts are not aligned: they match over their whole informative span.
5. **Similarity** of measure A to B = informative characters of A aligned to identical characters
   of B / informative characters of A (share of A's own wording found in B).
   Labels: ``verbatim`` when similarity >= ``verbatim_threshold`` (0.8), ``adapted`` when
   >= ``adapted_threshold`` (0.3); both need at least ``min_matched`` (15) informative characters
   matched; otherwise ``novel``.

Tables: ``reuse_pairs`` (measure → candidate pairs at or above ``pair_floor``), ``measure_reuse`` (each
measure × each other plan where it has a candidate: its closest measure there; a measure with no row for
a plan is novel with respect to it) and ``document_reuse`` (ordered plan pairs linked by at least one
candidate). When a measure has more than ``max_candidates`` near copies elsewhere, only the best-ranked
are recorded, so plan-pair counts are lower bounds for the plans that copy a widely copied text.
"""
from __future__ import annotations

import codecs
import math
from typing import NamedTuple

import numba
import numpy as np
import pandas as pd

from . import schemas

DEFAULTS = {
    "ngram": 4, "min_shared": 3, "max_candidates": 5, "max_postings": 1000,
    "common_share": 0.5, "common_min_plans": 5,
    "match": 2, "mismatch": -1, "gap": -1,
    "verbatim_threshold": 0.8, "adapted_threshold": 0.3, "min_matched": 15, "pair_floor": 0.2,
}
_FULLWIDTH = ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))   # folded by - 0xFEE0
_KEPT = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A))
BLOCK_CHARS = 4_000_000   # characters handled at a time by the per-character steps (memory)
_PAIR_CHUNK = 4_000_000   # n-gram pairs counted per step (memory: ~50 bytes each while counted)


# ---------------------------------------------------------------------------------------------
# Normalising and weighting (whole corpus at once)
# ---------------------------------------------------------------------------------------------
def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _in_ranges(cp: np.ndarray, ranges) -> np.ndarray:
    out = np.zeros(len(cp), dtype=bool)
    for lo, hi in ranges:
        out |= (cp >= lo) & (cp <= hi)
    return out


def normalise_many(texts, block_chars: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise many texts at once.

    Returns ``(cp, pos, bounds)``: ``cp`` the kept characters of every text (uint32 code points,
    full-width letters and digits folded), each text followed by one 0 sentinel; ``pos`` (int32, same
    length) the offset of each kept character in its own text (-1 at sentinels); ``bounds`` (int64,
    ``len(texts) + 1``) where each text starts in ``cp`` (text *i* is ``cp[bounds[i]:bounds[i+1]-1]``).
    Texts are taken ``block_chars`` (default :data:`BLOCK_CHARS`) characters at a time, so the
    temporary arrays stay small on a corpus of hundreds of millions of characters.
    """
    texts = [str(t) for t in texts]
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    # Blocks are written straight into arrays sized for every character kept, then shrunk in place:
    # collecting the blocks and concatenating them held the corpus twice (1.6 GB at 10^8 characters).
    size = int(lens.sum()) + len(texts)
    cp, pos = np.zeros(size, dtype=np.uint32), np.full(size, -1, dtype=np.int32)
    kept, at = [], 0
    for lo, hi in _blocks(lens, block_chars or BLOCK_CHARS):
        block_cp, block_pos, n_kept = _normalise_block(texts[lo:hi], lens[lo:hi])
        cp[at:at + len(block_cp)], pos[at:at + len(block_pos)] = block_cp, block_pos
        at += len(block_cp)
        kept.append(n_kept)
    n_kept = np.concatenate(kept) if kept else np.zeros(0, dtype=np.int64)
    bounds = np.concatenate([[0], np.cumsum(n_kept + 1)])
    cp.resize(at, refcheck=False)
    pos.resize(at, refcheck=False)
    return cp, pos, bounds


def _blocks(sizes: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """Consecutive ``(lo, hi)`` ranges of items whose ``sizes`` add up to about ``limit`` (at least one item)."""
    ends = np.cumsum(sizes)
    out, lo = [], 0
    while lo < len(sizes):
        base = ends[lo - 1] if lo else 0
        hi = max(lo + 1, int(np.searchsorted(ends, base + limit, side="right")))
        out.append((lo, min(hi, len(sizes))))
        lo = out[-1][1]
    return out


def _normalise_block(texts: list[str], lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    raw_start = np.concatenate([[0], np.cumsum(lens)]).astype(np.int32)
    cp = _codepoints("".join(texts)).copy()
    cp[_in_ranges(cp, _FULLWIDTH)] -= 0xFEE0
    kept = np.flatnonzero(_in_ranges(cp, _KEPT)).astype(np.int32)
    owner = np.repeat(np.arange(len(texts), dtype=np.int32), lens)[kept]
    n_kept = np.bincount(owner, minlength=len(texts)).astype(np.int64)
    size = int(n_kept.sum()) + len(texts)
    out_cp = np.zeros(size, dtype=np.uint32)
    out_pos = np.full(size, -1, dtype=np.int32)
    dest = np.arange(len(kept), dtype=np.int32) + owner     # each earlier text adds one sentinel
    out_cp[dest] = cp[kept]
    out_pos[dest] = kept - raw_start[owner]
    return out_cp, out_pos, n_kept


def normalise(text: str) -> tuple[str, np.ndarray]:
    """``text`` without punctuation and spaces (full-width letters/digits folded), and for each kept
    character its offset in ``text``."""
    cp, pos, _ = normalise_many([text])
    return cp[:-1].tobytes().decode("utf-32-le"), pos[:-1]


def _ngram_codes(cp: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Code of the n-gram starting at each position of ``cp`` (uint64; exact for n <= 4, since kept
    characters are below 2**16, a polynomial hash beyond) and whether it lies inside one text."""
    base, m = _code_base(n), max(len(cp) - n + 1, 0)
    codes, valid = np.zeros(m, dtype=np.uint64), np.ones(m, dtype=bool)
    for k in range(n):  # in place: on 10^8 characters each temporary would be another 0.8 GB
        codes *= base
        codes += cp[k:k + m]
        valid &= cp[k:k + m] != 0
    return codes, valid


def _code_base(n: int) -> np.uint64:
    return np.uint64(1 << 16) if n <= 4 else np.uint64(0x100000001B3)


def _codes_at(cp: np.ndarray, at: np.ndarray, n: int) -> np.ndarray:
    """Codes (as :func:`_ngram_codes`) of the n-grams starting at positions ``at`` of ``cp`` only,
    digits read as 0."""
    base, codes = _code_base(n), np.zeros(len(at), dtype=np.uint64)
    for k in range(n):
        codes *= base
        codes += _fold_digits(cp[at + k])
    return codes


def _spread(starts: np.ndarray, n: int, size: int) -> np.ndarray:
    """Boolean mask of length ``size``: True on ``[s, s + n)`` for each start ``s`` flagged in ``starts``."""
    d = np.zeros(size + n + 1, dtype=np.int32)
    idx = np.flatnonzero(starts)
    d[idx] += 1          # each index occurs once, so plain fancy indexing adds correctly
    d[idx + n] -= 1
    return np.cumsum(d, dtype=np.int32)[:size] > 0


def _stock_zero(cp: np.ndarray, stock_phrases) -> np.ndarray:
    """True on every character of ``cp`` inside an occurrence of a stock phrase."""
    text = cp.tobytes().decode("utf-32-le")
    zero = np.zeros(len(cp) + 1, dtype=np.int32)
    for phrase in stock_phrases:
        p = normalise(phrase)[0]
        if not p:
            continue
        start = text.find(p)
        while start >= 0:
            zero[start] += 1
            zero[start + len(p)] -= 1
            start = text.find(p, start + 1)
    return np.cumsum(zero)[:len(cp)] > 0


def stock_mask(norm: str, stock_phrases, common: set[str], n: int) -> np.ndarray:
    """Weight per character of ``norm``: 0 inside a stock phrase or a common n-gram, else 1."""
    cp = _codepoints(norm)
    zero = _stock_zero(cp, stock_phrases)
    if common:
        hits = np.array([norm[i:i + n] in common for i in range(max(len(norm) - n + 1, 0))], dtype=bool)
        zero |= _spread(hits, n, len(norm))
    return (~zero).astype(np.int8)


def _sorted_unique(a: np.ndarray, counts: bool = False):
    """``np.unique(a)`` (and the count of each value) through one sort: numpy's hash-based unique
    is ~100x slower than its vectorised sort on tens of millions of int64 keys."""
    s = np.sort(a)
    starts = np.flatnonzero(np.concatenate([[True], s[1:] != s[:-1]])) if len(s) else np.zeros(0, dtype=np.int64)
    if not counts:
        return s[starts]
    return s[starts], np.diff(np.concatenate([starts, [len(s)]]))


def _first_rows(ids: np.ndarray) -> np.ndarray:
    """Row of the first occurrence of each id (ids numbered in order of first appearance, as
    ``pd.factorize`` numbers them): entry *k* is the first row with id *k*."""
    return np.flatnonzero(~pd.Series(ids).duplicated().to_numpy())


def _common_codes(cp: np.ndarray, bounds: np.ndarray, doc_of: np.ndarray, p: dict) -> np.ndarray:
    """Codes (sorted) of the n-grams found in at least ``max(common_min_plans, common_share * plans)``
    plans. Counted block by block of whole measures (rows are sorted by plan, so a plan's n-grams are
    deduplicated within the blocks that hold it and no (n-gram, plan) pair is counted twice unless the
    plan straddles two blocks: its measures are then split, so blocks end on plan boundaries)."""
    n = p["ngram"]
    uniq, counts = [], []
    for r0, r1 in _plan_blocks(bounds, doc_of):
        s, e = bounds[r0], bounds[r1]
        codes, valid = _ngram_codes(cp[s:e], n)
        at = np.flatnonzero(valid)
        doc = np.repeat(doc_of[r0:r1], np.diff(bounds[r0:r1 + 1]))[at].astype(np.int64)
        ids, u = pd.factorize(codes[at])
        n_docs = int(doc.max() - doc.min()) + 1 if len(doc) else 1
        pairs = _sorted_unique(ids.astype(np.int64) * n_docs + (doc - (doc.min() if len(doc) else 0)))
        uniq.append(np.asarray(u, dtype=np.uint64))
        counts.append(np.bincount(pairs // n_docs, minlength=len(u)))
    if not uniq:
        return np.zeros(0, dtype=np.uint64)
    gid, codes = pd.factorize(np.concatenate(uniq))
    per_code = np.bincount(gid, weights=np.concatenate(counts))
    cut = max(p["common_min_plans"], math.ceil(p["common_share"] * len(np.unique(doc_of))))
    return np.sort(np.asarray(codes, dtype=np.uint64)[per_code >= cut])


def _plan_blocks(bounds: np.ndarray, doc_of: np.ndarray) -> list[tuple[int, int]]:
    """Row ranges of about ``block_chars`` characters that begin and end on plan boundaries."""
    if not len(doc_of):
        return []
    starts = np.flatnonzero(np.concatenate([[True], doc_of[1:] != doc_of[:-1]]))   # first row of each plan
    sizes = np.diff(bounds[np.concatenate([starts, [len(doc_of)]])])
    return [(int(starts[lo]), int(starts[hi]) if hi < len(starts) else len(doc_of)) for lo, hi in _blocks(sizes, BLOCK_CHARS)]


def _weights(cp: np.ndarray, bounds: np.ndarray, doc_of: np.ndarray, stock_phrases, p: dict) -> np.ndarray:
    """Weight (int8, 0/1) per position of ``cp``: 0 at sentinels, in stock phrases, in common n-grams."""
    n = p["ngram"]
    w = np.ones(len(cp), dtype=np.int8)
    common = _common_codes(cp, bounds, doc_of, p)
    for r0, r1 in _plan_blocks(bounds, doc_of):
        s, e = bounds[r0], bounds[r1]
        block = cp[s:e]
        zero = (block == 0) | _stock_zero(block, stock_phrases)
        if len(common):
            codes, valid = _ngram_codes(block, n)
            zero |= _spread(valid & np.isin(codes, common, assume_unique=False), n, len(block))
        w[s:e] = ~zero
    return w


# ---------------------------------------------------------------------------------------------
# Smith–Waterman (numba)
# ---------------------------------------------------------------------------------------------
class Alignment(NamedTuple):
    """A local alignment of ``a`` and ``b`` (normalised coordinates, end exclusive)."""
    score: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    n_matched: int          # identical aligned characters
    n_informative: int      # of which informative in both


@numba.njit(cache=True, nogil=True)
def _sw(A, B, wa, wb, match, mismatch, gap, out):
    n, m = len(A), len(B)
    for k in range(7):
        out[k] = 0
    if n == 0 or m == 0:
        return
    H = np.zeros((n + 1, m + 1), dtype=np.int32)
    best, bi, bj = 0, 0, 0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if A[i - 1] == B[j - 1]:
                s = match * (wa[i - 1] & wb[j - 1])
            else:
                s = mismatch
            h = H[i - 1, j - 1] + s
            if H[i - 1, j] + gap > h:
                h = H[i - 1, j] + gap
            if H[i, j - 1] + gap > h:
                h = H[i, j - 1] + gap
            if h < 0:
                h = 0
            H[i, j] = h
            if h > best:   # strict: the first maximum in row-major order
                best, bi, bj = h, i, j
    if best <= 0:
        return
    i, j = bi, bj
    n_match, n_inf = 0, 0
    while i > 0 and j > 0 and H[i, j] > 0:
        same = A[i - 1] == B[j - 1]
        inf = wa[i - 1] & wb[j - 1]
        s = match * inf if same else mismatch
        if H[i, j] == H[i - 1, j - 1] + s:
            if same:
                n_match += 1
                n_inf += inf
            i -= 1
            j -= 1
        elif H[i, j] == H[i - 1, j] + gap:
            i -= 1
        else:
            j -= 1
    out[0], out[1], out[2], out[3], out[4], out[5], out[6] = best, i, bi, j, bj, n_match, n_inf


def align(a: str, b: str, wa: np.ndarray | None = None, wb: np.ndarray | None = None, *,
          match: int = 2, mismatch: int = -1, gap: int = -1) -> Alignment:
    """Best local alignment of ``a`` and ``b`` (Smith–Waterman, linear gap penalty).

    An identical pair scores ``match`` when both characters are informative (weight 1), 0 when
    either is stock (weight 0); a mismatch ``mismatch``; a gap ``gap``. Ties: the first best cell in
    row-major order; the traceback prefers the diagonal. Returns score 0 and empty spans when nothing
    aligns.
    """
    A, B = _codepoints(a), _codepoints(b)
    wa = np.ones(len(A), np.int8) if wa is None else np.asarray(wa, np.int8)
    wb = np.ones(len(B), np.int8) if wb is None else np.asarray(wb, np.int8)
    out = np.zeros(7, dtype=np.int64)
    _sw(A, B, wa, wb, match, mismatch, gap, out)
    return Alignment(*(int(v) for v in out))


@numba.njit(cache=True, nogil=True)
def _identical_nb(w, match, out):
    first, last, n_inf = -1, -1, 0
    for i in range(len(w)):
        if w[i]:
            if first < 0:
                first = i
            last = i
            n_inf += 1
    for k in range(7):
        out[k] = 0
    if n_inf:
        out[0], out[1], out[2], out[3], out[4] = match * n_inf, first, last + 1, first, last + 1
        out[5], out[6] = last + 1 - first, n_inf


@numba.njit(cache=True, parallel=True)
def _align_many(cp, w, a_lo, a_hi, b_lo, b_hi, same, match, mismatch, gap):
    """Align many slices of the corpus arrays (``same``: the two texts are identical)."""
    out = np.zeros((len(a_lo), 7), dtype=np.int64)
    for k in numba.prange(len(a_lo)):
        if same[k]:
            _identical_nb(w[a_lo[k]:a_hi[k]], match, out[k])
        else:
            _sw(cp[a_lo[k]:a_hi[k]], cp[b_lo[k]:b_hi[k]], w[a_lo[k]:a_hi[k]], w[b_lo[k]:b_hi[k]],
                match, mismatch, gap, out[k])
    return out


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------
class Prepared(NamedTuple):
    """Normalised corpus. ``df``: one row per measure (``measure_id, doc_id, text, char_start``, sorted
    by plan and id) with ``d`` (plan index), ``rank`` (level rank of the plan), ``text_id`` (same id =
    identical normalised text) and ``group`` (same id = identical once digits are read as 0); ``cp``,
    ``pos``, ``bounds`` as from :func:`normalise_many`; ``w`` the weight of every character of ``cp``."""
    df: pd.DataFrame
    cp: np.ndarray
    pos: np.ndarray
    bounds: np.ndarray
    w: np.ndarray

    def norm(self, row: int) -> str:
        return self.cp[self.bounds[row]:self.bounds[row + 1] - 1].tobytes().decode("utf-32-le")


def _level_ranks(documents: pd.DataFrame | None) -> dict[str, int]:
    if documents is None or "level" not in documents.columns:
        return {}
    from .config import load_levels

    ranks = dict(zip(load_levels()["level"], load_levels()["rank"].astype(int)))
    return {d: ranks.get(lv, 99) for d, lv in zip(documents["doc_id"].astype(str), documents["level"])}


def _prepare(measures: pd.DataFrame, stock_phrases, p: dict, documents: pd.DataFrame | None = None) -> Prepared:
    df = measures[["measure_id", "doc_id", "text", "char_start"]].copy()
    # plain object columns: indexing arrow-backed strings by row arrays costs a conversion each time
    for col in ("measure_id", "doc_id", "text"):
        df[col] = np.asarray(df[col].fillna("").astype(str), dtype=object)
    df = df.sort_values(["doc_id", "measure_id"], kind="mergesort").reset_index(drop=True)
    df["d"] = pd.factorize(df["doc_id"], sort=True)[0]
    ranks = _level_ranks(documents)
    df["rank"] = df["doc_id"].map(ranks).fillna(99).astype(np.int64)
    cp, pos, bounds = normalise_many(df["text"])
    w = _weights(cp, bounds, df["d"].to_numpy(), stock_phrases, p)
    df["text_id"] = pd.factorize(_split(cp))[0]
    df["group"] = pd.factorize(_split(_fold_digits(cp)))[0]
    return Prepared(df, cp, pos, bounds, w)


def _fold_digits(cp: np.ndarray) -> np.ndarray:
    """``cp`` with every digit read as 0: the key of a measure's group, and of its candidate n-grams."""
    return np.where((cp >= 0x30) & (cp <= 0x39), np.uint32(0x30), cp)


def _split(cp: np.ndarray) -> pd.Series:
    """The texts of the corpus array ``cp`` (0-terminated), as strings; decoded from the array's own
    buffer (``tobytes`` would copy 0.4 GB at 10^8 characters first)."""
    return pd.Series(codecs.utf_32_le_decode(np.ascontiguousarray(cp))[0].split("\x00")[:-1], dtype=object)


def _group_links(prep: Prepared, p: dict) -> tuple[pd.DataFrame, np.ndarray]:
    """Group pairs sharing at least ``min_shared`` informative n-grams (digits read as 0): columns
    ``group, other_group, shared``, both directions, the ``max_candidates`` best per group; and the
    number of distinct informative n-grams of each group."""
    n, df = p["ngram"], prep.df
    # Corpus-length arrays are freed as soon as they are used: at 10^8 characters each is 0.4-0.8 GB
    # and this function set the peak memory of the whole tables stage.
    m = max(len(prep.cp) - n + 1, 0)
    informative = np.ones(m, dtype=bool)
    for k in range(n):  # inside one text (no sentinel), no character weighing 0 (stock or common)
        informative &= prep.cp[k:k + m] != 0
        informative &= prep.w[k:k + m] != 0
    group = df["group"].to_numpy()
    is_rep = np.zeros(len(df), dtype=bool)
    is_rep[_first_rows(group)] = True
    informative &= np.repeat(is_rep, np.diff(prep.bounds))[:m]    # n-grams of each group's first text
    at = np.flatnonzero(informative)
    del informative
    empty = pd.DataFrame({"group": [], "other_group": [], "shared": []}, dtype=np.int64)
    if not len(at):
        return empty, np.zeros(group.max() + 1 if len(group) else 0, dtype=np.int64)
    n_groups = int(group.max()) + 1
    at_group = group[np.searchsorted(prep.bounds, at, side="right") - 1]
    at_codes = _codes_at(prep.cp, at, n)   # only where needed: 0.8 GB less than all codes at 10^8
    del at
    inv = pd.factorize(at_codes)[0]
    del at_codes
    inv *= n_groups
    inv += at_group
    del at_group
    key = _sorted_unique(inv)
    del inv
    sid, g = key // n_groups, key % n_groups
    n_ngrams = np.bincount(g, minlength=n_groups)
    L = np.bincount(sid)
    ok = (L[sid] >= 2) & (L[sid] <= p["max_postings"])
    sid, g = sid[ok], g[ok]
    counts = _count_pairs(g, np.bincount(sid)[np.unique(sid)], n_groups)
    if counts is None:
        return empty, n_ngrams
    keys, shared = counts
    keep = shared >= p["min_shared"]
    ga, gb, shared = keys[keep] // n_groups, keys[keep] % n_groups, shared[keep]
    links = pd.DataFrame({"group": np.concatenate([ga, gb]), "other_group": np.concatenate([gb, ga]),
                          "shared": np.concatenate([shared, shared])})
    links = links.sort_values(["group", "shared", "other_group"], ascending=[True, False, True], kind="mergesort")
    links = links[links.groupby("group").cumcount() < p["max_candidates"]]
    return links.reset_index(drop=True), n_ngrams


def _count_pairs(members: np.ndarray, lengths: np.ndarray, n_groups: int):
    """Count, over posting lists (``members`` concatenated, ascending within each list, list sizes
    ``lengths``), how many lists each pair of members shares: ``(pair keys a * n_groups + b, counts)``
    with ``a < b``, or None. Lists are processed in chunks of at most ``_PAIR_CHUNK`` pairs."""
    starts = np.concatenate([[0], np.cumsum(lengths)])
    n_pairs = lengths * (lengths - 1) // 2
    parts, lo = [], 0
    while lo < len(lengths):
        hi = lo + max(1, int(np.searchsorted(np.cumsum(n_pairs[lo:]), _PAIR_CHUNK, side="right")))
        hi = min(hi, len(lengths))
        keys = _clique_keys(members, starts, lengths, lo, hi, n_groups)
        if len(keys):
            parts.append(_sorted_unique(keys, counts=True))
        lo = hi
    if not parts:
        return None
    keys = np.concatenate([k for k, _ in parts])
    counts = np.concatenate([c for _, c in parts])
    if len(parts) == 1:
        return keys, counts.astype(np.int64)
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    return keys[starts], np.add.reduceat(counts, starts).astype(np.int64)


def _clique_keys(members, starts, lengths, lo, hi, n_groups) -> np.ndarray:
    """Keys of every pair within each of the posting lists ``lo:hi``."""
    seg = np.arange(starts[lo], starts[hi])
    list_end = np.repeat(starts[lo + 1:hi + 1], lengths[lo:hi])
    after = list_end - seg - 1                           # members after each one in its list
    left = np.repeat(seg, after)
    first = np.repeat(seg + 1, after)
    offset = np.arange(len(left)) - np.repeat(np.cumsum(after) - after, after)
    right = first + offset
    return members[left].astype(np.int64) * n_groups + members[right]


def find_candidates(prep: Prepared, p: dict) -> pd.DataFrame:
    """Candidate measures of each measure, in other plans: columns ``a, b`` (row numbers in
    ``prep.df``; b is a candidate of a) and ``shared`` (informative n-grams the two groups share; for
    a measure of a's own group, all of the group's). At most ``max_candidates`` per ``a``, ranked as
    the module docstring says."""
    df, k = prep.df, p["max_candidates"]
    links, n_ngrams = _group_links(prep, p)
    head_size = 2 * k + 2      # enough to leave k after dropping the measure's own plan
    order = np.lexsort((np.arange(len(df)), df["rank"].to_numpy(), df["group"].to_numpy()))
    members = pd.DataFrame({"group": df["group"].to_numpy()[order], "b": order})
    members["slot"] = members.groupby("group").cumcount()
    heads = members[members["slot"] < head_size]
    own = heads.assign(owner=heads["group"], prio=0, shared=n_ngrams[heads["group"].to_numpy()])
    linked = links.assign(prio=links.groupby("group").cumcount() + 1).rename(
        columns={"group": "owner", "other_group": "group"}).merge(heads, on="group")
    lists = pd.concat([own, linked], ignore_index=True)[["owner", "prio", "slot", "b", "shared"]]
    lists = lists.sort_values(["owner", "prio", "slot"], kind="mergesort")
    lists = lists[lists.groupby("owner").cumcount() < head_size]
    cand = pd.DataFrame({"a": np.arange(len(df)), "owner": df["group"].to_numpy()}).merge(lists, on="owner")
    d = df["d"].to_numpy()
    cand = cand[d[cand["a"].to_numpy()] != d[cand["b"].to_numpy()]]
    cand = cand.sort_values(["a", "prio", "slot"], kind="mergesort")
    cand = cand[cand.groupby("a").cumcount() < k]
    return cand[["a", "b", "shared"]].reset_index(drop=True)


def label_similarity(similarity: float, n_informative: int, p: dict) -> str:
    """``verbatim`` / ``adapted`` / ``novel`` from the thresholds in ``p``."""
    if n_informative < p["min_matched"]:
        return "novel"
    if similarity >= p["verbatim_threshold"]:
        return "verbatim"
    if similarity >= p["adapted_threshold"]:
        return "adapted"
    return "novel"


def _labels(sim: np.ndarray, n_inf: np.ndarray, p: dict) -> np.ndarray:
    """:func:`label_similarity` over arrays."""
    out = np.where(sim >= p["verbatim_threshold"], "verbatim",
                   np.where(sim >= p["adapted_threshold"], "adapted", "novel"))
    return np.where(n_inf < p["min_matched"], "novel", out).astype(object)


def _align_candidates(prep: Prepared, cand: pd.DataFrame, p: dict) -> np.ndarray:
    """Alignment (rows of 7 ints, as :class:`Alignment`) of each candidate pair, seen from ``a``.

    Each unordered pair is aligned once, in the direction lower row first, and pairs of the same
    two texts share one alignment."""
    a, b = cand["a"].to_numpy(), cand["b"].to_numpy()
    x, y = np.minimum(a, b), np.maximum(a, b)
    tid = prep.df["text_id"].to_numpy()
    first_row = _first_rows(tid)
    n_t = int(tid.max()) + 1 if len(tid) else 1
    inv, ukey = pd.factorize(tid[x].astype(np.int64) * n_t + tid[y])
    rx, ry = first_row[ukey // n_t], first_row[ukey % n_t]
    lo, hi = prep.bounds[:-1], prep.bounds[1:] - 1
    al = _align_many(prep.cp, prep.w, lo[rx], hi[rx], lo[ry], hi[ry], (ukey // n_t) == (ukey % n_t),
                     p["match"], p["mismatch"], p["gap"])[inv]
    flip = a != x          # seen from a: swap a/b spans where a was the second text
    al[flip] = al[flip][:, [0, 3, 4, 1, 2, 5, 6]]
    return al


def compare_measures(measures: pd.DataFrame, stock_phrases=(), documents: pd.DataFrame | None = None,
                     **params) -> pd.DataFrame:
    """Every measure aligned with each of its candidates (the unfiltered source of ``reuse_pairs``):
    one row per (measure, candidate), columns of ``reuse_pairs``. ``documents`` (``doc_id, level``)
    ranks candidates of higher-level plans first."""
    p = {**DEFAULTS, **{k: v for k, v in params.items() if k in DEFAULTS}}
    cols = schemas.get("reuse_pairs").column_names
    if not len(measures):
        return pd.DataFrame(columns=cols)
    prep = _prepare(measures, stock_phrases, p, documents)
    cand = find_candidates(prep, p)
    if not len(cand):
        return pd.DataFrame(columns=cols)
    al = _align_candidates(prep, cand, p)
    df = prep.df
    a, b = cand["a"].to_numpy(), cand["b"].to_numpy()
    n_inf = np.add.reduceat(prep.w.astype(np.int64), prep.bounds[:-1]) if len(df) else np.zeros(0, np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        sim = np.where(n_inf[a] > 0, al[:, 6] / np.maximum(n_inf[a], 1), 0.0)
        sim_b = np.where(n_inf[b] > 0, al[:, 6] / np.maximum(n_inf[b], 1), 0.0)
    out = pd.DataFrame({
        "measure_id": df["measure_id"].to_numpy()[a], "doc_id": df["doc_id"].to_numpy()[a],
        "other_measure_id": df["measure_id"].to_numpy()[b], "other_doc_id": df["doc_id"].to_numpy()[b],
        "similarity": sim, "similarity_other": sim_b, "n_matched_chars": al[:, 5],
        "n_informative_matched": al[:, 6], "alignment_score": al[:, 0], "label": _labels(sim, al[:, 6], p),
    })
    for side, rows, s, e in (("", a, al[:, 1], al[:, 2]), ("other_", b, al[:, 3], al[:, 4])):
        out[f"{side}char_start"], out[f"{side}char_end"] = _passage_offsets(prep, rows, s, e)
    return out[cols]


def _passage_offsets(prep: Prepared, rows: np.ndarray, s: np.ndarray, e: np.ndarray):
    """Document-text offsets of the aligned passages (normalised span ``s:e`` of measure ``rows``),
    ``pd.NA`` for empty spans. Offsets, not copies of the text: at 10,000 plans the candidate pairs
    run into millions and their passages would be gigabytes of strings (see :func:`passages`)."""
    has = e > s
    base = prep.bounds[rows]
    p0 = np.where(has, prep.pos[base + np.where(has, s, 0)], 0)
    p1 = np.where(has, prep.pos[base + np.where(has, e - 1, 0)] + 1, 0)
    cs = prep.df["char_start"].to_numpy().astype(np.int64)[rows]
    start = pd.array(np.where(has, cs + p0, 0), dtype="Int64")
    end = pd.array(np.where(has, cs + p1, 0), dtype="Int64")
    start[~has] = pd.NA
    end[~has] = pd.NA
    return start, end


def passages(table: pd.DataFrame, texts: pd.DataFrame, side: str = "") -> pd.Series:
    """The aligned passages of the rows of ``reuse_pairs`` or ``measure_reuse``, read from ``texts``.

    ``side`` is ``""`` for the measure's own passage (``doc_id``, ``char_start``, ``char_end``) or
    ``"other_"`` for the other measure's in ``reuse_pairs``. ``texts``: the ``texts`` table
    (``doc_id``, ``text``). Returns a string Series aligned with ``table``: exactly
    ``text[char_start:char_end]`` of that document; None where the row has no passage or ``texts``
    lacks the document (e.g. tables subset to some levels, while the other plan is of another).
    """
    by_doc = dict(zip(texts["doc_id"].astype(str), texts["text"]))
    docs = table[f"{side}doc_id"].astype(str)
    starts, ends = table[f"{side}char_start"], table[f"{side}char_end"]
    out = [None if pd.isna(i) or pd.isna(j) or d not in by_doc else by_doc[d][int(i):int(j)]
           for d, i, j in zip(docs, starts, ends)]
    return pd.Series(out, index=table.index, dtype=object)


def strongest_pairs(pairs: pd.DataFrame, texts: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` pairs of ``reuse_pairs`` with the most informative characters in common (then the
    highest similarity, then ids), with both passages as text: ``measure_id``, ``other_measure_id``,
    ``label``, ``similarity``, ``n_informative_matched``, ``aligned_text``, ``other_aligned_text``."""
    cols = ["measure_id", "other_measure_id", "label", "similarity", "n_informative_matched"]
    top = pairs.sort_values(["n_informative_matched", "similarity", "measure_id", "other_measure_id"],
                            ascending=[False, False, True, True], kind="mergesort").head(n)
    return with_passages(top, texts)[cols + ["aligned_text", "other_aligned_text"]].reset_index(drop=True)


def with_passages(table: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """``table`` (``reuse_pairs`` or ``measure_reuse``) with its passages as text for reading: column
    ``aligned_text`` and, for ``reuse_pairs``, ``other_aligned_text`` (see :func:`passages`)."""
    out = table.assign(aligned_text=passages(table, texts))
    if "other_char_start" in table.columns:
        out["other_aligned_text"] = passages(table, texts, "other_")
    return out


def measure_reuse(measures: pd.DataFrame, documents: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Each measure × each other plan where it has a candidate: the closest measure there (highest
    similarity, ties by id). ``pairs``: the output of :func:`compare_measures`."""
    if not len(pairs):
        return schemas.empty("measure_reuse")
    # integer sort keys: sorting ~10^6 rows by four string columns costs seconds and gigabytes
    rank = {c: pd.factorize(pairs[c], sort=True)[0] for c in ("doc_id", "measure_id", "other_doc_id", "other_measure_id")}
    order = np.lexsort((rank["other_measure_id"], -pairs["similarity"].to_numpy(float), rank["other_doc_id"],
                        rank["measure_id"], rank["doc_id"]))
    m_sorted, o_sorted = rank["measure_id"][order], rank["other_doc_id"][order]
    first = np.concatenate([[True], (m_sorted[1:] != m_sorted[:-1]) | (o_sorted[1:] != o_sorted[:-1])])
    best = pairs.iloc[order[first]]
    out = best.rename(columns={"other_measure_id": "closest_measure_id"})
    out = out[schemas.get("measure_reuse").column_names].reset_index(drop=True)
    return schemas.validate(out, "measure_reuse")


def document_reuse(documents: pd.DataFrame, mreuse: pd.DataFrame, measures: pd.DataFrame) -> pd.DataFrame:
    """Ordered plan pairs (A, B) linked by at least one candidate: share of A's measures reusing B
    (closest measure in B verbatim or adapted), their mean similarity over all of A's measures (0
    where no candidate), and whether B is a higher level (and, where regions are given, the same
    region chain: the reference plan)."""
    if not len(mreuse):
        return schemas.empty("document_reuse")
    ranks = _level_ranks(documents)
    docs = documents.assign(doc_id=documents["doc_id"].astype(str)).set_index("doc_id")
    n_meas = measures.assign(doc_id=measures["doc_id"].astype(str)).groupby("doc_id").size()
    g = mreuse.assign(v=mreuse["label"].eq("verbatim"), ad=mreuse["label"].eq("adapted"))
    out = g.groupby(["doc_id", "other_doc_id"], sort=True).agg(
        n_verbatim=("v", "sum"), n_adapted=("ad", "sum"), sim=("similarity", "sum")).reset_index()
    n = out["doc_id"].map(n_meas).fillna(0).astype(np.int64)
    out["level"] = out["doc_id"].map(docs["level"])
    out["other_level"] = out["other_doc_id"].map(docs["level"])
    out["n_measures"] = n
    out["n_reused"] = out["n_verbatim"] + out["n_adapted"]
    out["reuse_pct"] = np.where(n > 0, 100.0 * out["n_reused"] / n.clip(lower=1), np.nan)
    out["mean_similarity"] = np.where(n > 0, out["sim"] / n.clip(lower=1), np.nan)
    higher = out["other_doc_id"].map(ranks).fillna(99).to_numpy() < out["doc_id"].map(ranks).fillna(99).to_numpy()
    region = docs["region"].astype("string").fillna("") if "region" in docs.columns else pd.Series("", index=docs.index)
    reg_a, reg_b = out["doc_id"].map(region).fillna(""), out["other_doc_id"].map(region).fillna("")
    chain = [(lb == "central") or (bool(ra) and bool(rb) and ra.startswith(rb))
             for ra, rb, lb in zip(reg_a, reg_b, out["other_level"])]
    out["is_other_higher"] = higher
    out["is_other_reference"] = higher & np.asarray(chain, dtype=bool)
    return schemas.validate(out[schemas.get("document_reuse").column_names], "document_reuse")


def reuse_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measures`` and ``documents`` in; ``reuse_pairs``, ``measure_reuse`` and
    ``document_reuse`` out. Params ``reuse_<name>`` override :data:`DEFAULTS` (e.g. ``reuse_ngram``,
    ``reuse_verbatim_threshold``); stock phrases from ``stringency.toml`` ``[reuse]``. A rebuild whose
    measures, documents, parameters and code are unchanged reads the stored result
    (:func:`analysis.cache.memo_corpus_stage`)."""
    from .cache import memo_corpus_stage

    return memo_corpus_stage(reuse_tables, tables, params, ("measures", "documents"))


def reuse_tables(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """The work of :func:`reuse_stage`, without the memo."""
    from .stringency import load_stringency_config

    p = {k: type(v)(params.get(f"reuse_{k}", v)) for k, v in DEFAULTS.items()}
    stock = load_stringency_config(params.get("stringency_config"))["reuse"]["stock_phrases"]
    measures, documents = tables["measures"], tables["documents"]
    allpairs = compare_measures(measures, stock, documents=documents, **p)
    pairs = allpairs[(allpairs["similarity"] >= p["pair_floor"]) & (allpairs["n_informative_matched"] >= p["min_matched"])]
    pairs = pairs.sort_values(["measure_id", "other_measure_id"], kind="mergesort")
    mr = measure_reuse(measures, documents, allpairs)
    return {
        "reuse_pairs": schemas.validate(pairs, "reuse_pairs") if len(pairs) else schemas.empty("reuse_pairs"),
        "measure_reuse": mr,
        "document_reuse": document_reuse(documents, mr, measures),
    }


# The memo's key must change with every parameter and data file the result depends on (the names
# are built at run time, so the cache cannot find them in the code).
reuse_tables.cache_params = sorted([f"reuse_{k}" for k in DEFAULTS] + ["stringency_config"])
reuse_tables.cache_data_files = ["stringency.toml", "levels.csv"]
