# %% [markdown]
# # 3 · Themes: what each measure is about, and how far to trust it
#
# **Question.** Which codebook themes were assigned to each measure, on what evidence, how well do
# the assignments agree with the hand labels, and which cues of the codebook do the work?
#
# Themes come from the codebook (`analysis/data/codebook.toml`): cues matched in a measure's
# heading, text and section, weighted by where they fire. Every assignment keeps its evidence.

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts and theme names: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)
top_cues = 15  # cues listed in the diagnostics

# %%
from itables import init_notebook_mode

from analysis import browse, build, charts, codebook, plotting

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook
init_notebook_mode(all_interactive=False, connected=False)  # offline tables, also in the HTML report

# %% [markdown]
# ## Load

# %%
names = ["documents", "measures", "measure_themes", "coverage_by_level", "validation_metrics",
         "validation_summary", "validation_confusion", "cue_diagnostics"]
tables = browse.subset_tables(build.load_tables(tables_dir, names, corpus_dir=corpus_dir), levels, themes)
book = codebook.load_codebook()
print(f"codebook {book.version}: {len(book.themes)} themes, {len(book.cues)} cues; "
      f"{tables['measure_themes']['measure_id'].nunique()} measures with themes")

# %% [markdown]
# ## Assignments with evidence
# One row per (measure, theme): the primary theme first, then further themes the measure clearly
# commits to. `evidence` lists the cues that fired and where (`heading:`, `text:`, `section:`).

# %%
assignments = browse.assignment_table(tables["measures"], tables["measure_themes"], book.themes, lang)
browse.show_table(assignments, caption="theme assignments", pageLength=10)

# %% [markdown]
# A measure whose evidence is only `section:` cues got its theme from the heading above it, not
# from its own words: those are the assignments most worth a second look.

# %%
primary = assignments[assignments["is_primary"]]
primary.groupby(["theme_code", "theme"]).size().rename("n_measures").sort_values(ascending=False).to_frame()

# %% [markdown]
# ## Chart: measures per theme, by level

# %%
fig = charts.plot_measures_stacked(tables["coverage_by_level"], book.themes, lang=lang)

# %% [markdown]
# The headline themes (meetings, documents, reception, vehicles, grassroots) should carry most
# measures; a large `other` bar means measures the codebook does not describe.

# %% [markdown]
# ## Validation against hand labels
# Agreement of the assigned primary theme with hand labels (`corpus/labels/`), overall and per theme.

# %%
tables["validation_summary"]

# %%
tables["validation_metrics"].sort_values("support", ascending=False, kind="mergesort")

# %% [markdown]
# Per-theme precision and recall rest on few labelled measures each: read them as pointers to
# themes whose cues need work, not as estimates.

# %%
tables["validation_confusion"].pivot_table(index="hand_theme", columns="assigned_theme", values="n",
                                           aggfunc="sum", fill_value=0)

# %% [markdown]
# Off-diagonal cells are the disagreements: a row with several of them is a theme the hand coder
# sees that the cues miss.

# %% [markdown]
# ## Codebook diagnostics
# Which cues fire most, and which never fire in this corpus.

# %%
diag = tables["cue_diagnostics"]
cues = diag[diag["cue"].fillna("").str.len() > 0]
cues.sort_values(["n_fires", "theme_code", "cue"], ascending=[False, True, True], kind="mergesort").head(top_cues)

# %%
cues[cues["n_fires"] == 0].groupby("theme_code").size().rename("n_silent_cues").to_frame()

# %% [markdown]
# Silent cues cost nothing but may be worded differently from how plans write; a cue that fires
# very often across themes is a candidate for a lower weight or a negative cue.

# %% [markdown]
# ## Recap
# Every measure has a primary theme with the cues that decided it; the hand labels measure how
# far the codebook agrees with a reader, and the diagnostics show which cues carry the themes.
# Next: clusters found without the codebook, and how they line up with it.
