"""Check the five packages: container rules, well-formed parts, and LibreOffice's reading.

For each .odt: mimetype first and stored, required parts present, XML well-formed; then
`soffice --headless --convert-to txt` and a line diff against make/truth/<file>.txt with all
white space removed (LibreOffice's text export indents list levels and puts a space after
list labels) and empty lines dropped.  Differences are printed for key_notes.md.
"""
import difflib
import glob
import os
import re
import subprocess
import tempfile
import sys
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LO = os.path.join(tempfile.gettempdir(), "blind_plans38_lo")


def container(path):
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    assert infos[0].filename == "mimetype", "mimetype not first"
    assert infos[0].compress_type == zipfile.ZIP_STORED, "mimetype compressed"
    assert infos[0].extra == b"", "mimetype has extra field"
    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    names = [i.filename for i in infos]
    for need in ("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"):
        assert need in names, need
    for n in names:
        if n.endswith(".xml"):
            xml.dom.minidom.parseString(z.read(n))
    man = z.read("META-INF/manifest.xml").decode()
    for n in names:
        if n not in ("mimetype", "META-INF/manifest.xml"):
            assert 'full-path="%s"' % n in man, "not in manifest: " + n
    return names


def norm(text):
    lines = [re.sub(r"\s+", "", l) for l in text.replace("\ufeff", "").splitlines()]
    return [l for l in lines if l]


# The text export differs from the truth where LibreOffice's plain-text filter does not follow
# the reading rule (notes, tracked deletions, text frames, hidden text).  For those files a
# round trip to flat ODF shows LibreOffice did read the construct as what it is.
ROUNDTRIP = {
    "f71_01": ['text:note-class="footnote"', '八项规定》。</text:p>'],  # footnote kept as a note
    "f71_02": ['<text:deletion>', 'text:change-start', '<office:annotation'],
    "f71_03": ['<draw:text-box', '（此件公开发布）</text:p>'],
    "f71_04": ['text:display="none"'],
}


def roundtrip(path, needles):
    fodt = os.path.join(LO, "fodt")
    os.makedirs(fodt, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "fodt", "--outdir", fodt, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    s = open(os.path.join(fodt, os.path.basename(path).replace(".odt", ".fodt")), encoding="utf-8").read()
    for n in needles:
        print("   round trip: %-28s %s" % (n, "found" if n in s else "MISSING"))


def main():
    os.makedirs(LO, exist_ok=True)
    files = sorted(glob.glob(os.path.join(OUT, "f71_0*.odt")))
    if len(sys.argv) > 1:
        files = [f for f in files if any(a in f for a in sys.argv[1:])]
    for f in files:
        base = os.path.basename(f)
        names = container(f)
        print("==", base, "parts:", ", ".join(names))
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", LO, f],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        got = norm(open(os.path.join(LO, base.replace(".odt", ".txt")), encoding="utf-8").read())
        want = norm(open(os.path.join(HERE, "truth", base.replace(".odt", ".txt")), encoding="utf-8").read())
        # compare the running text, white space removed (table cells come out one per line in
        # LibreOffice's export, one row per line in the truth files)
        a, b = "".join(want), "".join(got)
        if base[:6] in ROUNDTRIP:
            roundtrip(f, ROUNDTRIP[base[:6]])
        if a == b:
            print("   identical (white space aside)")
            continue
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != "equal":
                print("   %-7s truth[%d:%d]=%r  lo=%r   (context: ...%s...)"
                      % (op, i1, i2, a[i1:i2], b[j1:j2], a[max(0, i1 - 12):i1]))


if __name__ == "__main__":
    main()
