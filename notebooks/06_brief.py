# %% [markdown] tags=["after:tables"]
# # 6 · Brief: the export set of figures and tables
#
# **Question.** Which figures and tables go into a policy brief, and where are they? Every figure
# is written as PNG, SVG and PDF with a CSV of exactly the numbers it plots, listed in
# `figure_index.csv`; every table goes into one Excel workbook.

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts and theme names: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)
workbook_name = "brief_tables.xlsx"  # workbook of every table, written into figures_dir
workers = 2  # processes drawing figures side by side (1: all in this kernel; the files are the same)
figure_cache_dir = None  # folder of figures kept from earlier runs, copied when tables and code are unchanged (None: draw all)

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Image, display

from analysis import browse, build, charts_commitments, export, figure_cache, plotting

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook

# %% [markdown]
# ## Load

# %%
tables = browse.subset_tables(build.load_tables(tables_dir, corpus_dir=corpus_dir), levels, themes)
print(f"{len(tables)} tables loaded")

# %% [markdown]
# ## Figures
# The charts of `analysis.export` and `analysis.charts_commitments` (their `figure_jobs`), drawn
# into the figures folder `workers` at a time, in a fixed order, with their index. The workbook of
# the Tables section below is written by the same pool, as its last job, beside the longest figure.
# With a `figure_cache_dir` (the build passes one), a figure or workbook whose tables, language and
# code are those of an earlier run is copied from it, byte for byte, instead of drawn again.

# %%
cache = figure_cache.for_tables(figure_cache_dir, tables, lang)
jobs = export.figure_jobs(tables, figures_dir, lang, cache) + charts_commitments.figure_jobs(tables, figures_dir, lang, cache)
jobs.append(figure_cache.wrap(cache, workbook_name, figures_dir,
                              lambda: export.export_workbook(tables, Path(figures_dir, workbook_name))))
*entries, workbook = plotting.run_figure_jobs(jobs, workers)
index = plotting.write_figure_index(entries, figures_dir)
pd.read_csv(index)

# %% [markdown]
# Each figure's CSV holds exactly the numbers drawn, so a brief can quote them and a reader can
# redraw the chart.

# %%
for entry in entries:
    display(Image(filename=str(Path(figures_dir, entry["file"])), width=640))

# %% [markdown]
# ## Tables
# Every table of this build in one workbook, one sheet per table (a table of more than 50,000 rows, as a
# large corpus's spans or reuse pairs, is a one-row note naming its CSV in the tables folder).

# %%
print(f"{workbook.name}: {len(tables)} sheets")

# %% [markdown]
# ## Recap
# The figures folder now holds the brief's figures (PNG/SVG/PDF, each with its CSV), their index
# and the workbook of tables; the build replaces it as a whole, so its files always belong together.
