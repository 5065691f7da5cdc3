"""Researcher-editable configuration files shipped in ``analysis/data/``, and their loaders.

Everything a researcher may want to change (level order, codebook, user dictionary, stop words,
colours) is a data file; this module only finds and parses them.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

DATA_DIR = Path(str(resources.files("analysis") / "data"))


def data_path(name: str) -> Path:
    """Path of a shipped data file ``analysis/data/<name>``."""
    return DATA_DIR / name


def load_levels(path: Path | None = None) -> pd.DataFrame:
    """Administrative levels, top to bottom: columns ``level, rank, name_zh, name_en, aliases``
    (``aliases``: other names a manifest may use, separated by ``;``, possibly empty), sorted by rank."""
    df = pd.read_csv(path or data_path("levels.csv"), dtype={"level": str, "name_zh": str, "name_en": str,
                                                              "aliases": str}, keep_default_na=False)
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
