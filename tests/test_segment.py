"""Tests of analysis.segment: the project tokenizer, user dictionary, stop words, segment_stage."""
import pickle

import jieba
import pandas as pd
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from analysis import schemas
from analysis.segment import (DictionaryError, content_tokens, load_stopwords, load_userdict,
                              read_userdict, segment_stage, split_tokens, tokenize)


@pytest.mark.parametrize("term", [
    "八项规定", "三公经费", "公务接待", "公车私用", "庸懒散", "吃空饷", "门难进", "脸难看",
    "文山会海", "迎来送往", "轻车简从", "办公用房", "民主生活会", "电视电话会议",
])
def test_policy_terms_are_one_token(term):
    assert tokenize(f"严格执行{term}有关规定") .count(term) == 1


@pytest.mark.parametrize("text, expected", [
    ("严格控制会议数量", ["严格控制", "会议", "数量"]),  # built-in word not weakened by the user dict
    ("规范公务用车管理", ["规范", "公务用车", "管理"]),
    ("大会期间", ["大会", "期间"]),  # 会期 is listed, but not so strongly that it glues across words
    ("车间主任", ["车间主任"]),
    ("乘坐公家的车", ["乘坐", "公家", "的", "车"]),  # one-character words survive
])
def test_segmentation_stays_sensible(text, expected):
    assert tokenize(text) == expected


def test_low_userdict_frequency_cannot_split_a_builtin_word():
    # the trap: in jieba a user frequency REPLACES the built-in one, so 会议 with freq 1 splits
    raw = jieba.Tokenizer()
    raw.initialize()
    raw.add_word("会议", 1)
    assert "会议" not in raw.lcut("严格控制会议数量")
    # our loader keeps max(listed, built-in)
    ours = jieba.Tokenizer()
    load_userdict(ours, [("会议", 1, "n"), ("三公经费", 0, None)])
    assert "会议" in ours.lcut("严格控制会议数量")
    assert "三公经费" in ours.lcut("压缩三公经费支出")  # freq 0 -> suggest_freq keeps it whole


def test_private_tokenizer_leaves_global_jieba_alone():
    tokenize("三公经费")
    jieba.dt.check_initialized()
    assert "三公经费" not in jieba.dt.FREQ


def test_tokenize_pickles_and_is_module_level():
    again = pickle.loads(pickle.dumps(tokenize))
    assert again("公车私用") == ["公车私用"]


def test_userdict_has_version_header_and_parses():
    entries = read_userdict()
    assert len(entries) > 100
    assert all(freq > 0 for _, freq, _ in entries)
    words = [w for w, _, _ in entries]
    assert len(words) == len(set(words))  # a word listed twice would silently take the last freq
    from analysis.config import data_path
    assert "version:" in data_path("userdict.txt").read_text(encoding="utf-8").splitlines()[1]


def test_userdict_malformed_line_names_file_and_line(tmp_path):
    p = tmp_path / "u.txt"
    p.write_text("# c\n会风 2000 n\n会期 many\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"u\.txt:3"):
        read_userdict(p)


def test_stopwords_are_single_tokens_and_keep_cues():
    stop = load_stopwords()
    assert all(tokenize(w) == [w] for w in stop)
    for cue in ("车", "会", "文", "会议", "接待", "调研"):
        assert cue not in stop


def test_stopword_line_that_is_not_one_token_is_refused(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("的\n严格控制会议数量\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"s\.txt:2"):
        load_stopwords(str(p))


def test_content_tokens_drop_stopwords_punctuation_numbers():
    toks = content_tokens("1.严格控制会议数量，每年不超过3次。乘坐公家的车")
    assert "的" not in toks and "，" not in toks and "3" not in toks and "1" not in toks
    assert "会议" in toks and "车" in toks


def test_default_token_pattern_drops_one_char_words_but_split_tokens_keeps_them():
    docs = ["公车 私用 车", "会 文 会议"]
    default = CountVectorizer().fit(docs).get_feature_names_out()
    ours = CountVectorizer(analyzer=split_tokens).fit(docs).get_feature_names_out()
    assert "车" not in default and "会" not in default
    assert {"车", "会", "文"} <= set(ours)


def test_segment_stage_output():
    m = pd.DataFrame({"measure_id": ["d-m001", "d-m002"], "doc_id": ["d", "d"],
                      "text": ["减少会议。严禁公车私用（张三同志负责，县委办牵头办理）", ""]})
    out = segment_stage({"measures": m}, {})["measure_tokens"]
    assert list(out.columns) == ["measure_id", "doc_id", "tokens"]
    first = out["tokens"].iloc[0].split(" ")
    assert "会议" in first and "公车私用" in first
    assert "张三" not in first  # the responsibility note is left out
    assert out["tokens"].iloc[1] == ""
    schemas.validate(out, "measure_tokens")


def test_segment_stage_empty():
    out = segment_stage({"measures": schemas.empty("measures")}, {})["measure_tokens"]
    assert out.empty and list(out.columns) == ["measure_id", "doc_id", "tokens"]


def test_letter_spacing_between_chinese_characters_is_closed_before_segmenting():
    from analysis.segment import content_tokens, join_spaced

    # between two Chinese characters or marks only: numbers and Latin words keep their spaces here (a letter-spaced
    # document as a whole is closed up by the loader, digits included)
    assert join_spaced("严 格 控 制 会 议 ， 全 年 不 超 过 4 次 。 Word 2007") == "严格控制会议，全年不超过 4 次。 Word 2007"
    assert content_tokens("严 格 控 制 会 议 数 量") == content_tokens("严格控制会议数量")
