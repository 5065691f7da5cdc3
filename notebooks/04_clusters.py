# %% [markdown]
# # 4 · Clusters: what the measures group into without the codebook
#
# **Question.** When measures are grouped by their words alone (TF-IDF of jieba tokens, k-means),
# which groups appear, and do they line up with the codebook's themes — or suggest a new one?

# %% tags=["parameters"]
corpus_dir = "../corpus"  # corpus folder: manifest.csv and the plan files
tables_dir = "../build/tables"  # tables folder (`python -m analysis tables`); built here if missing
figures_dir = "../figures"  # folder the brief figures are written to
levels = None  # levels to include, e.g. ["province", "county"] (None: all)
themes = None  # theme codes to include, e.g. ["meetings"] (None: all)
lang = "zh"  # label language of charts and theme names: "zh" or "en"
seed = 0  # seed of every random choice (spot-check samples, clustering)

# %%
from analysis import browse, build, charts, codebook, plotting

style = plotting.use_style(lang)  # house style and CJK font for every chart of this notebook

# %% [markdown]
# ## Load
# The clusters were fitted by the tables build (seeded), over all measures.

# %%
names = ["measures", "clusters", "measure_clusters", "cluster_themes"]
tables = browse.subset_tables(build.load_tables(tables_dir, names, corpus_dir=corpus_dir), levels, themes)
book = codebook.load_codebook()
clusters = tables["clusters"]
print(f"{len(clusters)} clusters over {len(tables['measure_clusters'])} measures")

# %% [markdown]
# ## Discovery
# Each cluster with its most characteristic terms and the codebook theme most common among its
# measures.

# %%
clusters[["cluster_id", "n_measures", "top_terms", "best_theme_code", "best_theme_share_pct",
          "is_candidate_new_theme"]]

# %% [markdown]
# Clusters whose top terms are procedural (落实, 加强, 工作) group measures by wording habits
# rather than by subject; they tend to align poorly with any theme.

# %% [markdown]
# ## Representative measures
# The measures closest to each cluster's centre.

# %%
browse.representatives(clusters, tables["measures"])

# %% [markdown]
# ## Alignment with the codebook

# %%
fig = charts.plot_cluster_theme_alignment(tables["cluster_themes"], clusters, book.themes, lang=lang)

# %% [markdown]
# A row concentrated on one theme is a cluster the codebook already describes; a spread row, or one
# dominated by `other`, is marked as a candidate new theme.

# %%
clusters[clusters["is_candidate_new_theme"]][["cluster_id", "n_measures", "top_terms", "best_theme_code"]]

# %% [markdown]
# ## Recap
# The clusters are an independent check on the codebook: where they agree, the themes describe
# how plans group their own measures; candidate clusters are where to look for a missing theme.
# Next: how coverage of the themes differs between levels.
