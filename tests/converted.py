"""Helpers shared by the tests of fixtures converted from earlier ``.docx`` fixtures (``tests/data/rtf``,
``odt``, ``wordml``), each named ``<batch>__<file>.<ext>`` after its source."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def docx_source(name: str) -> Path:
    """The ``.docx`` a converted fixture ``<batch>__<file>.<ext>`` was made from: ``data/<batch>/<file>.docx``."""
    batch, stem = Path(name).stem.split("__", 1)
    return DATA / batch / f"{stem}.docx"


def nonblank_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold something, stripped (converters differ in the empty paragraphs they keep)."""
    return [x for x in (line.strip() for line in text.split("\n")) if x]
