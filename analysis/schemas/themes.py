"""Schemas of the theme stages: tokens, theme assignment, clusters, validation, cue diagnostics."""
from . import register

register(
    "measure_tokens",
    "Content words of each measure (jieba with the project dictionary; stop words, punctuation and bare numbers dropped; one-character words kept).",
    [
        ("measure_id", "str", "measure"),
        ("doc_id", "str", "document"),
        ("tokens", "str", "the measure's tokens in text order, joined by single spaces", True),
    ],
    primary_key=["measure_id"],
    stage="segment",
)

register(
    "measure_themes",
    "Themes of each measure from the codebook cues: one row per kept (measure, theme); exactly one primary per measure (`other` when no theme reaches the minimum score).",
    [
        ("measure_id", "str", "measure"),
        ("theme_code", "str", "theme id from the codebook"),
        ("score", "float", "weighted cue score (heading ×2, text ×1, section ×0.5; see codebook.toml [assignment]); 0 for `other`"),
        ("is_primary", "bool", "the measure's primary theme (exactly one per measure); the other rows are further themes"),
        ("evidence", "str", "cues that fired and where: `heading:会议×1; text:会期×2`; `-cue` is a negative cue", True),
    ],
    primary_key=["measure_id", "theme_code"],
    stage="themes",
)

register(
    "clusters",
    "Clusters of measures found without the codebook (TF-IDF on jieba tokens, k-means with k chosen by silhouette), and how well the codebook explains each.",
    [
        ("cluster_id", "int", "cluster number, from 0, ordered by size (largest first)"),
        ("n_measures", "int", "measures in the cluster"),
        ("top_terms", "str", "highest-weight terms of the cluster centre, `;`-separated"),
        ("representative_measure_ids", "str", "measures closest to the cluster centre, `;`-separated"),
        ("best_theme_code", "str", "primary theme most common among the cluster's measures"),
        ("best_theme_share_pct", "float", "share of the cluster's measures with that primary theme, in percent"),
        ("is_candidate_new_theme", "bool", "no theme explains the cluster: best share below the threshold, or best theme `other`"),
    ],
    primary_key=["cluster_id"],
    stage="clusters",
)

register(
    "measure_clusters",
    "The cluster of each measure.",
    [
        ("measure_id", "str", "measure"),
        ("cluster_id", "int", "cluster (see `clusters`)"),
    ],
    primary_key=["measure_id"],
    stage="clusters",
)

register(
    "cluster_themes",
    "Alignment of clusters with codebook themes: primary themes of each cluster's measures.",
    [
        ("cluster_id", "int", "cluster"),
        ("theme_code", "str", "primary theme"),
        ("n_measures", "int", "measures of the cluster with this primary theme"),
        ("share_pct", "float", "share of the cluster's measures with this primary theme, in percent"),
    ],
    primary_key=["cluster_id", "theme_code"],
    stage="clusters",
)

register(
    "validation_metrics",
    "Agreement of assigned primary themes with hand labels, per theme.",
    [
        ("theme_code", "str", "theme"),
        ("precision", "float", "share of measures assigned this theme that the hand label agrees with", True),
        ("recall", "float", "share of hand-labelled measures of this theme that were assigned it", True),
        ("f1", "float", "harmonic mean of precision and recall", True),
        ("support", "int", "hand-labelled measures with this primary theme"),
        ("n_assigned", "int", "labelled measures assigned this primary theme"),
    ],
    primary_key=["theme_code"],
    stage="validation",
)

register(
    "validation_summary",
    "Overall agreement of assigned themes with hand labels (one row per statistic).",
    [
        ("metric", "str", "n_labels, n_matched, accuracy, cohen_kappa, macro_f1, headline_f1, headline_macro_f1, further_recall, coverage_agreement_core"),
        ("value", "float", "value of the statistic; empty when undefined (e.g. further_recall when no "
                           "further themes are labelled)", True),
        ("description", "str", "what the statistic measures"),
    ],
    primary_key=["metric"],
    stage="validation",
)

register(
    "validation_confusion",
    "Confusion table of hand-labelled primary theme against assigned primary theme (non-zero cells).",
    [
        ("hand_theme", "str", "primary theme of the hand label"),
        ("assigned_theme", "str", "primary theme assigned by the codebook"),
        ("n", "int", "number of labelled measures"),
    ],
    primary_key=["hand_theme", "assigned_theme"],
    stage="validation",
)

register(
    "doc_cue_fires",
    "Every cue fire of every theme (kept as a measure's theme or not), summed per document; the corpus-wide `cue_diagnostics` add these up instead of matching the cues again.",
    [
        ("doc_id", "str", "document"),
        ("theme_code", "str", "theme whose cue fired"),
        ("cue", "str", "the cue as matched (NFKC-folded, lower case), without the `-` of a negative cue"),
        ("is_negative", "bool", "a negative cue"),
        ("n_fires", "int", "occurrences in the document's measures, all places (heading, text, section)"),
        ("n_measures", "int", "measures of the document in which the cue fired"),
    ],
    primary_key=["doc_id", "theme_code", "cue", "is_negative"],
    stage="themes",
)

register(
    "cue_diagnostics",
    "How often each codebook cue fires over the corpus; cues that never fire show 0. Rows with an empty cue report themes with no measures.",
    [
        ("theme_code", "str", "theme"),
        ("cue", "str", "cue (negative cues start with `-`); empty for the per-theme row", True),
        ("is_negative", "bool", "a negative cue"),
        ("n_fires", "int", "occurrences over all measures and places (heading, text, section)"),
        ("n_measures", "int", "measures in which the cue fired (per-theme row: measures with this primary theme)"),
    ],
    primary_key=["theme_code", "cue"],
    stage="validation",
)
