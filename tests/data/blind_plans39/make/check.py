# Verification (own use): read words with `pdftotext -bbox`, order them by
# hand-measured bands (one-column / multi-column horizontal strips per page),
# columns left to right, then check every truth line occurs, in order.
import subprocess, re, sys, html
sys.path.insert(0, ".")
from content import PLANS
S2 = {"f73_01": [297.6], "f73_02": [262.2], "f73_04": [297.6], "f73_05": [344.0]}
S3 = [211.4, 383.9]
BANDS = {  # page -> list of (y_from, y_to, column splits)
    "f73_01": {1: [(0, 160, []), (160, 900, S2["f73_01"])], 2: [(0, 900, S2["f73_01"])]},
    "f73_02": {1: [(0, 50, None), (50, 195, S2["f73_02"]), (195, 250, []), (250, 900, S2["f73_02"])],
               2: [(0, 50, None), (50, 245, S2["f73_02"]), (245, 328, []), (328, 900, S2["f73_02"])]},
    "f73_03": {1: [(0, 196, []), (196, 640, S3), (640, 672, []), (672, 800, S3), (800, 900, None)]},
    "f73_04": {1: [(0, 160, []), (160, 780, S2["f73_04"]), (780, 900, None)],
               2: [(0, 780, S2["f73_04"]), (780, 900, None)]},
    "f73_05": {1: [(0, 150, []), (150, 780, S2["f73_05"]), (780, 900, None)],
               2: [(0, 780, S2["f73_05"]), (780, 900, None)]},
}
WRE = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def ordered_text(name):
    out = subprocess.run(["pdftotext", "-bbox", "../%s.pdf" % name, "-"],
                         capture_output=True, text=True).stdout
    pages = out.split("<page ")[1:]
    seq = []
    for pno, pg in enumerate(pages, 1):
        words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WRE.findall(pg)]
        for bi, (y0, y1, splits) in enumerate(BANDS[name][pno]):
            if splits is None:      # furniture band (running head / page number)
                continue
            edges = [0] + splits + [10000]
            for ci in range(len(edges) - 1):
                ws = [w for w in words if y0 <= w[1] < y1 and edges[ci] <= (w[0] + w[2]) / 2 < edges[ci + 1]]
                ws.sort(key=lambda w: (round(w[1] / 3), w[0]))
                seq.append("".join(w[4] for w in ws))
    return "".join(seq), len(pages)


def flat(s):
    return re.sub(r"\s+", "", s)


for name in sorted(PLANS):
    text, n = ordered_text(name)
    lines = open("../truth/%s.txt" % name, encoding="utf-8").read().splitlines()
    pos, bad = 0, []
    for l in lines:
        i = text.find(flat(l), pos)
        if i < 0:
            bad.append(l[:20])
        else:
            pos = i + len(flat(l))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    print(name, "pages", n, "CJK", cjk, "truth lines", len(lines), "OK" if not bad else "MISSING/ORDER: %s" % bad)
