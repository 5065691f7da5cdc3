# %% [markdown]
# # 1 · Corpus: what was loaded, what was rejected and why
#
# **Question.** Which plans does the corpus hold — at which administrative levels, from which
# issuers, in which file formats and encodings — and which files could not be used, and why?
#
# Every later table indexes into the texts loaded here, so this is where to check that a plan was
# read as intended before trusting any count built on it.

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)

# %%
from analysis import browse, build, config, plotting

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook

# %% [markdown]
# ## Load
# The tables come from the build's tables folder; the run manifest records the corpus hash and
# the parameters they were made with.

# %%
tables = build.load_tables(tables_dir, ["documents", "texts", "rejected", "furniture"], corpus_dir=corpus_dir)
tables = browse.subset_tables(tables, levels=levels)
manifest = build.read_json(f"{tables_dir}/run_manifest.json")
documents, rejected, furniture = tables["documents"], tables["rejected"], tables["furniture"]
print(f"corpus hash {manifest['corpus_hash'][:16]}…, package {manifest['package_version']}")

# %% [markdown]
# ## What was loaded
# One row per plan that loaded, with its level, issuer, date, and how its bytes were read.

# %%
documents[["doc_id", "level", "region", "issuer", "title", "date", "file_format", "encoding",
           "is_converted_from_traditional", "n_chars", "n_measures"]]

# %% [markdown]
# A plan with very few measures for its length is worth opening: either it is a report rather than
# a plan, or its numbering was not recognised (the measures notebook shows the spans).

# %%
level_counts = documents["level"].value_counts().reindex(config.level_order()).dropna().astype(int)
level_counts.rename("plans").to_frame()

# %% [markdown]
# ## What was rejected, and why
# Files that could not be used are listed with the reason; the rest of the corpus is still used.

# %%
rejected if len(rejected) else print("No file was rejected.")

# %% [markdown]
# ## Page furniture set aside
# Web-page remnants (print buttons, view counters, related-link lists) are recognised and kept out
# of the measures, but never deleted from the loaded text.

# %%
furniture.groupby(["doc_id", "furniture_kind"]).size().rename("n_spans").reset_index()

# %% [markdown]
# ## Chart: plans per level
# The corpus balance across levels bounds every level comparison later on: a level with one plan
# gives no interval.

# %%
level_names = config.load_levels().set_index("level")[f"name_{lang}"]
title = {"zh": "各层级方案数", "en": "Plans per level"}[lang]
ax = level_counts.rename(index=level_names).plot.barh(xlabel="", ylabel="", color="#0072B2", title=title)

# %% [markdown]
# ## Recap
# The table above is the corpus as loaded: each plan's level, encoding, length and measure count,
# the files rejected with their reasons, and the web furniture set aside. The next notebook checks
# the measures extracted from these texts.
