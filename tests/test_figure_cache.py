"""Figures kept across builds: copied only while tables, language, code and libraries are unchanged."""
import matplotlib

matplotlib.use("Agg")

import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from test_charts import tiny_tables  # noqa: E402  (tests/ is on sys.path under pytest)

from analysis import export, figure_cache, plotting  # noqa: E402


def _counting_job(out_dir: Path, calls: list, stem: str = "fig", payload: str = "data"):
    """A figure job that writes ``<stem>.png`` and ``<stem>.csv`` and records each time it really runs."""
    def job():
        calls.append(stem)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"{stem}.png").write_bytes(payload.encode() * 3)
        (out_dir / f"{stem}.csv").write_text(payload, encoding="utf-8")
        return {"file": f"{stem}.png", "title": "标题", "caption": "c", "source_table": "t",
                "data_file": f"{stem}.csv", "formats": "png"}
    return job


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_unchanged_inputs_copy_the_files_instead_of_drawing(tmp_path):
    tables, calls = tiny_tables(), []
    first, second = tmp_path / "a", tmp_path / "b"
    cache = figure_cache.for_tables(tmp_path / "cache", tables, "zh")
    got1 = cache.job("fig", first, _counting_job(first, calls))()
    cache = figure_cache.for_tables(tmp_path / "cache", tiny_tables(), "zh")  # a new run, equal tables
    got2 = cache.job("fig", second, _counting_job(second, calls))()
    assert calls == ["fig"]  # the second run drew nothing
    assert got2 == got1
    assert _files(second) == _files(first)


@pytest.mark.parametrize("change", ["value", "row order", "language", "table added"])
def test_any_change_of_the_inputs_draws_again_and_keeps_one_entry(tmp_path, change):
    tables, calls = tiny_tables(), []
    cache = figure_cache.for_tables(tmp_path / "cache", tables, "zh")
    cache.job("fig", tmp_path / "a", _counting_job(tmp_path / "a", calls))()
    changed, lang = tiny_tables(), "zh"
    docs = changed["documents"]
    if change == "value":
        docs.loc[docs.index[0], "issuer"] = str(docs["issuer"].iloc[0]) + "办公厅"
    elif change == "row order":
        changed["documents"] = docs.iloc[::-1].reset_index(drop=True)
    elif change == "language":
        lang = "en"
    else:
        changed["extra"] = docs.head(1)
    cache2 = figure_cache.for_tables(tmp_path / "cache", changed, lang)
    assert cache2.fingerprint != cache.fingerprint
    cache2.job("fig", tmp_path / "b", _counting_job(tmp_path / "b", calls, payload="new"))()
    assert calls == ["fig", "fig"]
    assert (tmp_path / "b" / "fig.csv").read_text(encoding="utf-8") == "new"
    assert len(list((tmp_path / "cache" / "fig").iterdir())) == 1  # the older entry is dropped


def test_an_incomplete_entry_is_drawn_again(tmp_path):
    tables, calls = tiny_tables(), []
    cache = figure_cache.for_tables(tmp_path / "cache", tables, "zh")
    cache.job("fig", tmp_path / "a", _counting_job(tmp_path / "a", calls))()
    (entry,) = (tmp_path / "cache" / "fig").iterdir()
    (entry / "fig.png").unlink()  # e.g. a disk cleaner took a file
    cache.job("fig", tmp_path / "b", _counting_job(tmp_path / "b", calls))()
    assert calls == ["fig", "fig"]
    assert (tmp_path / "b" / "fig.png").is_file()


def test_a_job_returning_its_file_path_is_restored_into_the_new_folder(tmp_path):
    tables, calls = tiny_tables(), []
    cache = figure_cache.for_tables(tmp_path / "cache", tables, "zh")

    def workbook(out):
        def job():
            calls.append("wb")
            out.mkdir(parents=True, exist_ok=True)
            (out / "book.xlsx").write_bytes(b"PK...")
            return out / "book.xlsx"
        return job

    assert cache.job("book.xlsx", tmp_path / "a", workbook(tmp_path / "a"))() == tmp_path / "a" / "book.xlsx"
    assert cache.job("book.xlsx", tmp_path / "b", workbook(tmp_path / "b"))() == tmp_path / "b" / "book.xlsx"
    assert calls == ["wb"]
    assert (tmp_path / "b" / "book.xlsx").read_bytes() == b"PK..."


def test_a_cache_that_cannot_be_written_warns_and_keeps_the_figure(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = figure_cache.for_tables(blocker, tiny_tables(), "zh")
    calls = []
    with pytest.warns(UserWarning, match="figure cache: could not keep fig"):
        got = cache.job("fig", tmp_path / "a", _counting_job(tmp_path / "a", calls))()
    assert got["file"] == "fig.png" and (tmp_path / "a" / "fig.png").is_file()


def test_no_cache_folder_means_every_job_draws(tmp_path):
    calls = []
    job = _counting_job(tmp_path / "a", calls)
    assert figure_cache.for_tables(None, tiny_tables(), "zh") is None
    assert figure_cache.wrap(None, "fig", tmp_path / "a", job) is job


def test_copied_charts_equal_freshly_drawn_ones_byte_for_byte(tmp_path):
    # the brief's real charts: drawn into a, kept, copied into b (in worker processes), and drawn afresh into c
    tables = tiny_tables()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for folder in ("a", "b"):
            cache = figure_cache.for_tables(tmp_path / "cache", tables, "zh")
            entries = plotting.run_figure_jobs(export.figure_jobs(tables, tmp_path / folder, "zh", cache), workers=2)
        fresh = plotting.run_figure_jobs(export.figure_jobs(tables, tmp_path / "c", "zh"), workers=1)
    assert entries == fresh
    assert _files(tmp_path / "b") == _files(tmp_path / "c") == _files(tmp_path / "a")
    assert len(_files(tmp_path / "b")) == 4 * len(entries)  # png, svg, pdf, csv each
