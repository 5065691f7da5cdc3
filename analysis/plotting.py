"""Figure plumbing shared by every chart: the bundled CJK font, the house style, the palette, the saver.

* :func:`register_cjk_font` adds the font shipped in ``analysis/data/fonts/`` (WenQuanYi Micro Hei,
  Apache-2.0) to matplotlib's font manager at run time, so Chinese labels render on a machine with
  no CJK font installed; no system folder and no file of matplotlib is touched. Its lite cut (GB2312's
  characters, ``make_lite_font.py`` beside it) comes first in the house style and the full font second:
  a PDF embeds a subset of its font, cut from the whole font file each time, 0.06 s from the lite font
  and 0.19 s from the full one; a rarer character still renders, from the full font.
* :func:`use_style` sets the rcParams every figure of the project uses (font, TrueType embedding
  in PDF, text as paths in SVG, 300 dpi).
* :func:`load_palette` reads the colour-blind-safe palette (Okabe–Ito) from ``analysis/data/palette.csv``.
* :func:`save_figure` writes ``<stem>.png/.svg/.pdf`` plus ``<stem>.csv`` (exactly the numbers drawn)
  and returns the figure-index entry; :func:`write_figure_index` writes ``figure_index.csv``.

Why these font settings: PDF embeds the font as TrueType (``pdf.fonttype: 42``; Type 3 with CJK
glyphs crashes current matplotlib and bloats files). SVG draws text as paths (``svg.fonttype: 'path'``)
so it looks the same in any viewer, with or without a CJK font; the price is that SVG text is not
selectable. Chart code that needs searchable text uses the PDF.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import font_manager

from . import config

FONT_FILE = "fonts/wqy-microhei.ttf"
LITE_FONT_FILE = "fonts/wqy-microhei-lite.ttf"  # the same font cut down to GB2312 (see make_lite_font.py)
FLOAT_FORMAT = "%.6g"  # same as analysis.tableio, so a figure CSV reads like its source table
INDEX_COLUMNS = ["file", "title", "caption", "source_table", "data_file", "formats"]

_registered: dict[str, str] = {}

# Metadata that would differ between runs (dates, versions) is dropped so files are byte-identical.
_SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


def font_path(lite: bool = False) -> Path:
    """Path of the bundled CJK font (a TrueType file inside the package), or of its lite cut."""
    return config.data_path(LITE_FONT_FILE if lite else FONT_FILE)


def register_cjk_font(lite: bool = False) -> str:
    """Register the bundled CJK font (or its lite cut) with matplotlib, once per process; return its family name.

    Idempotent: later calls return the cached name without touching the font manager again.
    """
    path = str(font_path(lite))
    if path not in _registered:
        if not Path(path).is_file():
            raise FileNotFoundError(f"bundled CJK font missing: {path} (reinstall the package)")
        font_manager.fontManager.addfont(path)
        _registered[path] = font_manager.FontProperties(fname=path).get_name()
    return _registered[path]


def style_rc(lang: str = "zh") -> dict:
    """The rcParams of the house style, as a dict (``lang`` is checked; both languages share the font).

    The bundled CJK font comes first for every language, because English figures still show
    Chinese plan names and region names: its lite cut, then the full font for a character the lite
    cut lacks; DejaVu Sans is the fallback for anything both lack.
    """
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    fonts = [register_cjk_font(lite=True), register_cjk_font(), "DejaVu Sans"]
    return {
        # a list of families, not the generic "sans-serif": matplotlib falls back glyph by glyph only along
        # font.family (a generic family resolves to its first installed font)
        "font.family": fonts,
        "font.sans-serif": fonts,
        "axes.unicode_minus": False,  # U+2212 is missing from many CJK fonts; '-' renders everywhere
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "svg.hashsalt": "analysis",  # fixed ids inside SVG files -> byte-identical output
        "figure.dpi": 100,
        "savefig.dpi": 300,
        "savefig.bbox": "tight",  # never clip long Chinese labels
        "savefig.pad_inches": 0.1,
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.labelsize": 9,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "legend.frameon": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "image.cmap": load_palette()["cmap"]["sequential"],
    }


def format_number(x: float) -> str:
    """A float as a table in a report shows it: whole numbers without decimals (``158``), others to
    three decimals without trailing zeros (``66.667``, ``0.937``), very small ones in three
    significant digits (``3.01e-10``)."""
    if not math.isfinite(x):
        return str(x)
    if float(x).is_integer():
        return f"{x:.0f}"
    if abs(x) < 0.001:
        return f"{x:.3g}"
    return f"{x:.3f}".rstrip("0").rstrip(".")


class _Style:
    """Applied on creation; used as a context manager it restores the previous settings on exit."""

    def __init__(self, rc: dict):
        self._saved = {k: matplotlib.rcParams[k] for k in rc}
        self._saved_float_format = pd.get_option("display.float_format")
        matplotlib.rcParams.update(rc)
        pd.set_option("display.float_format", format_number)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        matplotlib.rcParams.update(self._saved)
        pd.set_option("display.float_format", self._saved_float_format)
        return False


def use_style(lang: str = "zh") -> _Style:
    """Apply the house style: matplotlib's rcParams (font, fonttype 42, SVG text as paths) and the
    way pandas shows floats in tables (:func:`format_number`: ``158``, not ``158.000000``).

    Call it plainly to set the style for the session, or as ``with use_style("en"): ...`` to have
    the previous settings restored afterwards. Files written (CSV, figures) are not affected.
    """
    return _Style(style_rc(lang))


_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def load_palette(path: Path | None = None) -> dict[str, dict[str, str]]:
    """The palette file as ``{kind: {key: value}}``.

    Kinds: ``level`` (colour per level code, plus ``other``), ``series`` (colours for groups that
    are not levels, keys ``1``…), ``mark`` (points, summaries, positive/negative), ``cmap``
    (matplotlib colormap names ``sequential`` and ``diverging``). Colours are validated as ``#RRGGBB``.
    """
    df = pd.read_csv(path or config.data_path("palette.csv"), dtype=str, keep_default_na=False)
    missing = {"kind", "key", "value"} - set(df.columns)
    if missing:
        raise ValueError(f"palette file lacks columns {sorted(missing)}")
    out: dict[str, dict[str, str]] = {}
    for row in df.itertuples(index=False):
        if row.kind != "cmap" and not _HEX.match(row.value):
            raise ValueError(f"palette: {row.kind}/{row.key} colour {row.value!r} is not #RRGGBB")
        out.setdefault(row.kind, {})[row.key] = row.value
    for kind in ("level", "series", "mark", "cmap"):
        if kind not in out:
            raise ValueError(f"palette: no rows of kind {kind!r}")
    return out


def group_colors(values, palette: dict | None = None) -> dict[str, str]:
    """A colour per group value: level colours for level codes, else series colours in order given."""
    palette = palette or load_palette()
    levels, series = palette["level"], list(palette["series"].values())
    out, i = {}, 0
    for v in values:
        if v in out:
            continue
        if v in levels:
            out[v] = levels[v]
        else:
            out[v] = series[i % len(series)]
            i += 1
    return out


def tight_bbox(fig, dpi: int = 300):
    """The figure's tight bounding box in inches, padded by ``savefig.pad_inches`` (never clips labels).

    Computed once with the PNG renderer at ``dpi`` and passed to every format's ``savefig``:
    ``bbox_inches="tight"`` would draw the figure twice per format (once to measure, once to save).
    """
    from matplotlib.backend_bases import _get_renderer
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    pad = matplotlib.rcParams["savefig.pad_inches"]
    canvas = fig.canvas
    with matplotlib.cbook._setattr_cm(fig, dpi=dpi):
        renderer = _get_renderer(fig, FigureCanvasAgg(fig).print_png)
        fig.set_canvas(canvas)  # FigureCanvasAgg(fig) took the figure over; give it back
        with renderer._draw_disabled():
            fig.draw(renderer)
        return fig.get_tightbbox(renderer).padded(pad)


def save_figure(fig, stem: str, out_dir, *, data: pd.DataFrame, title: str, caption: str,
                source_table: str, formats=("png", "svg", "pdf"), dpi: int = 300) -> dict:
    """Write ``fig`` as ``<stem>.<fmt>`` for each format, and ``data`` as ``<stem>.csv``.

    ``data`` must be exactly the numbers the figure plots (it is written as given, UTF-8, floats as
    ``%.6g``). Output is byte-identical across runs (no dates or versions in the file metadata).
    The figure is not closed. Returns the figure-index entry: ``file`` (first format's file name),
    ``title``, ``caption``, ``source_table``, ``data_file``, ``formats`` (joined with ``;``).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = tuple(formats)
    for fmt in formats:
        if fmt not in _SAVE_METADATA:
            raise ValueError(f"unsupported format {fmt!r}; use png, svg or pdf")
    # tick labels are (re)made at draw time from rcParams, so the house font must be active here too
    with matplotlib.rc_context(style_rc()):
        bbox = tight_bbox(fig, dpi) if formats else None
        for fmt in formats:
            fig.savefig(out_dir / f"{stem}.{fmt}", format=fmt, dpi=dpi, bbox_inches=bbox,
                        metadata=_SAVE_METADATA[fmt])
    data.to_csv(out_dir / f"{stem}.csv", index=False, encoding="utf-8", lineterminator="\n",
                float_format=FLOAT_FORMAT)
    return {
        "file": f"{stem}.{formats[0]}" if formats else "",
        "title": title,
        "caption": caption,
        "source_table": source_table,
        "data_file": f"{stem}.csv",
        "formats": ";".join(formats),
    }


_JOBS: list = []  # the jobs of the running pool (forked workers inherit them; closures need no pickling)


def _run_job(i: int):
    return _JOBS[i]()


def run_figure_jobs(jobs: list, workers: int = 1) -> list:
    """Run figure jobs (callables that draw, save and close one figure, returning its index entry).

    ``workers > 1`` runs them in that many forked processes (the figures are independent, and
    drawing is CPU-bound); results come back in the order of ``jobs`` either way, so the index and
    every file are the same as a serial run. Warnings raised in a worker are not seen by the caller.
    A worker that dies (killed for lack of memory) raises :class:`RuntimeError` naming the figure job,
    where a ``multiprocessing.Pool`` would wait for its result forever.
    """
    global _JOBS
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if workers <= 1 or len(jobs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [job() for job in jobs]
    _JOBS = list(jobs)
    try:
        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_run_job, i) for i in range(len(jobs))]
            out = []
            for i, fut in enumerate(futures):
                try:
                    out.append(fut.result())
                except BrokenProcessPool:
                    raise RuntimeError(f"a figure worker died while drawing figure job {i + 1} of {len(jobs)} "
                                       "(killed for lack of memory?); run with workers=1 to see it fail in "
                                       "this process") from None
            return out
    finally:
        _JOBS = []


def write_figure_index(entries: list[dict], out_dir) -> Path:
    """Write ``figure_index.csv`` (one row per figure, in the order given) into ``out_dir``; return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    df = pd.DataFrame(list(entries), columns=INDEX_COLUMNS)
    path = out_dir / "figure_index.csv"
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return path
