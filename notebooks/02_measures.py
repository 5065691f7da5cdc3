# %% [markdown]
# # 2 · Measures: what was extracted from each plan
#
# **Question.** How many measures (numbered commitments) were extracted from each plan, how much of
# each text they cover, and do they read right when seen in their source context?
#
# Every measure carries `char_start`/`char_end` into its plan's loaded text, so each one can be
# checked against the characters it came from.

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)
n_spot_checks = 2  # measures drawn at random per plan for the spot check
context_chars = 60  # characters of source text shown on each side of a measure

# %%
from itables import init_notebook_mode

from analysis import browse, build, charts, plan_body, plotting

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook
init_notebook_mode(all_interactive=False, connected=False)  # offline tables, also in the HTML report

# %% [markdown]
# ## Load

# %%
names = ["documents", "texts", "spans", "measures", "measure_themes"]
tables = browse.subset_tables(build.load_tables(tables_dir, names, corpus_dir=corpus_dir), levels=levels)
frame = browse.measure_frame(tables["measures"], tables["documents"], tables.get("measure_themes"))
print(f"{len(frame)} measures from {frame['doc_id'].nunique()} plans")

# %% [markdown]
# ## Per-plan counts
# Measures per plan, and how the text divides into measures, headings, problem statements,
# preamble and furniture (characters per span kind).

# %%
spans = tables["spans"].assign(n_chars=lambda d: d["char_end"] - d["char_start"])
span_chars = spans.pivot_table(index="doc_id", columns="span_kind", values="n_chars", aggfunc="sum", fill_value=0)
per_plan = tables["documents"].set_index("doc_id")[["level", "n_measures", "n_chars"]].join(span_chars)
per_plan

# %% [markdown]
# A plan whose `measure` characters are a small part of its text either wraps the plan in a long
# notice or report, or has numbering the extractor did not follow: spot-check it below.
#
# ## Files that hold more than their plan
# A gazette's next item, a newspaper's next article or a second plan copied into the same file ends
# the plan; its text is set aside (`other`), so a second plan's measures are not extracted. A file
# listed here should be split into one file per plan (with a manifest row each) if it holds another plan.

# %%
plan_body.documents_after_plan(tables["texts"], tables["spans"])

# %% [markdown]
# ## Spot checks with source context
# A seeded random sample per plan; 【…】 marks the measure inside the text around it.

# %%
browse.show_table(browse.spot_check(frame, tables["texts"], n_spot_checks, seed, context_chars), caption="spot checks")

# %% [markdown]
# Each row should read as one complete commitment; a measure that starts or stops mid-sentence
# points to a boundary the numbering patterns missed.

# %% [markdown]
# ## Measure browser
# In JupyterLab: filter by level, theme and keyword (all terms must occur). The static table after
# it holds every measure with its context and has its own search box (that is what the HTML report
# shows).

# %%
browse.measure_browser(frame, tables["texts"], context_chars)

# %%
browse.show_table(browse.browse_table(frame, tables["texts"], context_chars), caption="all measures")

# %% [markdown]
# ## Chart: measures per plan

# %%
fig = charts.plot_measures_per_plan(per_plan["n_measures"], lang=lang)  # a histogram beyond 60 plans

# %% [markdown]
# ## Recap
# The measures table holds every numbered commitment with its offsets into the source; the counts,
# spans and spot checks above are the evidence that the extraction follows each plan's numbering.
# Next: the themes assigned to these measures.
