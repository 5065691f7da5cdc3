"""Figure plumbing: bundled CJK font, house style, palette, deterministic saver, figure index."""
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import config, plotting  # noqa: E402


@pytest.fixture(autouse=True)
def glyphs_are_errors():
    """A missing glyph (a box instead of a character) fails the test."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing", category=UserWarning)
        yield


def test_font_is_shipped_with_its_license():
    assert plotting.font_path().is_file() and plotting.font_path(lite=True).is_file()
    assert plotting.font_path().parent == plotting.font_path(lite=True).parent == config.data_path("fonts")
    license_text = config.data_path("fonts/LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache" in license_text


def test_register_is_idempotent_and_names_the_family():
    name = plotting.register_cjk_font()
    n_fonts = len(matplotlib.font_manager.fontManager.ttflist)
    assert plotting.register_cjk_font() == name == "WenQuanYi Micro Hei"
    assert len(matplotlib.font_manager.fontManager.ttflist) == n_fonts
    found = matplotlib.font_manager.findfont(name, fallback_to_default=False)
    assert found == str(plotting.font_path())


def test_use_style_sets_and_restores():
    before = matplotlib.rcParams["pdf.fonttype"], list(matplotlib.rcParams["font.sans-serif"])
    with plotting.use_style("en"):
        assert matplotlib.rcParams["pdf.fonttype"] == 42
        assert matplotlib.rcParams["svg.fonttype"] == "path"
        assert matplotlib.rcParams["font.sans-serif"][:2] == ["WenQuanYi Micro Hei Lite", "WenQuanYi Micro Hei"]
    assert (matplotlib.rcParams["pdf.fonttype"], list(matplotlib.rcParams["font.sans-serif"])) == before


@pytest.mark.parametrize("x, shown", [(158.0, "158"), (66.6666667, "66.667"), (0.936709, "0.937"), (0.5, "0.5"),
                                      (-2.25, "-2.25"), (3.01223e-10, "3.01e-10"), (0.0, "0"), (1234567.0, "1234567")])
def test_format_number(x, shown):
    assert plotting.format_number(x) == shown


def test_use_style_shows_table_floats_plainly_and_restores():
    before = pd.get_option("display.float_format")
    df = pd.DataFrame({"n": [158.0], "share": [66.6666667]})
    with plotting.use_style("zh"):
        assert "158.000000" not in df.to_html() and "<td>66.667</td>" in df.to_html()
    assert pd.get_option("display.float_format") is before


def test_use_style_rejects_unknown_language():
    with pytest.raises(ValueError, match="lang"):
        plotting.use_style("fr")


def test_palette_has_a_colour_for_every_level():
    pal = plotting.load_palette()
    assert set(config.level_order()) <= set(pal["level"])
    assert len(set(pal["level"][lv] for lv in config.level_order())) == len(config.level_order())
    assert {"sequential", "diverging"} <= set(pal["cmap"])
    matplotlib.colormaps[pal["cmap"]["sequential"]]  # a real colormap name


@pytest.mark.parametrize("row, message", [
    ("level,province,blue,x", "#RRGGBB"),     # named colours are refused: the file must be explicit
    ("level,province,#12345,x", "#RRGGBB"),   # five hex digits
])
def test_palette_rejects_bad_colours(tmp_path, row, message):
    good = config.data_path("palette.csv").read_text(encoding="utf-8")
    path = tmp_path / "palette.csv"
    path.write_text(good + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        plotting.load_palette(path)


def test_group_colors_levels_first_then_series():
    colors = plotting.group_colors(["county", "2013", "2014", "county"])
    pal = plotting.load_palette()
    assert colors["county"] == pal["level"]["county"]
    assert [colors["2013"], colors["2014"]] == list(pal["series"].values())[:2]


def _chinese_figure():
    plotting.use_style("zh")
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["会议活动", "公务接待"], [1.5, -2.25])
    ax.set_title("厉行节约与“三公”经费（%）")
    return fig


def test_save_figure_writes_every_format_and_the_data(tmp_path):
    fig = _chinese_figure()
    data = pd.DataFrame({"theme": ["会议活动", "公务接待"], "value": [1.5, -2.25]})
    entry = plotting.save_figure(fig, "demo", tmp_path, data=data, title="演示", caption="说明",
                                 source_table="coverage_by_level")
    for ext in ("png", "svg", "pdf", "csv"):
        assert (tmp_path / f"demo.{ext}").stat().st_size > 0
    assert entry == {"file": "demo.png", "title": "演示", "caption": "说明", "source_table": "coverage_by_level",
                     "data_file": "demo.csv", "formats": "png;svg;pdf"}
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "demo.csv"), data)
    pdf = (tmp_path / "demo.pdf").read_bytes()
    assert b"FontFile2" in pdf                 # TrueType embedded (fonttype 42), not Type 3
    assert b"WenQuanYiMicroHei" in pdf
    assert b"/Subtype /Type3" not in pdf
    svg = (tmp_path / "demo.svg").read_text(encoding="utf-8")
    assert "font-family" not in svg            # text drawn as paths: no font needed to view it
    plt.close(fig)


def test_save_figure_is_byte_deterministic(tmp_path):
    data = pd.DataFrame({"x": [0.1 + 0.2]})
    for run in ("a", "b"):
        fig = _chinese_figure()
        plotting.save_figure(fig, "demo", tmp_path / run, data=data, title="t", caption="c", source_table="s")
        plt.close(fig)
    for ext in ("png", "svg", "pdf", "csv"):
        assert (tmp_path / "a" / f"demo.{ext}").read_bytes() == (tmp_path / "b" / f"demo.{ext}").read_bytes(), ext


def test_save_figure_rejects_unknown_format(tmp_path):
    fig = _chinese_figure()
    with pytest.raises(ValueError, match="jpg"):
        plotting.save_figure(fig, "demo", tmp_path, data=pd.DataFrame(), title="t", caption="c",
                             source_table="s", formats=("jpg",))
    plt.close(fig)


def test_missing_glyph_is_caught():
    """The fixture really turns a missing glyph into an error (guards the guard)."""
    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        fig, ax = plt.subplots()
        ax.set_title("会议")
        with pytest.raises(UserWarning, match="Glyph"):
            fig.canvas.draw()
        plt.close(fig)


def test_write_figure_index(tmp_path):
    entries = [{"file": "b.png", "title": "乙", "caption": "c", "source_table": "t", "data_file": "b.csv",
                "formats": "png"},
               {"file": "a.png", "title": "甲", "caption": "c", "source_table": "t", "data_file": "a.csv",
                "formats": "png"}]
    path = plotting.write_figure_index(entries, tmp_path)
    df = pd.read_csv(path)
    assert df["file"].tolist() == ["b.png", "a.png"]  # order given is kept
    assert list(df.columns) == plotting.INDEX_COLUMNS


def _figure_job(i):
    return lambda: {"i": i, "pid": __import__("os").getpid()}


def test_figure_jobs_run_side_by_side_keep_their_order():
    out = plotting.run_figure_jobs([_figure_job(i) for i in range(5)], workers=2)
    assert [o["i"] for o in out] == list(range(5))
    assert all(o["pid"] != __import__("os").getpid() for o in out)  # drawn in worker processes


def test_a_figure_worker_killed_for_memory_fails_the_run_instead_of_hanging_it():
    import os
    import signal

    def killed():  # what the kernel's out-of-memory killer does to a worker drawing a huge figure
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(RuntimeError, match=r"figure worker died while drawing figure job 2 of 3"):
        plotting.run_figure_jobs([_figure_job(0), killed, _figure_job(2)], workers=2)


def test_the_lite_font_holds_gb2312_and_a_rarer_character_falls_back_to_the_full_font(tmp_path):
    # the lite cut (first in the style) has every GB2312 character the full font has; a name outside it (堃,
    # GBK only) still renders, from the full font, in every format; a PDF embeds what it uses of each
    import importlib.util

    from fontTools.ttLib import TTFont

    spec = importlib.util.spec_from_file_location("make_lite_font", config.data_path("fonts/make_lite_font.py"))
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    lite = TTFont(str(plotting.font_path(lite=True)))
    full = TTFont(str(plotting.font_path()))
    wanted = {p for p in maker.lite_characters() if p in full.getBestCmap()}
    assert wanted <= set(lite.getBestCmap()) and len(wanted) > 7000
    assert len(lite.getGlyphOrder()) < len(full.getGlyphOrder()) / 3
    assert ord("堃") not in lite.getBestCmap() and ord("堃") in full.getBestCmap()
    assert {ord(c) for c in "−→≤≥×℃①■"} <= set(lite.getBestCmap())  # a chart's symbols embed the lite font only
    fig = _chinese_figure()
    fig.axes[0].set_xlabel("堃村（会议）")
    plotting.save_figure(fig, "rare", tmp_path, data=pd.DataFrame({"x": [1]}), title="t", caption="c",
                         source_table="coverage_by_level")  # a missing glyph would warn: an error here
    pdf = (tmp_path / "rare.pdf").read_bytes()
    assert b"WenQuanYiMicroHeiLite" in pdf and pdf.count(b"FontFile2") == 2  # the lite cut and the full font
    plt.close(fig)
