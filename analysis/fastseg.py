"""A fast word segmenter that reproduces the jieba reference: ``rjieba`` (the Rust port of jieba).

jieba (``analysis.segment``) stays the reference. ``rjieba`` ships jieba's own dictionary and HMM, and
here it is given the SAME user dictionary (``analysis/data/userdict.txt``) loaded the SAME way as
``segment.load_userdict`` does for jieba: every word added in file order with ``max(listed frequency,
built-in frequency)``, and jieba's ``suggest_freq`` for a word listed without one (rjieba exposes
``add_word(word, freq, tag)`` and ``suggest_freq``; the built-in frequencies are read from jieba's
``dict.txt``). One systematic difference is corrected: jieba's HMM splits a run of Latin letters and
digits joined by ``- _ . + # &`` (``2013-02-21`` -> ``2013 - 02 - 21``) where rjieba keeps it whole.

:func:`segmenter_agreement` measures how many jieba tokens rjieba reproduces exactly (same start and
end); :func:`resolve_segmenter_params` falls back to jieba, recording why, when rjieba is missing or
agrees on less than ``MIN_AGREEMENT`` of the tokens of a sample of the corpus.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import re
from pathlib import Path

MIN_AGREEMENT = 0.999
ENGINES = ("jieba", "rjieba")

_HAN = re.compile(r"[\u4E00-\u9FD5]")
_JOINED = re.compile(r"[-_.%+#&]")
_JOINED_TOKEN = re.compile(r"[^\0]+[-_.%+#&][^\0]*|[-_.%+#&][^\0]+")  # a token of 2+ chars with a joiner
_LATIN_THEN_JOINER = re.compile(r"[A-Za-z0-9][-_+#&%.]")
# Where rjieba may keep a Latin/digit run that jieba splits: letters or digits joined by - _ + # & %,
# a dot after or before a letter, or a second dot in a number (3.5.1). A plain decimal (3.5, 3.5%)
# is cut alike by both, so texts with only those skip the token scan below.
_LATIN_JOINED = re.compile(r"[A-Za-z0-9][-_+#&%]+[A-Za-z0-9]|[A-Za-z]\.+[A-Za-z0-9]|[0-9]\.+[A-Za-z]"
                           r"|[0-9]\.\.+[0-9]|[0-9]\.[0-9]+\.")
# jieba's finalseg ``re_skip``: how its HMM path splits non-Han runs
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def jieba_dictionary_path() -> Path:
    """jieba's built-in dictionary ``dict.txt`` (``word freq tag`` lines), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


def builtin_frequencies(words: set[str]) -> dict[str, int]:
    """jieba's built-in frequency of each of ``words`` that its dictionary lists."""
    out = {}
    with open(jieba_dictionary_path(), encoding="utf-8") as fh:
        for line in fh:
            word, _, rest = line.partition(" ")
            if word in words:
                out[word] = int(rest.split(" ", 1)[0])
    return out


def get_engine(userdict: str | None = None):
    """The process-wide ``rjieba.Jieba`` with the user dictionary loaded as ``segment.load_userdict`` does."""
    return _engine(userdict)  # one cache key for get_engine() and get_engine(None)


@functools.lru_cache(maxsize=None)
def _engine(userdict: str | None):
    import rjieba

    from .segment import read_userdict

    entries = read_userdict(Path(userdict) if userdict else None)
    freqs = builtin_frequencies({w for w, _, _ in entries})
    engine = rjieba.Jieba()
    for word, freq, tag in entries:
        floor = freqs.get(word, 0)
        if freq <= 0:
            freq = engine.suggest_freq(word)
        freqs[word] = max(freq, floor)
        engine.add_word(word, freqs[word], tag)
    return engine


def _split_like_jieba(tok: str, engine) -> list[str]:
    if len(tok) > 1 and _JOINED.search(tok) and not _HAN.search(tok) and not engine.has_word(tok):
        return [p for p in _JIEBA_SKIP.split(tok) if p]
    return [tok]


def _needs_fix(text: str) -> bool:
    """Whether ``text`` has a run jieba may split where rjieba does not (a fast pre-scan, then the
    exact pattern only where a letter or digit meets a joiner)."""
    return any(_LATIN_JOINED.match(text, m.start()) for m in _LATIN_THEN_JOINER.finditer(text))


def cut(text: str, userdict: str | None = None) -> list[str]:
    """Tokens of ``text`` as ``jieba.lcut(text, HMM=True)`` with the user dictionary gives them (whitespace kept)."""
    if not text:
        return []
    engine = get_engine(userdict)
    tokens = engine.cut(str(text), True)
    if not _needs_fix(text):  # the common case: nothing to re-split, no per-token Python loop
        return tokens
    candidates = _JOINED_TOKEN.findall("\0".join(set(tokens)))  # C-speed scan of the distinct tokens
    fix = {t: _split_like_jieba(t, engine) for t in candidates}
    fix = {t: parts for t, parts in fix.items() if parts != [t]}
    if not fix:
        return tokens
    return [p for t in tokens for p in (fix[t] if t in fix else (t,))]


def tokenize(text: str) -> list[str]:
    """Drop-in for ``segment.tokenize``: words of ``text``, whitespace dropped, nothing else."""
    return [t for t in cut(text) if t.strip()]


def tokenizer_for(segmenter: str):
    """The ``tokenize(text) -> list[str]`` function of engine ``segmenter`` ("jieba" or "rjieba")."""
    if segmenter == "rjieba":
        return tokenize
    if segmenter == "jieba":
        from .segment import tokenize as jieba_tokenize

        return jieba_tokenize
    raise ValueError(f"unknown segmenter {segmenter!r}; expected one of {ENGINES}")


def _spans(tokens: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for t in tokens:
        spans.add((pos, pos + len(t)))
        pos += len(t)
    return spans


def segmenter_agreement(texts, userdict: str | None = None) -> float:
    """Share of tokens on which rjieba (:func:`cut`) and the jieba reference agree, over ``texts``.

    A token agrees when both engines cut the same (start, end) span of a text; the share is
    agreeing tokens / the larger of the two token counts, summed over all texts (1.0 for no tokens).
    """
    from .segment import get_tokenizer

    ref = get_tokenizer(userdict)
    same = total = 0
    for text in texts:
        text = str(text)
        a, b = _spans(ref.lcut(text, HMM=True)), _spans(cut(text, userdict))
        same += len(a & b)
        total += max(len(a), len(b))
    return same / total if total else 1.0


def _memo_key(texts: list[str], userdict: str | None) -> str:
    from importlib.metadata import version

    from .config import data_path

    h = hashlib.sha256()
    for part in [version("jieba"), version("rjieba"), Path(userdict or data_path("userdict.txt")).read_bytes(),
                 *(t.encode("utf-8") for t in texts)]:
        h.update(part if isinstance(part, bytes) else part.encode())
        h.update(b"\0")
    return h.hexdigest()


def resolve_segmenter_params(params: dict, sample_texts: list[str] | None = None,
                             memo_dir: Path | None = None) -> dict:
    """``{"segmenter": engine actually used[, "segmenter_fallback": why]}`` for the requested engine.

    "rjieba" falls back to "jieba" when rjieba cannot be imported, its user dictionary cannot be
    loaded, or its agreement with jieba on ``sample_texts`` is below ``MIN_AGREEMENT``; the
    agreement measured is recorded as ``segmenter_agreement``. The result is remembered in
    ``memo_dir/segmenter_check.json`` (keyed by the texts, dictionary and engine versions).
    """
    wanted = params.get("segmenter", "jieba")
    if wanted not in ENGINES:
        raise ValueError(f"unknown segmenter {wanted!r}; expected one of {ENGINES}")
    if wanted == "jieba":
        return {"segmenter": "jieba"}
    memo = Path(memo_dir) / "segmenter_check.json" if memo_dir and sample_texts else None
    agreement = None
    if memo is not None and memo.is_file():  # known: no need to build the engine in this process
        try:
            agreement = json.loads(memo.read_text(encoding="utf-8")).get(_memo_key(sample_texts, None))
        except (ValueError, ImportError, OSError):
            agreement = None
    if agreement is None:
        try:
            get_engine()
            key = _memo_key(sample_texts, None) if sample_texts else None
        except (ImportError, OSError, ValueError) as exc:
            return {"segmenter": "jieba", "segmenter_fallback": f"rjieba unusable: {exc}"}
        if not sample_texts:
            return {"segmenter": "rjieba"}
        agreement = round(segmenter_agreement(sample_texts), 6)
        if memo is not None:
            memo.parent.mkdir(parents=True, exist_ok=True)
            memo.write_text(json.dumps({key: agreement}), encoding="utf-8")
    out = {"segmenter_agreement": agreement}
    if agreement < MIN_AGREEMENT:
        out.update(segmenter="jieba", segmenter_fallback=(
            f"rjieba agreed with jieba on {agreement:.4%} of tokens of the corpus sample (< {MIN_AGREEMENT:.1%})"))
    else:
        out["segmenter"] = "rjieba"
    return out


def corpus_sample(corpus_dir: Path, max_chars: int = 200_000) -> list[str]:
    """Up to ``max_chars`` of plain-text files of a corpus, in manifest order (for the agreement check)."""
    from .corpus import ManifestError, read_manifest

    corpus_dir = Path(corpus_dir)
    try:
        files = read_manifest(corpus_dir)["file"].tolist()
    except ManifestError:  # the build reports it when it reads the manifest itself
        return []
    out, n = [], 0
    for f in files:
        p = corpus_dir / f
        if p.suffix.lower() not in {".txt", ".md"} or not p.is_file():
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        out.append(text[: max_chars - n])
        n += len(out[-1])
        if n >= max_chars:
            break
    return out
