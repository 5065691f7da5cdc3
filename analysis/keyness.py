"""Keyness of terms by level (or any grouping of plans): which words one level uses more than the rest.

For each group (target) against all other groups pooled (reference), per term: the 2×2 table of
occurrences (term / other terms × target / reference), Dunning's log-likelihood G² (signed: + when
relatively more frequent in the target), Pearson chi-squared, the p-value of G² (1 df) and the log2
ratio of relative frequencies. Counting runs in Arrow and numpy kernels on the tokens already produced
by the tokenizer stage, split on whitespace (the counts ``CountVectorizer`` would give, without its
Python loop over every token). Every token counts towards the totals,
but only terms of ``min_chars`` (2) characters or more with at least one Han character are scored:
one-character tokens (外, 境 cut out of 出国（境）, 未, 类) and numbers or placeholders (2013, 20XX)
are mostly fragments and fill the top ranks of small groups with noise. ``min_chars=1`` keeps them.

Input ``measure_tokens``: measure_id, doc_id, tokens (space-joined). ``documents`` supplies the group.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import stats

from . import schemas
from .coverage import plan_groups


_HAN = re.compile(r"[\u3400-\u9FFF]")


def scored_terms(terms, min_chars: int = 2) -> np.ndarray:
    """Boolean mask over ``terms``: at least ``min_chars`` characters and at least one Han character."""
    return np.array([len(t) >= min_chars and bool(_HAN.search(t)) for t in terms], dtype=bool)


def _g2(a, b, c, d):
    """Log-likelihood G² of 2×2 tables [[a, b], [c, d]] (term/other × target/reference), unsigned."""
    n = a + b + c + d
    cells = [(a, (a + b) * (a + c) / n), (b, (a + b) * (b + d) / n),
             (c, (c + d) * (a + c) / n), (d, (c + d) * (b + d) / n)]
    total = np.zeros_like(a, dtype=float)
    for obs, exp in cells:
        with np.errstate(divide="ignore", invalid="ignore"):
            total += np.where(obs > 0, obs * np.log(obs / exp), 0.0)
    return 2 * total


def _chi2(a, b, c, d):
    n = a + b + c + d
    den = (a + b) * (c + d) * (a + c) * (b + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, n * (a * d - b * c) ** 2 / den, 0.0)


def keyness_table(measure_tokens: pd.DataFrame, documents: pd.DataFrame, *, group_by: str = "level",
                  min_count: int = 5, min_chars: int = 2) -> pd.DataFrame:
    """The ``keyness`` table: every group × every term seen ``min_count`` times or more in the corpus
    that is scored (:func:`scored_terms` with ``min_chars``).

    Groups with no tokens are left out; with a single group there is no reference and the table is empty.
    """
    groups = plan_groups(documents, group_by)
    mt = measure_tokens[["doc_id", "tokens"]].astype("string").fillna("")
    mt = mt.merge(groups, on="doc_id", how="inner")
    if mt.empty or mt["group_value"].nunique() < 2:
        return schemas.empty("keyness")
    terms, counts, n_plans, order = _group_term_counts(mt)
    keep = (counts.sum(axis=0) >= min_count) & scored_terms(terms, min_chars)
    frames = [_one_group(counts, n_plans, gi, value, group_by, terms, keep) for gi, value in enumerate(order)]
    out = pd.concat(frames, ignore_index=True)
    return schemas.validate(out, "keyness")


def _group_term_counts(mt: pd.DataFrame):
    """Counts of every term (``tokens`` split on whitespace) in ``mt``'s groups.

    Returns ``(terms, counts, n_plans, order)``: terms sorted by code point (as ``CountVectorizer``
    orders its features), groups × terms occurrences, groups × terms plans using the term, and the
    group values in ``group_rank`` order. The splitting and counting run in Arrow's and numpy's
    kernels: a Python loop over every token (``CountVectorizer``) took 1.4 s per 1,000 plans.
    """
    order = mt.drop_duplicates("group_value").sort_values("group_rank", kind="mergesort")["group_value"].tolist()
    group_index = {v: i for i, v in enumerate(order)}
    g_of_row = mt["group_value"].map(group_index).to_numpy(dtype=np.int64)
    docs = mt["doc_id"].drop_duplicates().tolist()
    d_of_row = mt["doc_id"].map({d: i for i, d in enumerate(docs)}).to_numpy(dtype=np.int64)
    text = pc.cast(pa.array(mt["tokens"]), pa.large_string())  # an Arrow-backed column comes chunked
    lists = pc.utf8_split_whitespace(text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text)
    words = pc.list_flatten(lists)
    real = pc.not_equal(words, "")  # the splitter's empty strings at a text's ends (str.split() has none)
    row = pc.filter(pc.list_parent_indices(lists), real).to_numpy()
    encoded = pc.dictionary_encode(pc.filter(words, real))
    first_seen = encoded.dictionary
    rank = np.empty(len(first_seen), dtype=np.int64)  # first-seen index -> index in sorted order
    rank[pc.sort_indices(first_seen).to_numpy()] = np.arange(len(first_seen))
    term = rank[encoded.indices.to_numpy()]
    terms = np.array(pc.take(first_seen, pc.sort_indices(first_seen)).to_pylist(), dtype=object)
    n_terms, n_groups = len(terms), len(order)
    counts = np.bincount(g_of_row[row] * n_terms + term, minlength=n_groups * n_terms)
    counts = counts.reshape(n_groups, n_terms).astype(float)
    pairs = np.sort(d_of_row[row] * n_terms + term)  # (plan, term) pairs, then each once (numpy 2.4's
    used = pairs[np.concatenate([[True], pairs[1:] != pairs[:-1]])]  # np.unique hashes int64: 30x slower)
    g_of_doc = mt.drop_duplicates("doc_id").set_index("doc_id").loc[docs, "group_value"].map(
        group_index).to_numpy(dtype=np.int64)
    n_plans = np.bincount(g_of_doc[used // n_terms] * n_terms + used % n_terms, minlength=n_groups * n_terms)
    return terms, counts, n_plans.reshape(n_groups, n_terms), order


def _one_group(counts, n_plans, gi, value, group_by, terms, keep) -> pd.DataFrame:
    a = counts[gi][keep]
    c = counts.sum(axis=0)[keep] - a
    tot_t, tot_r = counts[gi].sum(), counts.sum() - counts[gi].sum()
    b, d = tot_t - a, tot_r - c
    g2 = _g2(a, b, c, d)
    rate_t = a / tot_t * 10_000 if tot_t else np.zeros_like(a)
    rate_r = c / tot_r * 10_000 if tot_r else np.zeros_like(c)
    sign = np.where(a / max(tot_t, 1) >= c / max(tot_r, 1), 1.0, -1.0)
    log_ratio = np.log2(((a + (a == 0) * 0.5) / max(tot_t, 1)) / ((c + (c == 0) * 0.5) / max(tot_r, 1)))
    df = pd.DataFrame({
        "group_by": group_by, "group_value": value, "term": terms[keep],
        "n_target": a.astype(int), "n_reference": c.astype(int), "n_plans_target": n_plans[gi][keep].astype(int),
        "per_10k_target": rate_t, "per_10k_reference": rate_r,
        "log_likelihood": sign * g2, "chi2": _chi2(a, b, c, d), "p_value": stats.chi2.sf(g2, 1),
        "log_ratio": log_ratio,
    })
    df = df.sort_values(["log_likelihood", "term"], ascending=[False, True], kind="mergesort")
    df["rank"] = np.arange(1, len(df) + 1)
    return df


def keyness_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measure_tokens`` + ``documents`` -> ``keyness``.

    Params: ``group_by`` ("level"), ``keyness_min_count`` (5), ``keyness_min_chars`` (2).
    """
    return {"keyness": keyness_table(tables["measure_tokens"], tables["documents"],
                                     group_by=params.get("group_by", "level"),
                                     min_count=int(params.get("keyness_min_count", 5)),
                                     min_chars=int(params.get("keyness_min_chars", 2)))}
