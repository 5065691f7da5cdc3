"""Six plan files written blind to the extractor (tests/data/blind_plans): a GBK provincial 实施细则 with
CRLF and four numbering levels, a municipal web-page copy with its furniture, a county 整改方案 whose
numbered problems precede its measures, a township plan in articles, a department plan with damaged
punctuation (half-width marks, full-width digits, items run together on one line, UTF-8 with BOM), and a
2019 减负 plan with ①②③ items, a table of limits and attachments.

``key.csv`` lists every measure the writer intended (number as printed, first characters after it) under
the issue's rule: the smallest numbered commitment, with an enumeration that a measure leads in to
(``…如下：（一）…``, ``一是…二是…`` inside a paragraph, an article's clauses) kept inside that measure.
"""
import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, measures

DIR = Path(__file__).parent / "data" / "blind_plans"
KEY = list(csv.DictReader(open(DIR / "key.csv", encoding="utf-8")))
FILES = sorted({row["file"] for row in KEY})
_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", s)


@pytest.fixture(scope="module", params=FILES)
def extracted(request):
    doc = corpus.load_document(DIR / request.param)
    m, spans = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], request.param)
    return request.param, doc, m, spans


def test_every_intended_measure_is_found_once_and_nothing_else(extracted):
    name, _, m, _ = extracted
    wanted = [_norm(r["number"] + r["text_prefix"])[:10] for r in KEY if r["file"] == name]
    got = [_norm(t)[:10] for t in m["text"]]
    assert got == wanted


def test_the_text_is_partitioned_and_measures_are_exact_slices(extracted):
    _, doc, m, spans = extracted
    assert spans["char_start"].iloc[0] == 0 and spans["char_end"].iloc[-1] == len(doc.text)
    assert (spans["char_start"].iloc[1:].to_numpy() == spans["char_end"].iloc[:-1].to_numpy()).all()
    for row in m.itertuples():
        assert doc.text[row.char_start:row.char_end] == row.text


def test_manifest_loads_with_the_encodings_as_found():
    manifest = corpus.read_manifest(DIR)
    assert manifest["file"].tolist() == FILES
    encodings = {f: corpus.load_document(DIR / f).encoding for f in FILES}
    assert encodings["f1.txt"].lower() in {"gbk", "gb18030", "gb2312"}
    assert pd.Series(encodings).drop("f1.txt").str.startswith("utf-8").all()
