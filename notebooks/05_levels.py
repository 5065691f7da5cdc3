# %% [markdown] tags=["after:06_brief"]
# # 5 · Levels: how coverage differs between province, municipal and county plans
#
# **Question.** Which themes do plans at each administrative level cover, how large are the
# differences between levels (with bootstrap intervals), which words mark each level — and how
# strict, quantified and reused are their commitments?

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts and theme names: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)
top_differences = 10  # level differences listed, largest first
notebooks_done = []  # notebooks of this build run before this one (set by the build; [] when run by hand)

# %%
from analysis import browse, build, charts, charts_commitments, codebook, plotting, reuse

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook

# %% [markdown]
# ## Load

# %%
names = ["documents", "coverage_by_document", "coverage_by_level", "level_differences", "keyness",
         "stringency_by_level", "limits_comparison", "document_reuse", "reuse_pairs", "texts"]
tables = browse.subset_tables(build.load_tables(tables_dir, names, corpus_dir=corpus_dir), levels, themes)
book = codebook.load_codebook()
exported = "06_brief" in notebooks_done  # figures_dir holds the brief's figures of these tables and parameters
docs, cov, by_level = tables["documents"], tables["coverage_by_document"], tables["coverage_by_level"]
print(f"{len(docs)} plans: " + ", ".join(f"{k} {v}" for k, v in docs["level"].value_counts().items()))

# %% [markdown]
# The charts below are the brief's figures: in the build, notebook 6 has already exported them
# (the same tables and parameters), so they are shown from the figures folder, not drawn again;
# run by hand, this notebook draws them itself.

# %% [markdown]
# ## Coverage of each plan

# %%
fig = build.show_figure(figures_dir, "theme_heatmap", exported=exported,
                        draw=lambda: charts.plot_theme_heatmap(cov, docs, book.themes, lang=lang))

# %% [markdown]
# Each row is a plan, grouped by level; a column that is dark for one level and pale for another
# is a theme on which the levels differ.

# %% [markdown]
# ## Coverage by level
# Share of a level's plans with at least one measure of the theme (`coverage_pct`), and the mean
# share of their measures (`mean_share_pct`), with bootstrap intervals where a level has enough plans.

# %%
by_level.pivot_table(index="theme_code", columns="group_value", values="coverage_pct", sort=False)

# %%
fig = build.show_figure(figures_dir, "headline_by_level", exported=exported,
                        draw=lambda: charts.plot_headline_by_level(cov, by_level, docs, book.themes, lang=lang))

# %% [markdown]
# The five headline themes of the Eight-point Regulation appear at every level; what differs is
# how much of each plan they take.

# %% [markdown]
# ## Differences between levels

# %%
diffs = tables["level_differences"]
diffs.reindex(diffs["diff_share_pct"].abs().sort_values(ascending=False, kind="mergesort").index).head(top_differences)

# %%
fig = build.show_figure(figures_dir, "level_differences", exported=exported,
                        draw=lambda: charts.plot_level_differences(diffs, book.themes, lang=lang))

# %% [markdown]
# An interval that crosses zero — or a level with too few plans for an interval — is no evidence
# of a difference; with a handful of plans per level, read these as directions to look in.

# %% [markdown]
# ## Words that mark each level

# %%
fig = build.show_figure(figures_dir, "keyness", exported=exported,
                        draw=lambda: charts.plot_keyness(tables["keyness"], lang=lang))

# %% [markdown]
# Key terms over-used by one level (G²; only terms used by at least two of its plans, or by its only
# plan) show its habits of wording beyond the codebook's themes; each bar says how many plans use it.

# %% [markdown]
# ## Stringency, limits and reuse
# How strict the measures are (quantified limits, strong versus hedged wording) by level, the
# numeric limits plans set side by side, and text reused between plans — where those tables exist.

# %%
strict = tables.get("stringency_by_level")
strict[strict["theme_code"] == "all"] if strict is not None else print("no stringency table in this build")

# %%
if strict is not None:
    fig = build.show_figure(figures_dir, f"stringency_by_level_{lang}", exported=exported,
                            draw=lambda: charts_commitments.plot_stringency_by_level(strict, lang=lang)[0])

# %% [markdown]
# Stringency adds quantified commitments and strong wording (严禁, 一律不) and subtracts hedges
# (原则上, 尽量); a higher level that hedges more than its counties delegates the hard limits down.

# %%
limits = tables.get("limits_comparison")
if limits is not None:
    fig = build.show_figure(figures_dir, f"limits_comparison_{lang}", exported=exported,
                            draw=lambda: charts_commitments.plot_limits(limits, docs, lang=lang)[0])

# %% [markdown]
# Where several plans state the same kind of limit (meeting length, accompanying staff, length of
# documents), the filled dot is the strictest plan: the benchmark for the others.

# %%
doc_reuse = tables.get("document_reuse")
if doc_reuse is not None:
    fig = build.show_figure(figures_dir, f"document_reuse_{lang}", exported=exported,
                            draw=lambda: charts_commitments.plot_reuse_heatmap(doc_reuse, docs, lang=lang)[0])
else:
    print("no reuse table in this build")

# %% [markdown]
# Heavy reuse between a lower-level plan and its superior's shows copying rather than local design.
# The pairs with the most wording in common, with both passages read from the plans' texts:

# %%
pairs = tables.get("reuse_pairs")
top = reuse.strongest_pairs(pairs, tables["texts"], n=10) if pairs is not None else None
top if top is not None and len(top) else print("no two measures of different plans share enough wording to count as reuse")

# %% [markdown]
# ## Recap
# Coverage per plan and per level, the level differences with their intervals, the key terms of
# each level and the strictness of commitments are the findings the brief draws on (next notebook).
