"""Exports for brief authors: every table in one Excel workbook, every chart as PNG/SVG/PDF + CSV.

* :func:`export_workbook` writes one sheet per table (openpyxl), byte-identical across runs.
* :func:`render_figures` draws every chart of :mod:`analysis.charts` that the tables allow, saves
  each with :func:`analysis.plotting.save_figure` (the CSV beside it is exactly what it plots) and
  writes ``figure_index.csv``.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import charts, figure_cache, plotting

_FIXED_TIME = datetime(2000, 1, 1)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters Excel refuses in cells
_MAX_CELL = 32767  # Excel's limit on characters per cell
WORKBOOK_MAX_ROWS = 50_000  # rows of a table the brief workbook holds (every table of a few hundred plans)


def _sheet_name(name: str, used: set) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
    out, i = base, 1
    while out.lower() in used:
        i += 1
        out = f"{base[:28]}~{i}"
    used.add(out.lower())
    return out


def _clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in df.columns:
        if pd.api.types.is_string_dtype(df[col]) or df[col].dtype == object:
            df[col] = df[col].map(lambda v: _ILLEGAL.sub("", v)[:_MAX_CELL] if isinstance(v, str) else v)
    return df


def export_workbook(tables: dict[str, pd.DataFrame], path, max_rows: int = WORKBOOK_MAX_ROWS) -> Path:
    """Write each table to its own sheet of one ``.xlsx`` (sheets in sorted table-name order).

    Sheet names are table names cut to Excel's 31 characters; control characters are dropped and
    cells cut to 32,767 characters (Excel's limits). A table of more than ``max_rows`` rows (a large
    corpus's spans, cue fires or reuse pairs) gets a sheet of one row saying how many rows it has and
    where the whole table is (``tables/<name>.csv``): written cell by cell, it would cost minutes and
    can pass Excel's 1,048,576 rows. Timestamps inside the file are fixed, so the same tables give
    the same bytes.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    used: set = set()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        for name in sorted(tables):
            table = tables[name]
            if len(table) > max_rows:
                table = pd.DataFrame({"table": [name], "n_rows": [len(table)], "note": [
                    f"{len(table):,} rows, over this workbook's limit of {max_rows:,}: the whole table is "
                    f"tables/{name}.csv (and .parquet)"]})
            _clean(table).to_excel(writer, sheet_name=_sheet_name(name, used), index=False)
        writer.book.properties.created = _FIXED_TIME
        writer.book.properties.modified = _FIXED_TIME
    path.write_bytes(_fix_zip_times(buf.getvalue()))
    return path


def _fix_zip_times(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps (openpyxl stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl may still write "now" as modified
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def _codebook_themes(tables: dict) -> pd.DataFrame:
    if "codebook_themes" in tables:
        return tables["codebook_themes"]
    from .codebook import load_codebook

    return load_codebook().themes


_CAPTIONS = {
    "theme_heatmap": (
        {"zh": "各方案的主题覆盖", "en": "Theme coverage of each plan"},
        {"zh": "每格为该方案中带有该主题（主主题或其他主题）的措施占全部措施的比例；格中数字为措施数。方案按层级分组。",
         "en": "Each cell: share of the plan's measures carrying the theme (primary or further); the number is the count of measures. Plans grouped by level."}),
    "headline_by_level": (
        {"zh": "五大核心主题：各层级方案的措施占比", "en": "The five headline themes by level"},
        {"zh": "柱为层级内方案的平均占比及 95% 自助法区间（方案少于两个时不给区间）；点为单个方案。",
         "en": "Bars: mean share over the level's plans with a 95% bootstrap interval (none when a level has fewer than two plans); dots: individual plans."}),
    "measures_by_theme": (
        {"zh": "各主题措施数（按层级堆叠）", "en": "Measures per theme, stacked by level"},
        {"zh": "一条措施可计入多个主题，故合计可大于措施总数。", "en": "A measure may count toward several themes, so totals can exceed the number of measures."}),
    "level_differences": (
        {"zh": "层级间差异", "en": "Differences between levels"},
        {"zh": "各主题平均占比之差（百分点）及 95% 自助法区间；空心点表示某层级方案过少、无法给出区间。",
         "en": "Difference in mean share per theme (percentage points) with a 95% bootstrap interval; hollow dots: too few plans for an interval."}),
    "keyness": (
        {"zh": "各层级的关键词", "en": "Key terms by level"},
        {"zh": "对数似然比 G²：该层级相对其他层级多用的词；条末数字为使用该词的方案数。",
         "en": "Log-likelihood G²: terms a level uses more than the others; the number is how many of its plans use the term."}),
    "cluster_theme_alignment": (
        {"zh": "聚类与主题的对应", "en": "Clusters against codebook themes"},
        {"zh": "每行为一个聚类，格为其措施属于各主题的比例；框出最匹配的主题，* 为可能的新主题。",
         "en": "Each row a cluster; cells: share of its measures per theme; outlined: best theme; *: candidate new theme."}),
}


def _save(draw, stem, out_dir, lang, source_table, jobs, cache=None):
    """Queue a job that draws the chart (``draw()``), saves it and closes it; it returns the index entry.
    With a ``cache`` (:class:`analysis.figure_cache.FigureCache`) the job copies the files kept by an
    earlier run with the same inputs instead."""
    def job():
        fig = draw()
        title, caption = (c[lang] for c in _CAPTIONS[stem])
        try:
            return plotting.save_figure(fig, stem, out_dir, data=charts.figure_data(fig), title=title,
                                        caption=caption, source_table=source_table)
        finally:
            plt.close(fig)
    jobs.append(figure_cache.wrap(cache, stem, out_dir, job))


def render_figures(tables: dict[str, pd.DataFrame], out_dir, lang: str = "zh", *, workers: int = 1) -> list[dict]:
    """Draw and save every chart the tables allow into ``out_dir``; write ``figure_index.csv``.

    Needs ``coverage_by_document``, ``coverage_by_level``, ``level_differences``, ``documents``;
    draws keyness bars when ``keyness`` has rows and the cluster heatmap when ``clusters`` and
    ``cluster_themes`` do. Theme names come from ``analysis.codebook`` (or a ``codebook_themes``
    table). Returns the index entries (another module's entries can be appended and the index
    rewritten with :func:`analysis.plotting.write_figure_index`). ``workers``: processes drawing
    figures side by side (see :func:`analysis.plotting.run_figure_jobs`; same files either way).
    """
    entries = plotting.run_figure_jobs(figure_jobs(tables, out_dir, lang), workers)
    plotting.write_figure_index(entries, out_dir)
    return entries


def figure_jobs(tables: dict[str, pd.DataFrame], out_dir, lang: str = "zh", cache=None) -> list:
    """The charts :func:`render_figures` draws, as jobs for :func:`analysis.plotting.run_figure_jobs`.
    ``cache``: an :class:`analysis.figure_cache.FigureCache` made for these ``tables`` and ``lang``
    (:func:`analysis.figure_cache.for_tables`), or None to draw every chart."""
    out_dir = Path(out_dir)
    themes = _codebook_themes(tables)
    jobs: list = []
    docs, cov, lvl = tables["documents"], tables["coverage_by_document"], tables["coverage_by_level"]
    group_by = str(lvl["group_by"].iloc[0]) if len(lvl) else "level"  # heatmap grouped like the tables
    _save(lambda: charts.plot_theme_heatmap(cov, docs, themes, lang=lang, group_by=group_by), "theme_heatmap", out_dir, lang,
          "coverage_by_document", jobs, cache)
    _save(lambda: charts.plot_headline_by_level(cov, lvl, docs, themes, lang=lang), "headline_by_level", out_dir, lang,
          "coverage_by_document;coverage_by_level", jobs, cache)
    _save(lambda: charts.plot_measures_stacked(lvl, themes, lang=lang), "measures_by_theme", out_dir, lang,
          "coverage_by_level", jobs, cache)
    if len(tables.get("level_differences", ())):
        _save(lambda: charts.plot_level_differences(tables["level_differences"], themes, lang=lang), "level_differences",
              out_dir, lang, "level_differences", jobs, cache)
    if len(tables.get("keyness", ())):
        _save(lambda: charts.plot_keyness(tables["keyness"], lang=lang), "keyness", out_dir, lang, "keyness", jobs, cache)
    if len(tables.get("clusters", ())) and len(tables.get("cluster_themes", ())):
        _save(lambda: charts.plot_cluster_theme_alignment(tables["cluster_themes"], tables["clusters"], themes, lang=lang),
              "cluster_theme_alignment", out_dir, lang, "cluster_themes;clusters", jobs, cache)
    return jobs
