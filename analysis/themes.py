"""Codebook-guided theme assignment: every measure gets scores per theme, one primary theme, further
themes above a threshold, or ``other`` — with the evidence (which cues fired, where).

How a measure is scored (weights and thresholds live in ``codebook.toml`` ``[assignment]``):

1. Three *places* are read: the measure's own **heading** sentence (the ``heading`` column, else the
   first sentence of ``text`` when it is short, ≤ ``HEADING_MAX_CHARS``), the rest of the **text**,
   and the **section** headings it sits under (every part of the ``section`` path, first clause).
   A cue counts ``heading_weight`` × in the heading, ``text_weight`` × in the text and
   ``section_weight`` × in the section: a heading says what a measure is about; a section heading
   is shared by many measures and only nudges.
2. Cue matching is safe for Chinese: cues of two or more characters are matched as substrings
   that respect jieba's word boundaries (inside one word, or starting or ending on a boundary:
   会议 fires in 会议室 but not in 社会议题 = 社会|议题), longest first, and a theme's cues never overlap each other
   (公车私用 does not also count 公车); a one-character cue counts only where jieba makes it a
   whole token (车 in 乘坐公家的车 fires, in 车间 or 车辆 it does not). Text is NFKC-folded and
   lower-cased first (AB角 = ab角). A theme's negative cues are masked first (接待群众 hides its 接待
   from ``reception``) and their weight is subtracted.
3. Repeats of a cue in one place have diminishing returns: 1, +0.5, then +0.25 each up to
   ``max_repeats``.
4. Primary theme: the highest score (ties -> codebook order); if it is below ``min_score`` the
   measure is ``other``. Further themes: score ≥ ``further_min_score`` and ≥
   ``further_rel_share`` × the primary score.

``assign_stage(doc, params)`` returns ``{"measure_themes": …, "doc_cue_fires": …}``: one row per kept
(measure, theme), exactly one ``is_primary`` per measure; and every cue fire of the document
(themes kept or not), which the corpus-wide cue diagnostics sum instead of matching again.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

import pandas as pd

from . import schemas
from .codebook import FALLBACK_THEME, Codebook, load_codebook
from .segment import join_spaced, raw_tokens, use_segmenter

HEADING_MAX_CHARS = 40  # a first sentence longer than this is body text, not a heading
CLAUSE_HEADING_MAX_CHARS = 12  # …else its first clause, if at most this long
SECTION_MAX_CHARS = 40  # only the opening of a section heading is context
PLACES = ("heading", "text", "section")

# Printed numbering at the start of a measure or heading: 1. 1． （一） (1) ① 一、 一是 一要 第一，
_LABEL = re.compile(
    r"^\s*(?:第?[一二三四五六七八九十百]+[是要、，,．.]|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d+\s*[.．、，,)）]|[①-⑳])\s*")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[,，:：]")
_SECTION_CUT = re.compile(r"[。；;！？!?\n]|针对")
# Responsibility notes name who does a measure, not what it is about — and unit names carry cues
# (县委督查室, 市接待办, 市信访局, 市编办): （责任单位：县委办） or （朱小丹同志负责，省府办公厅牵头办理）,
# and a trailing 责任单位：… line. They are dropped before cues are read.
_NOTE_KEYS = r"责任单位|牵头单位|责任领导|牵头领导|责任部门|配合单位|协办单位|责任人|完成时限|完成时间|负责|牵头"
_RESP_NOTE = re.compile(r"[(（][^()（）]{0,120}?(?:%s)[^()（）]{0,120}[)）]" % _NOTE_KEYS)
_RESP_TAIL = re.compile(r"(?:^|(?<=[。；;\s]))(?:责任单位|牵头单位|责任领导|牵头领导|责任部门|配合单位|完成时限)[:：].*$", re.S)


@dataclass(frozen=True)
class _ThemeCues:
    code: str
    positive: tuple[tuple[str, float], ...]  # multi-character cues, longest first
    single: tuple[tuple[str, float], ...]  # one-character cues, matched on tokens
    negative: tuple[tuple[str, float], ...]


@functools.lru_cache(maxsize=8)
def _compile(codebook_path: str | None) -> tuple[Codebook, tuple[_ThemeCues, ...]]:
    cb = load_codebook(codebook_path)
    return cb, _compile_codebook(cb)


def _compile_codebook(cb: Codebook) -> tuple[_ThemeCues, ...]:
    # one pass over the cue table (Codebook.cue_weights per theme filters the whole table each time)
    weights: dict[tuple[str, bool], dict[str, float]] = {}
    for t, c, w, neg in zip(cb.cues["theme_code"].tolist(), cb.cues["cue"].tolist(),
                            cb.cues["weight"].astype(float).tolist(), cb.cues["is_negative"].tolist()):
        weights.setdefault((t, bool(neg)), {})[c] = w
    out = []
    for code in cb.theme_codes:
        pos = sorted(((_fold(c), w) for c, w in weights.get((code, False), {}).items()),
                     key=lambda kv: (-len(kv[0]), kv[0]))
        neg = sorted(((_fold(c), w) for c, w in weights.get((code, True), {}).items()),
                     key=lambda kv: (-len(kv[0]), kv[0]))
        out.append(_ThemeCues(code, tuple(kv for kv in pos if len(kv[0]) > 1),
                              tuple(kv for kv in pos if len(kv[0]) == 1), tuple(neg)))
    return tuple(out)


def strip_label(text: str) -> str:
    """``text`` without the printed number it opens with (``5.``, ``（一）``, ``一是``, ``①`` …)."""
    return _LABEL.sub("", text or "", count=1)


def strip_notes(text: str) -> str:
    """``text`` without responsibility notes: ``（责任单位：县委办）``, ``（…同志负责，…牵头办理）``,
    a trailing ``责任单位：…`` (full-width or NFKC-folded punctuation)."""
    return _RESP_TAIL.sub("", _RESP_NOTE.sub("", text))


def measure_places(text: str, heading: str | None = None, section: str | None = None) -> dict[str, str]:
    """Split a measure into the places cues are read from: ``{"heading", "text", "section"}``.

    ``heading`` is the given heading, else the first sentence of ``text`` if it has at most
    ``HEADING_MAX_CHARS`` characters, else its first clause (up to a comma or colon) if it has at
    most ``CLAUSE_HEADING_MAX_CHARS``; ``text`` is the rest; ``section`` holds the opening clause
    of every part of the section path (joined with ``；``), each number stripped.
    """
    body = strip_notes(strip_label(_fold(text))).strip()
    head = strip_notes(strip_label(_fold(heading))).strip()
    if head:
        i = body.find(head)
        if i >= 0:
            body = body[:i] + body[i + len(head):]
    else:
        sep = _SENTENCE_END if re.search(r"[。；;！？!?]", body) else re.compile(r"[.．\n]")
        m = sep.search(body)
        if m and m.start() <= HEADING_MAX_CHARS:
            head, body = body[:m.start()], body[m.end():]
        else:  # a long first sentence often opens with a short topic clause: 要精简会议活动，…
            c = _CLAUSE_END.search(body)
            if c and c.start() <= CLAUSE_HEADING_MAX_CHARS:
                head, body = body[:c.start()], body[c.end():]
    # every level of the path counts: under 二、精简会议活动 > （一）具体措施 the context is the parent
    parts = [_SECTION_CUT.split(strip_label(p).strip(), maxsplit=1)[0][:SECTION_MAX_CHARS].strip()
             for p in _fold(section).split(" > ")]
    sec = "；".join(p for p in parts if p)
    return {"heading": head, "text": body, "section": sec}


def _fold(s) -> str:
    """NFKC + lower case, so ＡＢ角, AB角 and ab角 match the same cue (Chinese is unchanged), and no spaces
    between Chinese characters, so a letter-spaced copy (严 格 控 制 会 议) matches 严格控制 and 会议."""
    return unicodedata.normalize("NFKC", join_spaced(_str(s))).lower()


def _repeat_factor(n: int, max_repeats: int) -> float:
    n = min(n, max(1, int(max_repeats)))
    return 0.0 if n <= 0 else 1.0 + 0.5 * (n >= 2) + 0.25 * max(0, n - 2)


class Segmented:
    """A text with its jieba tokens, to check that a cue match respects word boundaries.

    ``tokens`` are ``(token, start)`` without whitespace tokens; ``starts``/``ends`` their character
    spans; ``bounds`` every position where a token starts or ends. A character inside a dropped
    whitespace token belongs to no token.
    """

    def __init__(self, text: str):
        self.text = text
        raw = raw_tokens(text)
        if "".join(raw) == text:  # the usual case: token positions are the running sum of lengths
            ends = accumulate(map(len, raw))
            self.tokens = [(t, e - len(t)) for t, e in zip(raw, ends) if t.strip()]
        else:  # locate each token after the previous one
            self.tokens, pos = [], 0
            for tok in (t for t in raw if t.strip()):
                i = text.find(tok, pos)
                if i >= 0:
                    self.tokens.append((tok, i))
                    pos = i + len(tok)
        self.starts = [i for _, i in self.tokens]
        self.ends = [i + len(t) for t, i in self.tokens]
        self.bounds = set(self.starts).union(self.ends)

    def _token_at(self, i: int) -> int:
        """Index of the token covering character ``i``, -1 if none (whitespace)."""
        k = bisect_right(self.starts, i) - 1
        return k if k >= 0 and i < self.ends[k] else -1

    def aligned(self, start: int, end: int) -> bool:
        """A match ``[start, end)`` lies inside one word, or at least one of its ends is a word boundary.

        Rejected: matches cutting into words on both sides — 会议 in 社会议题 (社会|议题), 会期 in
        大会期间 (大会|期间). Kept: 会议 in 会议室 (inside one word), 联系群众 in 密切联系群众
        (密切联系|群众: jieba's word is coarser than the cue, but the cue ends on a boundary).
        """
        if start in self.bounds or end in self.bounds:
            return True
        k = self._token_at(start)
        return k >= 0 and k == self._token_at(end - 1)


def _find_unmasked(seg: Segmented, cue: str, used: bytearray) -> int:
    """Count non-overlapping, word-aligned occurrences of ``cue`` not touching ``used`` characters; mark them."""
    text = seg.text
    n, start, L = 0, text.find(cue), len(cue)
    while start >= 0:
        if not any(used[start:start + L]) and seg.aligned(start, start + L):
            used[start:start + L] = b"\x01" * L
            n += 1
            start = text.find(cue, start + L)
        else:
            start = text.find(cue, start + 1)
    return n


class _CueIndex:
    """Every cue of a compiled codebook, to find in one pass which cues occur in a text at all.

    A cue that is not a substring of a place can neither fire nor mask anything there, so a theme
    none of whose cues occurs is skipped without segmenting or scanning (the result is unchanged).
    """

    def __init__(self, compiled: tuple[_ThemeCues, ...]):
        self.compiled = compiled
        per_theme = [frozenset(c for grp in (t.negative, t.positive, t.single) for c, _ in grp) for t in compiled]
        self.theme_cues = tuple(per_theme)
        self.cues = tuple(sorted(set().union(*per_theme))) if per_theme else ()
        self.single = frozenset(c for c in self.cues if len(c) == 1)
        self.by_bigram: dict[str, tuple[str, ...]] = {}  # multi-character cues by their first two characters
        for c in self.cues:
            if len(c) > 1:
                self.by_bigram[c[:2]] = self.by_bigram.get(c[:2], ()) + (c,)

    def present(self, text: str) -> frozenset[str]:
        """The cues that occur in ``text`` as substrings (candidates by opening bigram, then checked)."""
        if not text:
            return frozenset()
        found = [c for c in self.single if c in text]
        by = self.by_bigram
        for bg in {text[i:i + 2] for i in range(len(text) - 1)}.intersection(by):
            found.extend(c for c in by[bg] if len(c) == 2 or c in text)
        return frozenset(found)


_INDEXES: dict[int, tuple[tuple, _CueIndex]] = {}


def _cue_index(compiled: tuple[_ThemeCues, ...]) -> _CueIndex:
    """The :class:`_CueIndex` of ``compiled``, built once per compiled codebook object."""
    hit = _INDEXES.get(id(compiled))
    if hit is None or hit[0] is not compiled:
        if len(_INDEXES) > 8:
            _INDEXES.clear()
        hit = _INDEXES[id(compiled)] = (compiled, _CueIndex(compiled))
    return hit[1]


def _match_present(seg: Segmented, cues: _ThemeCues, present: frozenset[str],
                   max_repeats: int) -> list[tuple[str, int, float]]:
    """:func:`match_theme` restricted to the cues in ``present`` (those occurring in ``seg.text``)."""
    used = bytearray(len(seg.text))
    fires = []
    for sign, group in ((-1.0, cues.negative), (1.0, cues.positive)):
        for cue, w in group:
            if cue in present:
                n = _find_unmasked(seg, cue, used)
                if n:
                    fires.append(("-" + cue if sign < 0 else cue, n, sign * w * _repeat_factor(n, max_repeats)))
    for cue, w in cues.single:
        if cue in present:
            n = sum(1 for t, i in seg.tokens if t == cue and not used[i])
            if n:
                fires.append((cue, n, w * _repeat_factor(n, max_repeats)))
    return fires


def match_theme(text: str | Segmented, cues: _ThemeCues, max_repeats: int = 4) -> list[tuple[str, int, float]]:
    """Fires of one theme's cues in one place: ``[(cue, n, signed contribution before place weight)]``.

    Negative cues come first (masking what they cover) and carry a negative contribution; then
    multi-character cues, longest first, as word-aligned substrings; then one-character cues,
    which fire only as whole tokens.
    """
    seg = text if isinstance(text, Segmented) else Segmented(text or "")
    if not seg.text:
        return []
    present = frozenset(c for grp in (cues.negative, cues.positive, cues.single) for c, _ in grp if c in seg.text)
    return _match_present(seg, cues, present, max_repeats)


def place_fires(places: dict[str, str], index: _CueIndex, max_repeats: int, memo: dict | None = None):
    """Every fire of every theme in every place: ``[(theme position, place, cue, n, contribution)]``.

    In codebook order, then place order (heading, text, section), then :func:`match_theme` order.
    A place is segmented only when some cue occurs in it. ``memo`` (a dict kept across the measures
    of one table) remembers the fires per place text: measures under one section share it.
    """
    memo = {} if memo is None else memo
    out = []
    for place in PLACES:
        text = places.get(place) or ""
        fires = memo.get(text)
        if fires is None:
            fires = memo[text] = _text_fires(text, index, max_repeats) if text else ()
        out.extend((k, place, cue, n, contrib) for k, cue, n, contrib in fires)
    out.sort(key=lambda f: f[0])  # codebook order, places in order within a theme (a stable sort)
    return out


def _text_fires(text: str, index: _CueIndex, max_repeats: int) -> tuple:
    """``((theme position, cue, n, contribution), …)`` of one place text, in codebook order."""
    present = index.present(text)
    if not present:
        return ()
    seg = None
    out = []
    for k, (cues, theme_cues) in enumerate(zip(index.compiled, index.theme_cues)):
        if present.isdisjoint(theme_cues):
            continue
        if seg is None:
            seg = Segmented(text)
        out.extend((k, cue, n, contrib) for cue, n, contrib in _match_present(seg, cues, present, max_repeats))
    return tuple(out)


def _scores_from_fires(fires, index: _CueIndex, weights: dict[str, float]) -> dict[str, tuple[float, str]]:
    totals: dict[int, float] = {}
    evidence: dict[int, list[str]] = {}
    for k, place, cue, n, contrib in fires:
        totals[k] = totals.get(k, 0.0) + contrib * weights[place]
        evidence.setdefault(k, []).append(f"{place}:{cue}×{n}")
    return {index.compiled[k].code: (round(max(totals[k], 0.0), 4), "; ".join(evidence[k])) for k in evidence}


def _place_weights(codebook: Codebook) -> dict[str, float]:
    s = codebook.settings
    return {"heading": s["heading_weight"], "text": s["text_weight"], "section": s["section_weight"]}


def score_measure(places: dict[str, str], codebook: Codebook, compiled=None) -> dict[str, tuple[float, str]]:
    """``{theme_code: (score, evidence)}`` for themes with any fire; evidence like ``heading:会议×1; text:会期×2``."""
    index = _CueIndex(compiled or _compile_codebook(codebook))
    fires = place_fires(places, index, codebook.settings["max_repeats"])
    return _scores_from_fires(fires, index, _place_weights(codebook))


def choose_themes(scores: dict[str, tuple[float, str]], codebook: Codebook) -> list[tuple[str, float, bool, str]]:
    """Primary and further themes from :func:`score_measure` output: ``[(theme, score, is_primary, evidence)]``.

    Exactly one primary; ``other`` (score 0, empty evidence) when no theme reaches ``min_score``.
    """
    return _choose(scores, codebook.settings, {c: i for i, c in enumerate(codebook.theme_codes)})


def _choose(scores: dict[str, tuple[float, str]], s: dict, order: dict[str, int]) -> list[tuple[str, float, bool, str]]:
    """:func:`choose_themes` with the codebook's settings and theme order given (computed once per table)."""
    ranked = sorted(((v[0], c) for c, v in scores.items() if v[0] > 0), key=lambda t: (-t[0], order[t[1]]))
    if not ranked or ranked[0][0] < s["min_score"]:
        return [(FALLBACK_THEME, 0.0, True, "")]
    top = ranked[0][0]
    keep = [ranked[0]] + [(sc, c) for sc, c in ranked[1:]
                          if sc >= s["further_min_score"] and sc >= s["further_rel_share"] * top]
    return [(c, sc, i == 0, scores[c][1]) for i, (sc, c) in enumerate(keep)]


def assign_themes(measures: pd.DataFrame, codebook: Codebook | None = None) -> pd.DataFrame:
    """``measures`` (``measure_id, text`` and optionally ``heading, section``) -> ``measure_themes``.

    Columns ``measure_id, theme_code, score, is_primary, evidence``; rows in measure order, primary
    first, then further themes by descending score.
    """
    return assign_themes_and_fires(measures, codebook)[0]


def assign_themes_and_fires(measures: pd.DataFrame, codebook: Codebook | None = None,
                            compiled: tuple[_ThemeCues, ...] | None = None, *,
                            validate: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`assign_themes` plus ``doc_cue_fires``: every cue fire of every theme (kept or not),
    summed per document (``doc_id`` column of ``measures``, "" when absent) — what
    :func:`analysis.validation.cue_diagnostics` aggregates, so it need not segment the corpus again.
    ``validate=False`` leaves the schema check to the caller (the runner checks assembled tables once)."""
    if codebook is None:
        codebook, compiled = _compile(None)
    elif compiled is None:
        compiled = _compile_codebook(codebook)
    index = _cue_index(compiled)
    weights, max_rep = _place_weights(codebook), codebook.settings["max_repeats"]
    order = {c: i for i, c in enumerate(codebook.theme_codes)}
    n = len(measures)
    col = (lambda c: measures[c].tolist() if c in measures.columns else [None] * n)
    rows, agg, memo = [], {}, {}
    for mid, doc, text, heading, section in zip(measures["measure_id"].tolist(), col("doc_id"), col("text"),
                                                col("heading"), col("section")):
        places = measure_places(text, _str(heading), _str(section))
        if len(memo) > 4096:  # bounded: a table of many documents
            memo.clear()
        fires = place_fires(places, index, max_rep, memo)
        for code, score, primary, ev in _choose(_scores_from_fires(fires, index, weights), codebook.settings, order):
            rows.append((mid, code, score, primary, ev))
        _count_fires(agg, _str(doc), fires, index)
    out = pd.DataFrame(rows, columns=["measure_id", "theme_code", "score", "is_primary", "evidence"])
    fires = _fires_table(agg, validate)
    return (schemas.validate(out, "measure_themes") if validate else out), fires


def _count_fires(agg: dict, doc: str, fires, index: _CueIndex) -> None:
    """Add one measure's fires to ``agg[(doc, theme, cue, is_negative)] = [n_fires, n_measures]``."""
    seen = set()
    for k, _place, cue, n, _c in fires:
        key = (doc, index.compiled[k].code, cue.lstrip("-"), cue.startswith("-"))
        acc = agg.get(key)
        if acc is None:
            acc = agg[key] = [0, 0]
        acc[0] += n
        seen.add(key)
    for key in seen:
        agg[key][1] += 1


def _fires_table(agg: dict, validate: bool = True) -> pd.DataFrame:
    rows = [(*key, v[0], v[1]) for key, v in sorted(agg.items())]
    out = pd.DataFrame(rows, columns=["doc_id", "theme_code", "cue", "is_negative", "n_fires", "n_measures"])
    if out.empty:
        return schemas.empty("doc_cue_fires")
    return schemas.validate(out, "doc_cue_fires") if validate else out


def _str(x) -> str:
    return "" if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA else str(x)


def assign_stage(doc: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Per-document stage: ``doc["measures"]`` -> ``{"measure_themes": …, "doc_cue_fires": …}``.

    Param ``codebook_path`` (default None = the shipped codebook).
    """
    use_segmenter(params.get("segmenter", "jieba"))
    m = doc.get("measures")
    if m is None or m.empty:
        return {"measure_themes": schemas.empty("measure_themes"), "doc_cue_fires": schemas.empty("doc_cue_fires")}
    path = params.get("codebook_path")
    cb, compiled = _compile(str(path) if path else None)
    mt, fires = assign_themes_and_fires(m, cb, compiled, validate=False)
    return {"measure_themes": mt, "doc_cue_fires": fires}
