"""Chinese word segmentation with the project's policy dictionary and stop words.

``tokenize(text) -> list[str]`` is a plain module-level function (it pickles, so it can be handed
to scikit-learn or worker processes). It uses a *private* ``jieba.Tokenizer`` (no global jieba
state is touched), built lazily once per process, with the versioned user dictionary
``analysis/data/userdict.txt`` loaded on top of jieba's own dictionary.

Two jieba traps handled here:

* a user-dictionary frequency *replaces* the built-in one, so listing a common word with a small
  frequency can make it split (会议 -> 会/议). :func:`load_userdict` therefore adds every word with
  ``max(listed frequency, built-in frequency)``: the file can only strengthen a word.
* scikit-learn's default ``token_pattern`` drops one-character words (车, 会, 文 are cues here);
  the tables keep tokens as a space-joined string and :func:`split_tokens` is the analyzer, so
  nothing is dropped by a regex.

Stop words (``analysis/data/stopwords.txt``) go through the same tokenizer, so a stop word is
exactly the token form it takes in a measure.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pandas as pd

from .config import data_path

USERDICT_FILE = "userdict.txt"
STOPWORDS_FILE = "stopwords.txt"

# A token worth keeping for statistics has at least one CJK character or Latin letter
# (punctuation, whitespace and bare numbers carry no topic).
_CONTENT = re.compile(r"[\u3400-\u9fffA-Za-z]")
_SPACE = re.compile(r"\s+")
# A closing parenthesis naming who is responsible (（朱小丹同志负责，省府办公厅牵头办理）) says who,
# not what: it is left out of the tokens so clusters form on content, not on leaders' names.
_LEAD_NOTE = re.compile(r"[（(][^（()）]{0,80}(?:负责|牵头|办理)[^（()）]{0,40}[)）]\s*$")


class DictionaryError(ValueError):
    """A line of the user dictionary or stop-word file cannot be used."""


def read_userdict(path: Path | None = None) -> list[tuple[str, int, str | None]]:
    """Entries of a jieba user dictionary: ``(word, freq, tag or None)``; ``#`` lines are comments.

    Raises :class:`DictionaryError` naming the file and line for a malformed line.
    """
    path = Path(path or data_path(USERDICT_FILE))
    entries = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3 or (len(parts) >= 2 and not parts[1].isdigit()):
            raise DictionaryError(f"{path}:{lineno}: expected 'word freq [tag]', got {line!r}")
        freq = int(parts[1]) if len(parts) >= 2 else 0
        entries.append((parts[0], freq, parts[2] if len(parts) == 3 else None))
    return entries


def load_userdict(tokenizer, entries) -> None:
    """Add user-dictionary ``entries`` to a jieba ``tokenizer``, never lowering a built-in frequency.

    A word missing a frequency gets jieba's ``suggest_freq`` (the least frequency that keeps it
    whole); a listed word already known to jieba keeps the larger of the two frequencies.
    """
    tokenizer.check_initialized()
    for word, freq, tag in entries:
        floor = tokenizer.FREQ.get(word, 0)
        if freq <= 0:
            freq = tokenizer.suggest_freq(word, tune=False)
        tokenizer.add_word(word, max(freq, floor), tag)


@functools.lru_cache(maxsize=None)
def get_tokenizer(userdict: str | None = None):
    """The process-wide private jieba tokenizer with the user dictionary loaded (built on first use)."""
    import jieba

    jieba.setLogLevel(60)  # silence "Building prefix dict" chatter
    tok = jieba.Tokenizer()
    tok.initialize()
    load_userdict(tok, read_userdict(Path(userdict) if userdict else None))
    return tok


SEGMENTERS = ("jieba", "rjieba")
_ENGINE = {"name": "jieba"}  # set per stage call from params["segmenter"] (see use_segmenter)


def use_segmenter(name: str) -> None:
    """Select the engine :func:`tokenize` uses in this process: ``"jieba"`` (the reference) or
    ``"rjieba"`` (:mod:`analysis.fastseg`: the same dictionaries, agreement checked)."""
    if name not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {name!r}; expected one of {SEGMENTERS}")
    _ENGINE["name"] = name


# Spaces between two Chinese characters: a PDF's letter-spacing (严 格 控 制 会 议) or a spaced title (附　则)
_SPACED = re.compile(r"(?<=[\u3400-\u9fff\u3001-\u303f\uff01-\uff5e])[ \t\u3000\xa0]+"
                     r"(?=[\u3400-\u9fff\u3001-\u303f\uff01-\uff5e])")


def join_spaced(text: str) -> str:
    """``text`` without the spaces between two Chinese characters (``严 格 控 制`` -> ``严格控制``), so a
    letter-spaced copy segments into words and matches cues; spaces elsewhere are kept."""
    return _SPACED.sub("", text)


def tokenize(text: str) -> list[str]:
    """Segment ``text`` into words with the project dictionary; whitespace is dropped, nothing else.

    Punctuation and one-character words (车, 会) are kept as tokens; callers filter them.
    """
    return [t for t in raw_tokens(text) if t.strip()]


def raw_tokens(text: str) -> list[str]:
    """The engine's tokens of ``text`` as cut, whitespace tokens included (they join back to ``text``)."""
    if not text:
        return []
    if _ENGINE["name"] == "rjieba":
        from .fastseg import cut

        return list(cut(str(text)))
    return get_tokenizer().lcut(str(text), HMM=True)


@functools.lru_cache(maxsize=None)
def load_stopwords(path: str | None = None) -> frozenset[str]:
    """Stop words, each passed through :func:`tokenize`; a line that is not one token is an error."""
    p = Path(path or data_path(STOPWORDS_FILE))
    words = set()
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        toks = tokenize(line)
        if len(toks) != 1:
            raise DictionaryError(f"{p}:{lineno}: stop word {line!r} segments as {toks}, not one token")
        words.add(toks[0])
    return frozenset(words)


def content_tokens(text: str, stopwords: frozenset[str] | None = None) -> list[str]:
    """Tokens of ``text`` without stop words, punctuation and bare numbers (1-character words kept)."""
    stop = load_stopwords() if stopwords is None else stopwords
    return [t for t in tokenize(join_spaced(text)) if t not in stop and _CONTENT.search(t)]


def split_tokens(joined: str) -> list[str]:
    """Analyzer for scikit-learn vectorizers: a space-joined token string back into its tokens."""
    return joined.split(" ") if joined else []


def segment_stage(doc: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Per-document stage: ``doc["measures"]`` -> ``{"measure_tokens": …}``.

    ``measure_tokens`` has one row per measure: ``measure_id, doc_id, tokens`` where ``tokens`` is
    the measure text's content tokens (see :func:`content_tokens`; a closing note naming who is
    responsible is left out) joined by single spaces (tokens never contain whitespace).
    """
    from . import schemas

    use_segmenter(params.get("segmenter", "jieba"))
    m = doc.get("measures")
    if m is None or m.empty:
        return {"measure_tokens": schemas.empty("measure_tokens")}
    stop = load_stopwords()
    tokens = [" ".join(_SPACE.sub("", t) for t in content_tokens(_LEAD_NOTE.sub("", str(x)), stop))
              for x in m["text"].fillna("").astype(str)]
    out = pd.DataFrame({"measure_id": m["measure_id"].astype(str).to_numpy(),
                        "doc_id": m["doc_id"].astype(str).to_numpy(), "tokens": tokens})
    return {"measure_tokens": out}   # checked against the schema when the runner assembles the table
