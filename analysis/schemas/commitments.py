"""Schemas of the commitments and stringency stages: commitments, measure_stringency,
stringency_by_level, limits_comparison."""
from . import register

register(
    "commitments",
    "Number-bound commitments inside measures (`不超过3人`, `每年至少2次`, `减少20%以上`, `只减不增`). "
    "Dates, document numbers, ordinals, list counts (`十项督查`, `4个方面`), names in quotes and counts of "
    "past facts are not commitments. Rules: analysis/commitments.py.",
    [
        ("commitment_id", "str", "`<measure_id>-c<k, 2 digits>`, k in text order within the measure"),
        ("measure_id", "str", "measure"),
        ("doc_id", "str", "document"),
        ("subject", "str", "what the number binds, as printed (`会期`, `陪同负责同志`, `文字稿`, `调研报告`)", True),
        ("limit_kind", "str", "kind of limit for comparison across plans (`meeting_length` …; stringency.toml [[limit_kinds]])", True),
        ("comparator", "str", "`<=`, `>=`, `=`, `>`, `<`, `reduce>=`, `reduce=`, `reduce<=`, `increase=`, `increase>=`, `no_increase`"),
        ("value", "float", "the number in `unit` (lower end of a range; 0 for `no_increase`)"),
        ("value_high", "float", "upper end of a range (`1至2篇`); empty for a single value", True),
        ("unit", "str", "normalised unit: persons, times, items, characters, minutes, hours, days, percent, yuan, square_metres, km"),
        ("unit_raw", "str", "unit as printed (`个月`, `人`, `%`)", True),
        ("frequency", "str", "period the number applies to (`每年`, `每季度`, `每月`, `每周`, `每届`, `每次`, `每两年` …)", True),
        ("is_conditional", "bool", "the number states a condition (`会期不超过半天的，一律不安排食宿`), not a limit"),
        ("cue", "str", "rule that bound the number (not_more_than, at_least, reduce, only, frequency, distribution, coordinated …)", True),
        ("text", "str", "the commitment's words: exactly the document text from `char_start` to `char_end`"),
        ("char_start", "int", "first character in the document text (measure `char_start` + offset in the measure)"),
        ("char_end", "int", "end in the document text (exclusive)"),
    ],
    primary_key=["commitment_id"],
    stage="commitments",
)

register(
    "measure_stringency",
    "Stringency score of each measure with its components (weights: analysis/data/stringency.toml): "
    "`stringency_score = quantified_component + strong_component - hedge_component`.",
    [
        ("measure_id", "str", "measure"),
        ("doc_id", "str", "document"),
        ("n_commitments", "int", "commitments in the measure"),
        ("quantified_component", "float", "`quantified_weight` × min(`n_commitments`, `quantified_cap`)"),
        ("n_strong_cues", "int", "hits of strong wording (严禁, 一律不, 不得, 坚决 …)"),
        ("strong_component", "float", "sum of their weights, capped at `strong_cap`"),
        ("n_hedge_cues", "int", "hits of hedging wording (原则上, 一般不, 尽量, 适当 …)"),
        ("hedge_component", "float", "sum of their weights, capped at `hedge_cap`"),
        ("stringency_score", "float", "`quantified_component + strong_component - hedge_component`"),
        ("strong_cues", "str", "strong cues as matched, `;`-separated", True),
        ("hedge_cues", "str", "hedge cues as matched, `;`-separated", True),
    ],
    primary_key=["measure_id"],
    stage="commitments",
)

register(
    "stringency_by_level",
    "Mean stringency score and share of quantified measures per level × primary theme (theme `all` = every "
    "measure; `unthemed` when no theme table exists), with percentile bootstrap intervals over plans (plans "
    "resampled with replacement within the level, seeded). Levels with fewer than `min_plans_ci` plans "
    "(default 2) get EMPTY bounds: one plan cannot show how plans of its level vary.",
    [
        ("level", "str", "administrative level"),
        ("level_rank", "int", "display order of the level (0 = central)"),
        ("theme_code", "str", "primary theme of the measures, or `all`"),
        ("n_plans", "int", "plans of the level"),
        ("n_plans_with_theme", "int", "plans of the level with at least one measure of the theme"),
        ("n_measures", "int", "measures of the level with the theme"),
        ("mean_score", "float", "mean `stringency_score` of those measures", True),
        ("score_ci_low", "float", "lower bound of the bootstrap interval of `mean_score`", True),
        ("score_ci_high", "float", "upper bound of the bootstrap interval of `mean_score`", True),
        ("quantified_pct", "float", "share of those measures with `is_quantified`, in percent", True),
        ("quantified_ci_low_pct", "float", "lower bound of the bootstrap interval of `quantified_pct`", True),
        ("quantified_ci_high_pct", "float", "upper bound of the bootstrap interval of `quantified_pct`", True),
        ("is_ci_available", "bool", "the level has at least `min_plans_ci` plans, so the bounds are filled"),
    ],
    primary_key=["level", "theme_code"],
    stage="stringency",
)

register(
    "limits_comparison",
    "Like limits lined up across plans: one row per limit kind × plan that states it, in the kind's common "
    "unit (meeting length in hours, 1 day = 8 hours so 半天 = 4 hours; speech and airtime in minutes; field "
    "research in days, 1 month = 30 days; rates per year where a period is printed). Conditions are left out.",
    [
        ("limit_kind", "str", "kind code (stringency.toml [[limit_kinds]])"),
        ("basis", "str", "`每年` for rates converted to a year (每季度 1 次 = 4, 每届 = 1/5 of a year's count); the printed frequency when it is no period (`每次`); empty when none applies"),
        ("label_zh", "str", "kind name in Chinese"),
        ("label_en", "str", "kind name in English"),
        ("unit", "str", "common unit of the kind"),
        ("stricter", "str", "`lower` (a cap: a lower value is stricter) or `higher` (a floor or a cut)"),
        ("doc_id", "str", "plan"),
        ("level", "str", "level of the plan", True),
        ("level_rank", "int", "display order of the level"),
        ("n_commitments", "int", "commitments of the plan of this kind"),
        ("value", "float", "the plan's loosest value of the kind (largest cap / smallest floor it allows anywhere)"),
        ("value_strictest", "float", "the plan's strictest value of the kind (e.g. the cap for other leaders)"),
        ("frequency", "str", "most common period of those commitments (`每年` …)", True),
        ("example_text", "str", "text of the loosest commitment"),
        ("commitment_ids", "str", "the commitments, `;`-separated"),
        ("is_strictest", "bool", "`value` is the strictest among the plans stating this kind on this basis (ties all true)"),
        ("n_plans_in_kind", "int", "plans stating this kind on this basis"),
    ],
    primary_key=["limit_kind", "basis", "doc_id"],
    stage="stringency",
)
