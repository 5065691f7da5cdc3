"""The researcher-editable data files: levels.csv is parsed once per version of the file."""
from analysis import config

LEVELS = "level,rank,name_zh,name_en,aliases\nprovince,1,省级,Province,省\ncounty,3,县级,County,\n"


def test_load_levels_returns_a_fresh_copy_each_call():
    first = config.load_levels()
    first.loc[0, "name_en"] = "changed by a caller"
    first["extra"] = 1
    again = config.load_levels()
    assert "extra" not in again.columns
    assert again.loc[0, "name_en"] != "changed by a caller"


def test_load_levels_reads_an_edited_file_again(tmp_path):
    path = tmp_path / "levels.csv"
    path.write_text(LEVELS, encoding="utf-8")
    assert config.level_order(path) == ["province", "county"]
    path.write_text(LEVELS + "prefecture,2,地级,Prefecture,地级市;市\n", encoding="utf-8")
    assert config.level_order(path) == ["province", "prefecture", "county"]
    assert config.level_aliases(path)["市"] == "prefecture"
