# writes truth/<name>.txt and key.csv from content.py
import sys, csv
sys.path.insert(0, ".")
from content import PLANS, truth_lines, key_rows
with open("../key.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "number", "text_prefix"])
    for name in sorted(PLANS):
        open("../truth/%s.txt" % name, "w", encoding="utf-8").write("\n".join(truth_lines(name)) + "\n")
        for r in key_rows(name):
            w.writerow(r)
