"""Run the five generators, then gather manifest.csv, key.csv and disagreements.csv.

    python3 make/build_all.py      # writes the .odt files, make/truth/*.txt and the three CSVs
    python3 make/check.py          # container checks + LibreOffice text export vs truth
"""
import csv
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

MANIFEST_COLS = ["doc_id", "file", "level", "region", "issuer", "issuer_type", "title", "campaign", "date",
                 "date_precision", "notes"]


def main():
    for gen in sorted(glob.glob(os.path.join(HERE, "gen_f71_0*.py"))):
        subprocess.run([sys.executable, gen], check=True)
    sides = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(HERE, "side", "*.json")))]
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, MANIFEST_COLS)
        w.writeheader()
        for s in sides:
            w.writerow(s["manifest"])
    with open(os.path.join(OUT, "key.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["file", "number", "text_prefix"])
        w.writeheader()
        for s in sides:
            w.writerows(s["key"])
    with open(os.path.join(OUT, "disagreements.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["file", "text_prefix", "reason"])
        w.writeheader()
        for s in sides:
            w.writerows(s["disagreements"])
    for s in sides:
        print("%-28s %2d measures, %d doubts" % (s["manifest"]["file"], len(s["key"]), len(s["disagreements"])))


if __name__ == "__main__":
    main()
