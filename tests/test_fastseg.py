"""rjieba with the project's user dictionary reproduces the jieba reference."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import corpus, fastseg, segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def bundled_texts() -> list[str]:
    manifest = corpus.read_manifest(CORPUS)
    return [corpus.load_document(corpus.entry_path(e, CORPUS)).text for e in manifest.to_dict("records")]


def test_agreement_on_bundled_corpus_reaches_threshold():
    texts = bundled_texts()
    assert sum(map(len, texts)) > 10_000
    assert fastseg.segmenter_agreement(texts) >= fastseg.MIN_AGREEMENT


@pytest.mark.parametrize("text", [
    "2013-02-21", "COVID-19疫情防控", "C++语言", "3.5%的增长", "abc_def", "www.gov.cn", "第3.5.1条",
    "A&B公司", "#1会议室", "八项规定精神", "大会期间", "在2014年12月31日前完成整改", "  全角　空格\t制表",
    "严格执行中央八项规定，坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "",
])
def test_cut_equals_jieba_reference(text):
    assert fastseg.cut(text) == segment.get_tokenizer().lcut(text, HMM=True)


def test_every_user_dictionary_word_segments_as_jieba_does():
    ref = segment.get_tokenizer()
    words = [w for w, _, _ in segment.read_userdict()]
    assert words
    assert [fastseg.cut(w) for w in words] == [ref.lcut(w, HMM=True) for w in words]


def test_custom_user_dictionary_is_loaded(tmp_path):
    d = tmp_path / "userdict.txt"
    d.write_text("# test words\n龙虾节庆活动 3000 n\n酒驾醉驾专项\n", encoding="utf-8")
    text = "严禁举办龙虾节庆活动，开展酒驾醉驾专项整治。"
    assert "龙虾节庆活动" not in fastseg.cut(text)  # not a word without the dictionary
    got = fastseg.cut(text, str(d))
    assert "龙虾节庆活动" in got and "酒驾醉驾专项" in got
    assert got == segment.get_tokenizer(str(d)).lcut(text, HMM=True)
    assert fastseg.segmenter_agreement([text], str(d)) == 1.0


def test_tokenize_drops_whitespace_like_segment():
    text = "精简 会议\n文件 简报"
    assert fastseg.tokenize(text) == segment.tokenize(text)
    assert fastseg.tokenizer_for("rjieba") is fastseg.tokenize
    assert fastseg.tokenizer_for("jieba") is segment.tokenize
    with pytest.raises(ValueError, match="segmenter"):
        fastseg.tokenizer_for("pkuseg")


def test_agreement_counts_disagreeing_tokens(monkeypatch):
    monkeypatch.setattr(fastseg, "cut", lambda text, userdict=None: list(text))  # one character per token
    text = "精简会议活动"
    ref = segment.get_tokenizer().lcut(text)
    expected = sum(len(t) == 1 for t in ref) / max(len(ref), len(text))
    assert fastseg.segmenter_agreement([text]) == pytest.approx(expected)


@pytest.mark.parametrize("requested,min_agreement,broken,expected", [
    ("jieba", 0.999, False, "jieba"),
    ("rjieba", 0.999, False, "rjieba"),
    ("rjieba", 1.01, False, "jieba"),  # agreement below the threshold: fall back, say why
    ("rjieba", 0.999, True, "jieba"),  # rjieba unusable: fall back, say why
])
def test_resolve_falls_back_and_records_why(tmp_path, monkeypatch, requested, min_agreement, broken, expected):
    monkeypatch.setattr(fastseg, "MIN_AGREEMENT", min_agreement)
    if broken:
        def fail(userdict=None):
            raise ImportError("no rjieba")
        monkeypatch.setattr(fastseg, "get_engine", fail)
    got = fastseg.resolve_segmenter_params({"segmenter": requested}, ["严格执行八项规定。"], tmp_path)
    assert got["segmenter"] == expected
    assert ("segmenter_fallback" in got) == (requested != expected)
    if requested == "rjieba" and not broken:
        assert got["segmenter_agreement"] == 1.0 and (tmp_path / "segmenter_check.json").is_file()
    with pytest.raises(ValueError):
        fastseg.resolve_segmenter_params({"segmenter": "nope"})


def test_the_engine_is_built_once_however_it_is_asked_for():
    # get_engine() and get_engine(None) are one engine: building it (user dictionary and all) costs ~0.4 s
    assert fastseg.get_engine() is fastseg.get_engine(None)
