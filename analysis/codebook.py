"""The theme codebook as data: ``analysis/data/codebook.toml`` and its validated loader.

``load_codebook(path=None) -> Codebook``:

* ``Codebook.themes`` — DataFrame, one row per theme in file order (``other`` included):
  ``theme_code, name_zh, name_en, group, is_headline, order`` (order from 1).
* ``Codebook.cues`` — DataFrame, one row per cue: ``theme_code, cue, weight, is_negative,
  n_chars``.
* ``Codebook.settings`` — the ``[assignment]`` weights and thresholds (see the file's comments).
* ``Codebook.version`` and ``Codebook.sha256`` — to record in run manifests.

Any problem (unknown key, duplicate id, empty cue list, bad weight, missing ``other``) raises
:class:`CodebookError` naming the file and the entry.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .config import data_path

CODEBOOK_FILE = "codebook.toml"
FALLBACK_THEME = "other"  # the theme a measure gets when no cue fires; it has no cues
HEADLINE_ORDER = ("meetings", "documents", "reception", "vehicles", "grassroots")

_TOP_KEYS = {"version", "assignment", "theme"}
_THEME_KEYS = {"id", "name_zh", "name_en", "group", "headline", "cues", "negative"}
_REQUIRED_THEME_KEYS = {"id", "name_zh", "name_en", "group", "cues"}
_GROUPS = {"core", "wider", "none"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")

DEFAULT_SETTINGS = {
    "heading_weight": 2.0,
    "text_weight": 1.0,
    "section_weight": 0.5,
    "max_repeats": 4,
    "min_score": 1.5,
    "further_min_score": 5.0,
    "further_rel_share": 0.2,
}


class CodebookError(ValueError):
    """The codebook file is not valid; the message names the file and the entry."""


@dataclass(frozen=True)
class Codebook:
    themes: pd.DataFrame
    cues: pd.DataFrame
    settings: dict = field(default_factory=dict)
    version: str = ""
    sha256: str = ""
    path: str = ""

    @property
    def theme_codes(self) -> list[str]:
        """Theme codes in codebook order (``other`` included)."""
        return self.themes["theme_code"].tolist()

    @property
    def headline_codes(self) -> list[str]:
        """The headline themes, in codebook order."""
        return self.themes.loc[self.themes["is_headline"], "theme_code"].tolist()

    def cue_weights(self, theme_code: str, negative: bool = False) -> dict[str, float]:
        """``{cue: weight}`` of one theme's positive (or negative) cues."""
        c = self.cues
        sel = c[(c["theme_code"] == theme_code) & (c["is_negative"] == negative)]
        return dict(zip(sel["cue"], sel["weight"].astype(float)))


def load_codebook(path: Path | str | None = None) -> Codebook:
    """Read and validate a codebook TOML file (default: the shipped ``analysis/data/codebook.toml``)."""
    p = Path(path) if path else data_path(CODEBOOK_FILE)
    raw = p.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(f"{p}: not valid TOML: {exc}") from exc
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise CodebookError(f"{p}: unknown top-level key(s) {sorted(unknown)}; allowed {sorted(_TOP_KEYS)}")
    settings = _parse_settings(p, data.get("assignment", {}))
    entries = data.get("theme", [])
    if not entries:
        raise CodebookError(f"{p}: no [[theme]] entries")
    themes, cues = [], []
    for i, entry in enumerate(entries, 1):
        row, rows = _parse_theme(p, i, entry)
        if row["theme_code"] in {t["theme_code"] for t in themes}:
            raise CodebookError(f"{p}: theme #{i}: duplicate id {row['theme_code']!r}")
        themes.append(row)
        cues.extend(rows)
    if FALLBACK_THEME not in {t["theme_code"] for t in themes}:
        raise CodebookError(f"{p}: the fallback theme {FALLBACK_THEME!r} is missing")
    tdf = pd.DataFrame(themes)
    tdf["order"] = range(1, len(tdf) + 1)
    tdf = tdf.astype({"theme_code": "string", "name_zh": "string", "name_en": "string",
                      "group": "string", "is_headline": "boolean", "order": "Int64"})
    cdf = pd.DataFrame(cues, columns=["theme_code", "cue", "weight", "is_negative"])
    cdf["n_chars"] = cdf["cue"].str.len()
    cdf = cdf.astype({"theme_code": "string", "cue": "string", "weight": "float64",
                      "is_negative": "boolean", "n_chars": "Int64"})
    return Codebook(tdf, cdf, settings, str(data.get("version", "")),
                    hashlib.sha256(raw).hexdigest(), str(p))


def _parse_settings(p: Path, raw: dict) -> dict:
    unknown = set(raw) - set(DEFAULT_SETTINGS)
    if unknown:
        raise CodebookError(f"{p}: [assignment]: unknown key(s) {sorted(unknown)}; "
                            f"allowed {sorted(DEFAULT_SETTINGS)}")
    out = dict(DEFAULT_SETTINGS)
    for k, v in raw.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            raise CodebookError(f"{p}: [assignment]: {k} must be a non-negative number, got {v!r}")
        out[k] = v
    return out


def _parse_theme(p: Path, i: int, entry: dict) -> tuple[dict, list]:
    """One ``[[theme]]`` table -> (theme row, cue rows); errors name the file and the entry."""
    where = f"{p}: theme #{i} ({entry.get('id', '?')!r})"
    unknown = set(entry) - _THEME_KEYS
    if unknown:
        raise CodebookError(f"{where}: unknown key(s) {sorted(unknown)}; allowed {sorted(_THEME_KEYS)}")
    missing = _REQUIRED_THEME_KEYS - set(entry)
    if missing:
        raise CodebookError(f"{where}: missing key(s) {sorted(missing)}")
    code = entry["id"]
    if not isinstance(code, str) or not _ID.match(code):
        raise CodebookError(f"{where}: id must be lower_snake_case, got {code!r}")
    if entry["group"] not in _GROUPS:
        raise CodebookError(f"{where}: group must be one of {sorted(_GROUPS)}, got {entry['group']!r}")
    headline = entry.get("headline", False)
    if not isinstance(headline, bool):
        raise CodebookError(f"{where}: headline must be true or false, got {headline!r}")
    cues = _parse_cues(where, "cues", entry["cues"])
    negative = _parse_cues(where, "negative", entry.get("negative", {}))
    both = sorted(set(cues) & set(negative))
    if both:
        raise CodebookError(f"{where}: cue(s) {both} are both positive and negative")
    if code == FALLBACK_THEME and cues:
        raise CodebookError(f"{where}: the fallback theme must have no cues")
    if code != FALLBACK_THEME and not cues:
        raise CodebookError(f"{where}: empty cue list")
    row = {"theme_code": code, "name_zh": str(entry["name_zh"]), "name_en": str(entry["name_en"]),
           "group": entry["group"], "is_headline": headline}
    rows = [(code, c, w, False) for c, w in cues.items()] + [(code, c, w, True) for c, w in negative.items()]
    return row, rows


def _parse_cues(where: str, key: str, raw) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise CodebookError(f"{where}: {key} must be a table of \"cue\" = weight")
    out = {}
    for cue, w in raw.items():
        if not cue.strip() or cue != cue.strip():
            raise CodebookError(f"{where}: {key}: cue {cue!r} is empty or has surrounding spaces")
        if not isinstance(w, (int, float)) or isinstance(w, bool) or w < 0:
            raise CodebookError(f"{where}: {key}: weight of {cue!r} must be a non-negative number, got {w!r}")
        out[cue] = float(w)
    return out
