"""Researcher-editable configuration files shipped in ``analysis/data/``, and their loaders.

Everything a researcher may want to change (level order, codebook, user dictionary, stop words,
colours) is a data file; this module only finds and parses them.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import pandas as pd

DATA_DIR = Path(str(resources.files("analysis") / "data"))


def data_path(name: str) -> Path:
    """Path of a shipped data file ``analysis/data/<name>``."""
    return DATA_DIR / name


def load_levels(path: Path | None = None) -> pd.DataFrame:
    """Administrative levels, top to bottom: columns ``level, rank, name_zh, name_en, aliases``
    (``aliases``: other names a manifest may use, separated by ``;``, possibly empty), sorted by rank.

    Each call returns a fresh copy; the parsed file is remembered by path, size and modification
    time, because charts ask for a level's name once per label (hundreds of reads per figure) and
    an edited file must still be read again."""
    path = Path(path or data_path("levels.csv"))
    stat = path.stat()
    return _read_levels(str(path), stat.st_mtime_ns, stat.st_size).copy()


@functools.lru_cache(maxsize=8)
def _read_levels(path: str, mtime_ns: int, size: int) -> pd.DataFrame:
    df = pd.read_csv(path, dtype={"level": str, "name_zh": str, "name_en": str, "aliases": str},
                     keep_default_na=False)
    if "aliases" not in df.columns:
        df["aliases"] = ""
    return df.sort_values("rank").reset_index(drop=True)


def level_aliases(path: Path | None = None) -> dict[str, str]:
    """Every name a manifest may give a level -> its code: the code, ``name_zh``, ``name_en`` and each
    of ``aliases`` (Latin names compared in lower case). A name given to two levels is an error."""
    out: dict[str, str] = {}
    for row in load_levels(path).itertuples(index=False):
        for name in [row.level, row.name_zh, row.name_en, *row.aliases.split(";")]:
            key = name.strip().lower()
            if key and out.setdefault(key, row.level) != row.level:
                raise ValueError(f"levels.csv: the name {name!r} is given to both {out[key]!r} and {row.level!r}")
    return out


def level_order(path: Path | None = None) -> list[str]:
    """Level codes in order from the top (``central``) to the bottom (``township``)."""
    return load_levels(path)["level"].tolist()
