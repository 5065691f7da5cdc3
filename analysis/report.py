"""The HTML report: the executed notebooks concatenated into one ``report.html``, code hidden.

:func:`merge_notebooks` puts a title, the build stamp and a table of contents first, then every
executed notebook's cells (without papermill's parameter cells and without widget outputs, which
need a live kernel; the notebooks show a static table beside each widget). :func:`write_report`
renders it with nbconvert's HTML exporter with inputs and prompts excluded.
"""
from __future__ import annotations

import base64
import hashlib
import io
import re
from html import escape as html_escape
from pathlib import Path

import nbformat

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
DROP_TAGS = {"parameters", "injected-parameters"}  # parameter cells are build plumbing, not findings
REPORT_TITLE = "Work-style plans: comparative analysis"
CJK_FONT_FAMILY = "analysis-cjk"
# Code points served by the embedded font: CJK punctuation and ideographs, full-width forms.
CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")  # itables embeds its data as ASCII-escaped JSON
_FONT_STACKS = {
    "--jp-content-font-family": "system-ui, -apple-system, 'Segoe UI', helvetica, arial, sans-serif",
    "--jp-ui-font-family": "system-ui, -apple-system, 'Segoe UI', helvetica, arial, sans-serif",
    "--jp-code-font-family": "menlo, consolas, 'DejaVu Sans Mono', monospace",
}


def stamp_markdown(stamp: dict) -> str:
    """The build stamp as a Markdown table (corpus hash, package version, parameters, date …)."""
    params = stamp.get("parameters") or {}
    shown = ", ".join(f"`{k}={v!r}`" for k, v in params.items()) or "defaults"
    rows = [("built", stamp.get("built_at", "")), ("corpus", f"`{stamp.get('corpus_dir', '')}`"),
            ("corpus hash (SHA-256)", f"`{stamp.get('corpus_hash', '')}`"),
            ("package version", f"`analysis {stamp.get('package_version', '')}`"),
            ("parameters", shown), ("python", stamp.get("python", ""))]
    return "\n".join(["| build stamp | |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def notebook_title(nb, fallback: str) -> str:
    """The first Markdown heading of a notebook (without the ``#``), else ``fallback``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


def report_cells(nb, seen_scripts: set | None = None) -> list:
    """The cells of one executed notebook that belong in the report.

    Parameter cells and papermill's error banners are dropped; so are widget outputs (they need a
    live kernel) and a ``<script>`` output already in ``seen_scripts`` (the interactive-table
    library that each notebook loads once: the report needs it once).
    """
    seen = set() if seen_scripts is None else seen_scripts
    keep = []
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & DROP_TAGS or "papermill-error-cell-tag" in tags:
            continue
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if _keep_output(o, seen)]
        keep.append(cell)
    return keep


def _keep_output(output, seen: set) -> bool:
    data = output.get("data", {})
    if WIDGET_MIME in data:
        return False
    html = data.get("text/html", "")
    html = "".join(html) if isinstance(html, list) else html
    if html.lstrip().startswith("<script"):
        key = hashlib.sha256(html.encode("utf-8")).hexdigest()
        if key in seen:
            return False
        seen.add(key)
    return True


IMAGE_MIMES = ("image/png", "image/jpeg", "image/svg+xml")


def link_repeated_images(sections: list[tuple[str, list]]) -> int:
    """Keep each image once in the report: an image output with the same bytes as an earlier one
    (the levels notebook shows the brief's exported figures, which the brief notebook shows again)
    becomes a link to the first, which gets an anchor. ``sections``: ``(section title, cells)`` in
    report order, changed in place. Returns how many images were replaced by links."""
    first: dict[str, tuple[str, str]] = {}  # image digest -> (anchor id, title of its section)
    repeats = {k for k, n in _image_counts(sections).items() if n > 1}
    replaced = 0
    for section, cells in sections:
        for cell in cells:
            outputs = []
            for out in cell.get("outputs", []):
                key = _image_key(out)
                if key in first:
                    anchor, where = first[key]
                    out = nbformat.v4.new_output("display_data", data={
                        "text/html": f'<p class="report-repeat"><a href="#{anchor}">Figure shown above, in '
                                     f'&laquo;{html_escape(where)}&raquo;</a></p>'})
                    replaced += 1
                elif key in repeats:
                    first[key] = (f"figure-{len(first) + 1}", section)
                    outputs.append(nbformat.v4.new_output("display_data", data={
                        "text/html": f'<a id="{first[key][0]}"></a>'}))
                outputs.append(out)
            if cell.cell_type == "code":
                cell.outputs = outputs
    return replaced


def _image_key(output) -> str | None:
    data = output.get("data", {})
    image = next((data[m] for m in IMAGE_MIMES if m in data), None)
    if image is None:
        return None
    image = "".join(image) if isinstance(image, list) else image
    return hashlib.sha256(image.encode("utf-8")).hexdigest()


def _image_counts(sections) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, cells in sections:
        for cell in cells:
            for out in cell.get("outputs", []):
                key = _image_key(out)
                if key is not None:
                    counts[key] = counts.get(key, 0) + 1
    return counts


def merge_notebooks(paths: list[Path], stamp: dict, title: str = REPORT_TITLE):
    """One notebook: title, build stamp, contents, then each notebook's report cells under an anchor;
    an image already shown in an earlier section is linked to, not embedded again."""
    nbs = [(Path(p).stem, nbformat.read(p, as_version=4)) for p in paths]
    toc = "\n".join(f"{i}. [{notebook_title(nb, name)}](#{name})" for i, (name, nb) in enumerate(nbs, 1))
    merged = nbformat.v4.new_notebook()
    merged.metadata = {"kernelspec": nbs[0][1].metadata.get("kernelspec", {}) if nbs else {},
                       "language_info": nbs[0][1].metadata.get("language_info", {}) if nbs else {}}
    merged.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\n{stamp_markdown(stamp)}\n\n## Contents\n\n{toc}")]
    seen: set = set()
    sections = [(notebook_title(nb, name), report_cells(nb, seen)) for name, nb in nbs]
    link_repeated_images(sections)
    for (name, _), (_, cells) in zip(nbs, sections):
        merged.cells.append(nbformat.v4.new_markdown_cell(f'<a id="{name}"></a>\n\n---'))
        merged.cells += cells
    for i, cell in enumerate(merged.cells):  # cell ids must be unique within one notebook
        cell["id"] = f"cell-{i:04d}"
    return merged


def write_report(paths: list[Path], stamp: dict, out_path: Path, title: str = REPORT_TITLE, *,
                 embed_font: bool = True, fonts: "FontSubsets | None" = None) -> Path:
    """Render the merged notebooks to one self-contained HTML file at ``out_path`` (code hidden).

    With ``embed_font`` the bundled CJK font, cut down to the characters the report uses, is
    embedded, so Chinese text renders on a machine without a CJK font. ``fonts`` may hold a subset
    prepared in advance (see :class:`FontSubsets`).
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(merge_notebooks(paths, stamp, title),
                                          resources={"metadata": {"name": title}})
    if embed_font:
        css = cjk_font_css(body, fonts or FontSubsets())
        body = body.replace("</head>", f"<style>\n{css}</style>\n</head>", 1)
    Path(out_path).write_text(body, encoding="utf-8")
    return Path(out_path)


class FontSubsets:
    """Font subsets, optionally prepared in a background thread before the report exists.

    ``prepare(text)`` starts cutting the font down to the CJK characters of ``text`` (e.g. every
    table of the build) while the notebooks run; ``get(points)`` returns that subset when it covers
    ``points``, else cuts a new one (the prepared one is only a head start, never a limit).
    """

    def __init__(self):
        self._pool = None
        self._prepared: tuple[set[int], object] | None = None

    def prepare(self, text: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        points = cjk_characters(text)
        self._pool = self._pool or ThreadPoolExecutor(max_workers=1)
        self._pool.submit(_import_exporter)  # nbconvert's import, also off the critical path
        self._prepared = (points, self._pool.submit(font_subset, points))

    def get(self, points: set[int]) -> bytes:
        if self._prepared is not None and points <= self._prepared[0]:
            return self._prepared[1].result()
        return font_subset(points)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _import_exporter() -> None:
    import nbconvert.exporters.html  # noqa: F401


def cjk_characters(html: str) -> set[int]:
    """Code points in ``html`` (also inside ``\\uXXXX`` JSON escapes) that the CJK font serves."""
    points = {ord(c) for c in set(html)} | {int(h, 16) for h in set(_JSON_ESCAPE.findall(html))}
    return {p for p in points if any(lo <= p <= hi for lo, hi in CJK_RANGES)}


def cjk_font_css(html: str, fonts: FontSubsets | None = None) -> str:
    """CSS embedding the bundled CJK font (WOFF, subset to the CJK characters of ``html``) first in
    the report's font stacks; Latin text keeps the usual fonts (``unicode-range``). Empty if none."""
    points = cjk_characters(html)
    if not points:
        return ""
    data = base64.b64encode((fonts or FontSubsets()).get(points)).decode("ascii")
    ranges = ", ".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in CJK_RANGES)
    stacks = "\n".join(f"  {var}: '{CJK_FONT_FAMILY}', {stack};" for var, stack in _FONT_STACKS.items())
    return (f"@font-face {{ font-family: '{CJK_FONT_FAMILY}'; unicode-range: {ranges};\n"
            f"  src: url(data:font/woff;base64,{data}) format('woff'); }}\n"
            f":root {{\n{stacks}\n}}\nbody, table {{ font-family: var(--jp-content-font-family); }}\n")


def font_subset(points: set[int]) -> bytes:
    """The bundled CJK font cut down to ``points``, as WOFF bytes (fontTools, shipped with matplotlib)."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    from .plotting import font_path

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # 'FFTM NOT subset' is harmless
    font = TTFont(str(font_path()))
    options = subset.Options()
    options.flavor = "woff"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points))
    subsetter.subset(font)
    buf = io.BytesIO()
    font.flavor = "woff"
    font.save(buf)
    return buf.getvalue()
