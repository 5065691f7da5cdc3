"""Browsing measures: filter by level, theme and keyword, and show each with its source context.

The filtering and context logic lives here (tested); the notebooks only call it. ``measure_browser``
wraps it in ipywidgets controls over an itables table for JupyterLab; executed headless (papermill,
the HTML report) the same table is shown statically with :func:`browse_table`.

Inputs are the tables of the pipeline: ``measures`` (measure_id, doc_id, seq, section, heading, text,
char_start, char_end), ``documents`` (doc_id, level, …), ``texts`` (doc_id, text) and, when the
themes stage has run, ``measure_themes`` (measure_id, theme_code, is_primary, …).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from . import config

# itables options of every interactive table: text wraps and reads left to right, and the whole
# table is embedded (itables would otherwise downsample tables above 64 KB) up to a cap that
# keeps the HTML report openable.
TABLE_OPTIONS = {"classes": "display compact", "maxBytes": 4_000_000, "pageLength": 10,
                 "columnDefs": [{"className": "dt-left", "targets": "_all"}]}
CONTEXT_WIDTH = 60  # characters of source text shown on each side of a measure
MARK_OPEN, MARK_CLOSE = "【", "】"  # around the measure inside its context (rare in plans' running text)


class Context(NamedTuple):
    """A measure inside its document: the text before it, the measure itself, the text after it."""

    before: str
    text: str
    after: str


def source_context(texts: pd.DataFrame, measure, width: int = CONTEXT_WIDTH) -> Context:
    """The source text around one measure.

    ``texts`` has columns doc_id, text; ``measure`` is a row (Series or dict) with doc_id,
    char_start, char_end. Returns up to ``width`` characters before and after the measure (cut at
    the document's ends) and the measure's own characters, all taken from the loaded text.
    Raises KeyError when the document is not in ``texts``.
    """
    hit = texts.loc[texts["doc_id"] == measure["doc_id"], "text"]
    if hit.empty:
        raise KeyError(f"document {measure['doc_id']!r} is not in texts")
    return _context(str(hit.iloc[0]), int(measure["char_start"]), int(measure["char_end"]), width)


def _context(doc: str, start: int, end: int, width: int) -> Context:
    if width < 0:
        raise ValueError(f"width must be >= 0, got {width}")
    return Context(doc[max(0, start - width):start], doc[start:end], doc[end:end + width])


def format_context(ctx: Context, max_chars: int | None = None) -> str:
    """One line: ``…before【measure】after…``; the measure is shortened to ``max_chars`` if given."""
    text = ctx.text if max_chars is None or len(ctx.text) <= max_chars else ctx.text[:max_chars] + "…"
    return f"…{ctx.before}{MARK_OPEN}{text}{MARK_CLOSE}{ctx.after}…".replace("\n", " ⏎ ")


def theme_labels(measure_themes: pd.DataFrame | None) -> pd.DataFrame:
    """One row per measure: ``measure_id``, ``theme_codes`` (codes joined with ``;``, primary first).

    Empty frame when ``measure_themes`` is None or empty (the themes stage has not run).
    """
    cols = ["measure_id", "theme_codes"]
    if measure_themes is None or measure_themes.empty:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in cols})
    mt = measure_themes.assign(_rank=~measure_themes["is_primary"].astype(bool))
    mt = mt.sort_values(["measure_id", "_rank", "theme_code"], kind="mergesort")
    out = mt.groupby("measure_id", sort=True)["theme_code"].agg(";".join).reset_index()
    return out.rename(columns={"theme_code": "theme_codes"}).astype("string")


def measure_frame(measures: pd.DataFrame, documents: pd.DataFrame,
                  measure_themes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measures with their document's ``level`` and ``title`` and their ``theme_codes``.

    Rows are sorted by level (top to bottom, as in ``levels.csv``), doc_id and seq.
    """
    docs = documents[["doc_id", "level", "title"]]
    out = measures.merge(docs, on="doc_id", how="left", validate="many_to_one")
    out = out.merge(theme_labels(measure_themes), on="measure_id", how="left")
    out["theme_codes"] = out["theme_codes"].fillna("").astype("string")
    rank = {lvl: i for i, lvl in enumerate(config.level_order())}
    out["_level_rank"] = out["level"].map(rank).fillna(len(rank)).astype(int)
    out = out.sort_values(["_level_rank", "doc_id", "seq"], kind="mergesort")
    return out.drop(columns="_level_rank").reset_index(drop=True)


def filter_measures(frame: pd.DataFrame, *, levels=None, themes=None, keyword: str | None = None) -> pd.DataFrame:
    """Rows of a :func:`measure_frame` that match every filter given.

    ``levels``: level codes to keep (None or empty = all). ``themes``: theme codes; a measure is kept
    when any of its themes is among them (None or empty = all). ``keyword``: whitespace-separated
    terms that must all occur (case-insensitive) in the measure's text, heading or section.
    Order of rows is kept.
    """
    keep = pd.Series(True, index=frame.index)
    if levels:
        keep &= frame["level"].isin(list(levels))
    if themes:
        wanted = set(themes)
        keep &= frame["theme_codes"].fillna("").map(lambda s: bool(wanted & set(s.split(";")))).astype(bool)
    for term in (keyword or "").split():
        keep &= _search_text(frame).str.contains(term.casefold(), regex=False)
    return frame.loc[keep]


def _search_text(frame: pd.DataFrame) -> pd.Series:
    parts = [frame[c].fillna("").astype(str) for c in ("text", "heading", "section") if c in frame]
    joined = parts[0]
    for p in parts[1:]:
        joined = joined + "\n" + p
    return joined.str.casefold()


def browse_table(frame: pd.DataFrame, texts: pd.DataFrame, width: int = CONTEXT_WIDTH,
                 max_chars: int | None = 200) -> pd.DataFrame:
    """The display table of a (filtered) measure frame: one row per measure with its source context.

    Columns: measure_id, level, doc_id, section, theme_codes, context (``…before【measure】after…``).
    """
    docs = dict(zip(texts["doc_id"], texts["text"].astype(str)))  # one lookup per measure, not a scan of texts
    missing = set(frame["doc_id"]) - set(docs)
    if missing:
        raise KeyError(f"document {sorted(missing)[0]!r} is not in texts")
    contexts = [format_context(_context(docs[d], int(s), int(e), width), max_chars)
                for d, s, e in zip(frame["doc_id"], frame["char_start"], frame["char_end"])]
    out = frame[["measure_id", "level", "doc_id", "section", "theme_codes"]].copy()
    out["section"] = out["section"].fillna("")  # a measure before any heading: blank, not <NA>
    out["context"] = pd.Series(contexts, index=frame.index, dtype="string")
    return out.reset_index(drop=True)


def spot_check(frame: pd.DataFrame, texts: pd.DataFrame, n_per_doc: int = 2, seed: int = 0,
               width: int = CONTEXT_WIDTH) -> pd.DataFrame:
    """A seeded random sample of ``n_per_doc`` measures per document, as a :func:`browse_table`.

    The same ``seed`` gives the same sample; documents keep the frame's order, measures their seq order.
    """
    rng = np.random.default_rng(seed)
    picked = []
    for _, grp in frame.groupby("doc_id", sort=False):
        take = rng.choice(len(grp), size=min(n_per_doc, len(grp)), replace=False)
        picked += list(grp.index[np.sort(take)])
    return browse_table(frame.loc[picked], texts, width)


def subset_tables(tables: dict[str, pd.DataFrame], levels=None, themes=None) -> dict[str, pd.DataFrame]:
    """The tables restricted to documents of ``levels`` and rows of ``themes`` (None or empty = all).

    Every table with a ``doc_id`` keeps the selected documents' rows, with a ``measure_id`` the
    selected measures', with a ``level`` the selected levels' and with a ``theme_code`` the selected
    themes'. Tables without those columns are returned as they are. A selection that cannot be meant is
    an error (see :func:`check_selection`).
    """
    levels, themes = check_selection(tables, levels, themes)
    out = dict(tables)
    if levels and "documents" in tables:
        docs = set(tables["documents"].loc[tables["documents"]["level"].isin(list(levels)), "doc_id"])
        mids = set(tables["measures"].loc[tables["measures"]["doc_id"].isin(docs), "measure_id"]) \
            if "measures" in tables else set()
        out = {n: _keep(t, "doc_id", docs) for n, t in out.items()}
        out = {n: _keep(t, "measure_id", mids if "measures" in tables else None) for n, t in out.items()}
        out = {n: _keep(t, "level", set(levels)) for n, t in out.items()}
    if themes:
        out = {n: _keep(t, "theme_code", set(themes)) for n, t in out.items()}
    return out


def check_selection(tables: dict[str, pd.DataFrame], levels=None, themes=None) -> tuple[list | None, list | None]:
    """``(levels, themes)`` as lists (a single name given as a string is one name, not its letters); raises
    ``ValueError`` naming what the tables hold when ``levels`` select no document or ``themes`` holds a
    code no table knows (a typo would otherwise give empty charts, or a notebook failing further on)."""
    levels, themes = ([x] if isinstance(x, str) else (list(x) if x else None) for x in (levels, themes))
    docs = tables.get("documents")
    if levels and docs is not None and len(docs) and not docs["level"].isin(levels).any():
        present = ", ".join(sorted(docs["level"].dropna().astype(str).unique()))
        raise ValueError(f"levels {levels} select no document; the corpus has documents of: {present}")
    known = set().union(*(set(t["theme_code"].dropna().astype(str)) for t in tables.values()
                          if "theme_code" in t.columns))
    unknown = [t for t in themes or () if known and t not in known]
    if unknown:
        raise ValueError(f"themes {unknown} are not theme codes of these tables; known: {', '.join(sorted(known))}")
    return levels, themes


def _keep(df: pd.DataFrame, col: str, values) -> pd.DataFrame:
    if values is None or col not in df.columns:
        return df
    return df.loc[df[col].isin(list(values))].reset_index(drop=True)


def assignment_table(measures: pd.DataFrame, measure_themes: pd.DataFrame, codebook_themes: pd.DataFrame,
                     lang: str = "zh", max_chars: int = 80) -> pd.DataFrame:
    """Theme assignments with their evidence, one row per (measure, theme).

    Columns: measure_id, doc_id, theme_code, theme (name in ``lang``), is_primary, score, evidence,
    text (the measure, shortened to ``max_chars``). Sorted by measure, primary theme first.
    """
    names = codebook_themes.set_index("theme_code")[f"name_{lang}"]
    out = measure_themes.merge(measures[["measure_id", "doc_id", "seq", "text"]], on="measure_id", how="left")
    out["theme"] = out["theme_code"].map(names).fillna(out["theme_code"]).astype("string")
    out["text"] = out["text"].map(lambda t: _shorten(str(t), max_chars)).astype("string")
    out = out.assign(_rank=~out["is_primary"].astype(bool)).sort_values(
        ["doc_id", "seq", "_rank", "theme_code"], kind="mergesort")
    cols = ["measure_id", "doc_id", "theme_code", "theme", "is_primary", "score", "evidence", "text"]
    return out[cols].reset_index(drop=True)


def representatives(clusters: pd.DataFrame, measures: pd.DataFrame, max_chars: int = 80) -> pd.DataFrame:
    """The representative measures of each cluster (``representative_measure_ids``, ``;``-separated).

    Columns: cluster_id, measure_id, text (shortened to ``max_chars``); clusters in their order,
    measures in the order the clusters table lists them.
    """
    ids = clusters[["cluster_id", "representative_measure_ids"]].assign(
        measure_id=lambda d: d["representative_measure_ids"].fillna("").str.split(";")).explode("measure_id")
    ids = ids[ids["measure_id"].fillna("").str.len() > 0]
    out = ids.merge(measures[["measure_id", "text"]], on="measure_id", how="left")
    out["text"] = out["text"].fillna("").map(lambda t: _shorten(str(t), max_chars)).astype("string")
    return out[["cluster_id", "measure_id", "text"]].reset_index(drop=True)


def _shorten(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[:max_chars] + "…"


WIDE_COLUMNS = ("context", "text", "evidence")  # long text: gets most of the table's width


def table_options(df: pd.DataFrame, **options) -> dict:
    """:data:`TABLE_OPTIONS` for ``df``: the first long-text column (:data:`WIDE_COLUMNS`) gets half
    the width, so the text is readable and short columns stay narrow; ``options`` override."""
    defs = list(TABLE_OPTIONS["columnDefs"])
    wide = [c for c in WIDE_COLUMNS if c in df.columns]
    if wide:
        defs.append({"width": "50%", "targets": [list(df.columns).index(wide[0])]})
    return {**TABLE_OPTIONS, "autoWidth": not wide, "columnDefs": defs, **options}


def show_table(df: pd.DataFrame, caption: str | None = None, **options) -> None:
    """Display ``df`` as an interactive itables table (search, sort, pages), see :func:`table_options`.

    Works in JupyterLab and, after ``itables.init_notebook_mode(connected=False)``, in the HTML report.
    """
    from itables import show

    show(df, caption=caption, **table_options(df, **options))


def measure_browser(frame: pd.DataFrame, texts: pd.DataFrame, width: int = CONTEXT_WIDTH, render=None):
    """An ipywidgets browser: level and theme multi-selects and a keyword box over an itables table.

    Returns the widget (display it). Every change re-filters with :func:`filter_measures` and
    redraws :func:`browse_table` in the output area with ``render(table, caption)`` (default
    :func:`show_table`).
    """
    import ipywidgets as w

    render = render or show_table

    levels = w.SelectMultiple(options=_options(frame["level"]), description="level")
    themes = w.SelectMultiple(options=_options(frame["theme_codes"].str.split(";").explode()),
                              description="theme")
    keyword = w.Text(description="keyword", placeholder="e.g. 公务接待 会议")
    out = w.Output()

    def redraw(_=None):
        hit = filter_measures(frame, levels=levels.value, themes=themes.value, keyword=keyword.value)
        out.clear_output(wait=True)
        with out:
            render(browse_table(hit, texts, width), caption=f"{len(hit)} of {len(frame)} measures")

    for control in (levels, themes, keyword):
        control.observe(redraw, names="value")
    redraw()
    return w.VBox([w.HBox([levels, themes, keyword]), out])


def _options(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values.dropna() if str(v)})
