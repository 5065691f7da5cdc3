"""Synthetic corpora of N plans for scale benchmarks, made deterministically from the seed plans.

Every measure of the seed corpus (``corpus/``, extracted by the package's own loader and extractor) goes
into a pool; each synthetic plan is a title, a preamble sentence and sections of measures drawn from
the pool across all seeds, with place names, numbers and dates varied, numbered in one of the styles
real plans use (``一、``/``（一）``/``1．``/``一是``). Plan *i* depends only on the seed and *i*, so the
first N plans of a larger corpus are the N-plan corpus, and "one more plan" is plan N.
For scale, not accuracy: the texts are realistic in length and vocabulary, not in content.

    python benchmarks/synth.py --plans 1000 --out benchmarks/out/corpus-1000
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED_CORPUS = ROOT / "corpus"
MANIFEST_COLUMNS = ["doc_id", "file", "level", "region", "issuer", "issuer_type", "title", "campaign", "date"]

PROVINCES = ["河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
             "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省"]
CITY_STEMS = ["东江", "青山", "白河", "南平", "北川", "安宁", "长乐", "永和", "新丰", "临泉", "云阳", "宝丰",
              "石门", "金川", "黄沙", "平远", "兴华", "清源", "龙岗", "凤翔"]
COUNTY_STEMS = ["桃源", "柳河", "松溪", "梅岭", "双峰", "大田", "溪口", "望江", "崇义", "泰和", "安福", "宁都",
                "武平", "连城", "建宁", "尤溪", "沙县", "将乐", "明溪", "清流"]
SEED_PLACES = ["湖南省", "江西省", "广东省", "山东省", "赣州市", "济宁市", "金乡县", "湖南", "江西", "广东",
               "山东", "赣州", "济宁", "金乡"]
CAMPAIGNS = ["中央八项规定", "党的群众路线教育实践活动", "三严三实专题教育"]
LEVELS = [("province", 0.25), ("municipal", 0.35), ("county", 0.40)]
ISSUERS = {
    "province": [("中共{r}委", "provincial party committee"), ("{r}人民政府党组", "provincial government party group")],
    "municipal": [("中共{r}委", "municipal party committee"), ("{r}人民政府党组", "municipal government party group")],
    "county": [("中共{r}委常委会", "county party standing committee"), ("{r}人民政府", "county government")],
}
CN_NUM = "一二三四五六七八九十"
_DIGITS = re.compile(r"\d+")
_PLACES = re.compile("|".join(sorted(map(re.escape, SEED_PLACES), key=len, reverse=True)))
_SECTION_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[)）]?[、.．]?")


@dataclass(frozen=True)
class Measure:
    heading: str
    body: str
    section: str


def _cn(n: int) -> str:
    """1..99 as Chinese numerals (一, 十, 十一, 二十三)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else CN_NUM[tens - 1]) + "十" if tens else "") + (CN_NUM[ones - 1] if ones else "")


@lru_cache(maxsize=None)
def seed_pool(seed_corpus: str = str(SEED_CORPUS)) -> tuple[tuple[Measure, ...], tuple[str, ...]]:
    """(every measure of the seed corpus, section headings) via the package's loader and extractor."""
    from analysis import corpus, measures

    cdir = Path(seed_corpus)
    pool, sections = [], set()
    for entry in corpus.read_manifest(cdir).to_dict("records"):
        doc = corpus.load_stage(entry, cdir, {})
        m = measures.extract_stage(doc, {})["measures"]
        for r in m.itertuples():
            label = r.label if isinstance(r.label, str) else ""
            body = r.text[len(label):] if label and r.text.startswith(label) else r.text
            heading = r.heading if isinstance(r.heading, str) else ""
            section = (r.section if isinstance(r.section, str) else "").split(" > ")[-1]
            section = _SECTION_NUMBER.sub("", section).strip(" .．、")
            if section:
                sections.add(section)
            pool.append(Measure(heading, body.strip(), section))
    if not pool:
        raise RuntimeError(f"no measures extracted from the seed corpus {cdir}")
    return tuple(pool), tuple(sorted(sections))


def _region(rng: random.Random, level: str) -> str:
    prov = rng.choice(PROVINCES)
    if level == "province":
        return prov
    city = rng.choice(CITY_STEMS) + "市"
    if level == "municipal":
        return prov + city
    return prov + city + rng.choice(COUNTY_STEMS) + "县"


def _vary(text: str, rng: random.Random, place: str) -> str:
    """Place names replaced, every number redrawn with as many digits (years stay plausible years)."""
    text = _PLACES.sub(place, text)

    def num(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s.startswith("20"):
            return str(rng.randint(2013, 2018))
        lo = 10 ** (len(s) - 1) if len(s) > 1 else 1
        return str(rng.randint(lo, 10 ** len(s) - 1))
    return _DIGITS.sub(num, text)


def make_plan(i: int, seed: int = 0) -> tuple[dict, str]:
    """Plan ``i`` of the synthetic corpus made with ``seed``: (manifest row without ``file``, text)."""
    rng = random.Random(f"{seed}:{i}")
    pool, sections = seed_pool()
    level = rng.choices([lv for lv, _ in LEVELS], [w for _, w in LEVELS])[0]
    region = _region(rng, level)
    short = re.sub(r"^.*?(省|市)(?=.)", "", region) or region
    issuer_tpl, issuer_type = rng.choice(ISSUERS[level])
    issuer = issuer_tpl.format(r=short)
    campaign = rng.choice(CAMPAIGNS)
    year, month, day = rng.randint(2013, 2016), rng.randint(1, 12), rng.randint(1, 28)
    title = f"{issuer}关于贯彻落实{campaign}改进工作作风的实施方案"
    n_measures = max(4, min(240, int(rng.lognormvariate(math.log(50), 0.5))))
    style = rng.choice(["cn_paren", "arabic", "yishi"])
    n_sections = max(1, min(12, n_measures // rng.randint(4, 9)))
    lines = [title, "",
             f"为深入贯彻落实{campaign}精神，进一步改进工作作风、密切联系群众，结合{short}实际，制定本方案。"]
    drawn = rng.sample(range(len(pool)), k=min(n_measures, len(pool)))
    drawn += [rng.randrange(len(pool)) for _ in range(n_measures - len(drawn))]
    per = math.ceil(n_measures / n_sections)
    for s in range(n_sections):
        chunk = drawn[s * per:(s + 1) * per]
        if not chunk:
            break
        lines.append(f"{_cn(s + 1)}、{rng.choice(sections) if sections else '改进工作作风'}")
        for k, idx in enumerate(chunk, 1):
            m = pool[idx]
            body = _vary(m.body, rng, short)
            label = {"cn_paren": f"（{_cn(k)}）", "arabic": f"{k}．", "yishi": f"{_cn(k)}是"}[style]
            lines.append(label + body)
    lines += ["", issuer, f"{year}年{month}月{day}日", ""]
    row = {"doc_id": f"s{i:05d}", "level": level, "region": region, "issuer": issuer,
           "issuer_type": issuer_type, "title": title, "campaign": campaign,
           "date": f"{year:04d}-{month:02d}-{day:02d}"}
    return row, "\n".join(lines)


def plan_file(i: int) -> str:
    return f"plans/{i // 1000:02d}/{i:05d}.txt"


def write_plan(out: Path, i: int, seed: int = 0) -> dict:
    """Write plan ``i`` under ``out``; return its manifest row."""
    row, text = make_plan(i, seed)
    row = {"file": plan_file(i), **row}
    path = out / row["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return row


def write_manifest(out: Path, rows: list[dict]) -> None:
    tmp = out / "manifest.csv.tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, MANIFEST_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    tmp.replace(out / "manifest.csv")


def write_corpus(out: Path, n: int, seed: int = 0, progress: bool = True) -> Path:
    """A corpus folder of ``n`` synthetic plans (``plans/NN/iiiii.txt``) with ``manifest.csv``."""
    from tqdm.auto import tqdm

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = [write_plan(out, i, seed) for i in tqdm(range(n), desc="plans", unit="plan", disable=not progress)]
    write_manifest(out, rows)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=1000, help="number of plans (default 1000)")
    ap.add_argument("--out", required=True, help="corpus folder to write")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    out = write_corpus(Path(args.out), args.plans, args.seed)
    n_chars = sum(len(p.read_text(encoding="utf-8")) for p in out.glob("plans/*/*.txt"))
    print(f"wrote {args.plans} plans ({n_chars:,} characters) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
