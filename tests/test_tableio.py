"""tableio.write_csv writes what pandas' to_csv writes, byte for byte, faster."""
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from analysis import tableio


def pandas_csv(df: pd.DataFrame) -> bytes:
    """The reference: what tables were written with before write_csv."""
    return df.to_csv(index=False, lineterminator="\n", float_format=tableio.FLOAT_FORMAT).encode("utf-8")


def fast_csv(df: pd.DataFrame, tmp_path) -> bytes:
    path = tmp_path / "t.csv"
    tableio.write_csv(df, path)
    return path.read_bytes()


# the characters that decide quoting, beside ordinary and non-BMP text
TEXT = st.text(alphabet=st.sampled_from(list(',"\n\r\t ;#x规定𠀀\u2028')), max_size=6)
FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.0, -0.0, 1.0, 0.5, 1e-7, 123456789.0])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_write_csv_equals_pandas_on_every_logical_type(tmp_path_factory, data):
    n = data.draw(st.integers(0, 8))
    columns = data.draw(st.lists(st.sampled_from(["str", "int", "float", "bool"]), min_size=1, max_size=4))
    df = pd.DataFrame({
        f"{kind}{i}": pd.array(data.draw(st.lists(
            {"str": TEXT | st.none(), "int": st.integers(-10**12, 10**12) | st.none(), "float": FLOATS,
             "bool": st.booleans() | st.none()}[kind], min_size=n, max_size=n)),
            dtype={"str": "string", "int": "Int64", "float": "float64", "bool": "boolean"}[kind])
        for i, kind in enumerate(columns)})
    assert fast_csv(df, tmp_path_factory.mktemp("csv")) == pandas_csv(df)


def test_single_column_empty_field_is_quoted_as_the_csv_module_does(tmp_path):
    df = pd.DataFrame({"a": pd.array(["x", "", None], dtype="string")})
    assert fast_csv(df, tmp_path) == b'a\nx\n""\n""\n' == pandas_csv(df)


def test_chunked_string_columns_beside_formatted_floats(tmp_path):
    # concatenated Arrow-backed strings are chunked; the float text is one array: rows must still line up
    parts = [pd.DataFrame({"s": pd.array([f"m{i}", "a,b", 'q"'], dtype="string[pyarrow]"),
                           "f": [i / 3, math.nan, -0.0]}) for i in range(3)]
    df = pd.concat(parts, ignore_index=True)
    assert fast_csv(df, tmp_path) == pandas_csv(df)
    assert fast_csv(df, tmp_path).count(b"\n") == len(df) + 1


def test_many_repeated_floats_keep_their_text(tmp_path):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"share": rng.choice([0.0, 12.5, 100.0, 1 / 3, math.nan], size=10_000)})
    assert fast_csv(df, tmp_path) == pandas_csv(df)


def test_other_dtypes_go_to_pandas(tmp_path):
    df = pd.DataFrame({"when": pd.to_datetime(["2013-12-04", "2014-01-01"]), "o": [object(), None]})
    df["o"] = ["a", None]
    assert fast_csv(df, tmp_path) == pandas_csv(df)


@pytest.mark.parametrize("rows", [0, 1])
def test_header_only_and_one_row(tmp_path, rows):
    df = pd.DataFrame({"a,b": pd.array(["x"] * rows, dtype="string"), "n": pd.array([1] * rows, dtype="Int64")})
    assert fast_csv(df, tmp_path) == pandas_csv(df)


def test_write_tables_in_threads_writes_the_same_files_and_nothing_on_failure(tmp_path):
    from analysis import pipeline, schemas

    tables = {"rejected": pd.DataFrame({"source_file": ["a.txt", "b,c.txt"], "doc_id": ["a", None],
                                        "reason": ['bad "x"', "empty"]}),
              "furniture": schemas.empty("furniture")}
    pipeline.write_tables(tables, tmp_path / "one", {"m": 1}, threads=1)
    pipeline.write_tables(tables, tmp_path / "two", {"m": 1}, threads=2)
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    assert all((tmp_path / "one" / n).read_bytes() == (tmp_path / "two" / n).read_bytes() for n in names)
    with pytest.raises(Exception):
        pipeline.write_tables({**tables, "no_such_table": pd.DataFrame({"x": [1]})}, tmp_path / "bad", {}, threads=2)
    assert not (tmp_path / "bad").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bad")]
