"""Schemas of the coverage and keyness stages: coverage_by_document, coverage_by_level,
level_differences, keyness."""
from . import register

_GROUP = [
    ("group_by", "str", "manifest column the plans were grouped by (`level` by default; `year` is derived from `date`)"),
]

register(
    "coverage_by_document",
    "One row per plan × codebook theme (every theme, zeros included). A measure counts toward a theme "
    "when the theme is its primary theme or one of its further themes (`n_measures`); primary-only counts "
    "are given beside. A plan covers a theme when at least one of its measures has it (primary or further).",
    [
        ("doc_id", "str", "plan"),
        ("level", "str", "administrative level of the plan"),
        ("theme_code", "str", "codebook theme"),
        ("n_measures", "int", "measures of the plan that carry the theme (primary or further)"),
        ("n_measures_primary", "int", "measures of the plan whose primary theme it is"),
        ("n_measures_doc", "int", "all measures of the plan"),
        ("share_pct", "float", "`n_measures` / `n_measures_doc` × 100 (shares may sum past 100: a measure can carry several themes); empty when the plan has no measures", True),
        ("share_primary_pct", "float", "`n_measures_primary` / `n_measures_doc` × 100 (sums to 100 over themes); empty when the plan has no measures", True),
        ("is_covered", "bool", "`n_measures` > 0"),
    ],
    primary_key=["doc_id", "theme_code"],
    stage="coverage",
)

register(
    "coverage_by_level",
    "One row per group (level by default) × theme: how many plans cover the theme, with a percentile "
    "bootstrap interval over plans (plans resampled with replacement within the group, seeded). Groups "
    "with fewer than `min_plans_ci` plans (default 2) get EMPTY interval bounds: one plan cannot tell how "
    "plans of its level vary, and a zero-width interval would be false precision.",
    _GROUP + [
        ("group_value", "str", "value of the grouping column (`unknown` where the manifest leaves it empty)"),
        ("group_rank", "int", "display order of the group (level rank for levels, else sorted order)"),
        ("theme_code", "str", "codebook theme"),
        ("n_plans", "int", "plans in the group"),
        ("n_plans_covering", "int", "plans of the group with at least one measure carrying the theme"),
        ("coverage_pct", "float", "`n_plans_covering` / `n_plans` × 100"),
        ("coverage_ci_low_pct", "float", "lower bound of the bootstrap interval of `coverage_pct`", True),
        ("coverage_ci_high_pct", "float", "upper bound of the bootstrap interval of `coverage_pct`", True),
        ("mean_share_pct", "float", "mean over the group's plans of `share_pct` (plans without measures left out)", True),
        ("share_ci_low_pct", "float", "lower bound of the bootstrap interval of `mean_share_pct`", True),
        ("share_ci_high_pct", "float", "upper bound of the bootstrap interval of `mean_share_pct`", True),
        ("n_measures", "int", "measures of the group's plans carrying the theme (primary or further)"),
        ("is_ci_available", "bool", "the group has at least `min_plans_ci` plans, so the bounds are filled"),
    ],
    primary_key=["group_by", "group_value", "theme_code"],
    stage="coverage",
)

register(
    "level_differences",
    "One row per pair of groups (a above b in display order) × theme: differences a − b of coverage and "
    "of mean share, with percentile bootstrap intervals (each group resampled independently, seeded). "
    "Bounds are empty when either group has fewer than `min_plans_ci` plans.",
    _GROUP + [
        ("group_a", "str", "first group (higher in the display order, e.g. province)"),
        ("group_b", "str", "second group (e.g. county)"),
        ("theme_code", "str", "codebook theme"),
        ("n_plans_a", "int", "plans in group a"),
        ("n_plans_b", "int", "plans in group b"),
        ("coverage_a_pct", "float", "coverage of the theme in group a"),
        ("coverage_b_pct", "float", "coverage of the theme in group b"),
        ("diff_coverage_pct", "float", "`coverage_a_pct` − `coverage_b_pct` (percentage points)"),
        ("diff_coverage_ci_low_pct", "float", "lower bound of the bootstrap interval of the coverage difference", True),
        ("diff_coverage_ci_high_pct", "float", "upper bound", True),
        ("diff_share_pct", "float", "mean share in a − mean share in b (percentage points)", True),
        ("diff_share_ci_low_pct", "float", "lower bound of the bootstrap interval of the share difference", True),
        ("diff_share_ci_high_pct", "float", "upper bound", True),
        ("is_ci_available", "bool", "both groups have at least `min_plans_ci` plans, so the bounds are filled"),
    ],
    primary_key=["group_by", "group_a", "group_b", "theme_code"],
    stage="coverage",
)

register(
    "keyness",
    "Keyness of terms by group (level by default): each group's measure tokens (target) against all other "
    "groups' (reference). Dunning's log-likelihood G² with 1 degree of freedom, signed: positive when the "
    "term is relatively more frequent in the target. Only terms seen at least `keyness_min_count` times "
    "in the corpus, of at least `keyness_min_chars` (2) characters and with a Han character, are kept "
    "(every token still counts towards the totals).",
    _GROUP + [
        ("group_value", "str", "target group"),
        ("term", "str", "token as produced by the tokenizer"),
        ("n_target", "int", "occurrences in the target group's measures"),
        ("n_reference", "int", "occurrences in all other groups' measures"),
        ("n_plans_target", "int", "plans of the target group using the term (a term of one plan is not a level habit)"),
        ("per_10k_target", "float", "occurrences per 10,000 tokens in the target"),
        ("per_10k_reference", "float", "occurrences per 10,000 tokens in the reference"),
        ("log_likelihood", "float", "signed G²: + over-used in the target, − under-used"),
        ("chi2", "float", "Pearson chi-squared of the 2×2 table (unsigned)"),
        ("p_value", "float", "p-value of G² (chi-squared, 1 df); no correction for the many terms tested"),
        ("log_ratio", "float", "log2 of the ratio of relative frequencies (0.5 added to zero counts)"),
        ("rank", "int", "rank within the group by signed G², 1 = most over-used"),
    ],
    primary_key=["group_by", "group_value", "term"],
    stage="keyness",
)
