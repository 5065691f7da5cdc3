"""Schemas of the text-reuse stage: reuse_pairs, measure_reuse, document_reuse."""
from . import register

_LABEL = ("label", "str", "`verbatim` (similarity >= 0.8), `adapted` (>= 0.3), else `novel`; both need >= 15 "
          "informative characters matched (thresholds: analysis/reuse.py DEFAULTS, params `reuse_*`)")

register(
    "reuse_pairs",
    "Measure → candidate pairs of different plans whose local alignment (Smith–Waterman on characters, stock phrases and "
    "n-grams common to many plans scoring nothing) reaches the floor (`similarity` >= 0.2 and >= 15 informative "
    "characters). Ordered: a row says how much of `measure_id` is found in `other_measure_id`.",
    [
        ("measure_id", "str", "measure A"),
        ("doc_id", "str", "plan of A"),
        ("other_measure_id", "str", "measure B, in another plan"),
        ("other_doc_id", "str", "plan of B"),
        ("similarity", "float", "informative characters of A aligned to identical characters of B / informative characters of A (0–1)"),
        ("similarity_other", "float", "the same share of B's informative characters (0–1)"),
        ("n_matched_chars", "int", "identical characters in the alignment (stock ones included)"),
        ("n_informative_matched", "int", "identical characters in the alignment outside stock phrases and common n-grams"),
        ("alignment_score", "int", "Smith–Waterman score (match +2 on informative characters, 0 on stock, mismatch −1, gap −1)"),
        _LABEL,
        ("char_start", "int", "start of the aligned passage of A in A's document text (`texts`; the passage as text: "
         "`analysis.reuse.with_passages`)", True),
        ("char_end", "int", "end (exclusive) in A's document text", True),
        ("other_char_start", "int", "start of the passage in B's document text", True),
        ("other_char_end", "int", "end (exclusive) in B's document text", True),
    ],
    primary_key=["measure_id", "other_measure_id"],
    stage="reuse",
)

register(
    "measure_reuse",
    "Each measure × each other plan where it has a candidate (through shared n-grams; at most `max_candidates` "
    "candidates per measure, its own near copies and higher-level plans first): the closest measure of that plan, "
    "the similarity and the label. A measure with no row for a plan has no candidate there (novel with respect to it).",
    [
        ("measure_id", "str", "measure"),
        ("doc_id", "str", "its plan"),
        ("other_doc_id", "str", "another plan"),
        ("closest_measure_id", "str", "closest measure in the other plan", True),
        ("similarity", "float", "share of the measure's informative characters found in the closest measure (0–1)"),
        _LABEL,
        ("char_start", "int", "start of the measure's passage aligned with the closest measure, in its document text", True),
        ("char_end", "int", "end (exclusive) of that passage", True),
    ],
    primary_key=["measure_id", "other_doc_id"],
    stage="reuse",
)

register(
    "document_reuse",
    "Ordered plan pairs (A, B) linked by at least one candidate measure pair: share of plan A's measures that reuse "
    "plan B (label verbatim or adapted), and whether B is of a higher level — the reference for A when it is also in "
    "A's region chain or central. Pairs of plans with no row share no candidate.",
    [
        ("doc_id", "str", "plan A (the one that may reuse)"),
        ("other_doc_id", "str", "plan B (the possible source)"),
        ("level", "str", "level of A"),
        ("other_level", "str", "level of B"),
        ("n_measures", "int", "measures of A"),
        ("n_verbatim", "int", "measures of A whose closest measure in B is `verbatim`"),
        ("n_adapted", "int", "measures of A whose closest measure in B is `adapted`"),
        ("n_reused", "int", "`n_verbatim + n_adapted`"),
        ("reuse_pct", "float", "`n_reused / n_measures` × 100; empty when A has no measures", True),
        ("mean_similarity", "float", "mean similarity of A's measures to their closest measure in B (0 for a measure with no candidate in B)", True),
        ("is_other_higher", "bool", "B is of a higher level than A (level rank from levels.csv)"),
        ("is_other_reference", "bool", "B is higher and central, or its region is a prefix of A's region (山东省 → 山东省济宁市金乡县)"),
    ],
    primary_key=["doc_id", "other_doc_id"],
    stage="reuse",
)
