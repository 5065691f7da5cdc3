"""Small shared helpers for the hand-written ODT generators (standard library only).

Each generator builds its XML parts by hand, in the habits of one producer, and writes
alongside them the text the plan is meant to read (truth) and its measures (key rows).
This module only does the packaging chores: escaping, namespace declarations,
well-formedness checks, the zip container and the truth/key side files.
"""
import json
import os
import zipfile
import xml.dom.minidom
from xml.sax.saxutils import escape as _escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the batch folder
TRUTH = os.path.join(HERE, "truth")
SIDE = os.path.join(HERE, "side")  # per-file key/manifest rows, gathered by build_all.py

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
    "math": "http://www.w3.org/1998/Math/MathML",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "ooow": "http://openoffice.org/2004/writer",
    "oooc": "http://openoffice.org/2004/calc",
    "dom": "http://www.w3.org/2001/xml-events",
    "xforms": "http://www.w3.org/2002/xforms",
    "xsd": "http://www.w3.org/2001/XMLSchema",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "rpt": "http://openoffice.org/2005/report",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "grddl": "http://www.w3.org/2003/g/data-view#",
    "officeooo": "http://openoffice.org/2009/office",
    "tableooo": "http://openoffice.org/2009/table",
    "drawooo": "http://openoffice.org/2010/draw",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "field": "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
    "formx": "urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0",
    "css3t": "http://www.w3.org/TR/css3-text/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}

MIME_ODT = "application/vnd.oasis.opendocument.text"


def esc(s):
    """Escape text for element content and attribute values."""
    return _escape(s, {'"': "&quot;"})


def nsdecl(*prefixes):
    return " ".join('xmlns:%s="%s"' % (p, NS[p]) for p in prefixes)


def check_wellformed(name, data):
    try:
        xml.dom.minidom.parseString(data.encode("utf-8") if isinstance(data, str) else data)
    except Exception as exc:  # pragma: no cover - fail loudly while generating
        raise SystemExit("%s is not well-formed: %s" % (name, exc))


def manifest_xml(parts, version=None, extra_entries=()):
    """META-INF/manifest.xml listing every part. version=None writes the ODF 1.1 form."""
    v = ' manifest:version="%s"' % version if version else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<manifest:manifest %s%s>' % (nsdecl("manifest"), v),
             ' <manifest:file-entry manifest:full-path="/"%s manifest:media-type="%s"/>' % (v, MIME_ODT)]
    for name in parts:
        lines.append(' <manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % name)
    for path, media in extra_entries:
        lines.append(' <manifest:file-entry manifest:full-path="%s" manifest:media-type="%s"/>' % (path, media))
    lines.append('</manifest:manifest>')
    return "\n".join(lines) + "\n"


def write_odt(path, parts, manifest_version=None, stamp=(2013, 1, 1, 9, 0, 0), manifest_first=False):
    """Write the package: mimetype first and stored, then the XML parts (deflated).

    parts: ordered list of (name, xml string).  manifest_first puts META-INF/manifest.xml
    right after mimetype (some producers do), otherwise it comes last (LibreOffice does).
    """
    for name, data in parts:
        check_wellformed(name, data)
    man = manifest_xml([n for n, _ in parts], manifest_version)
    check_wellformed("manifest.xml", man)
    order = [("mimetype", MIME_ODT, zipfile.ZIP_STORED)]
    body = [(n, d, zipfile.ZIP_DEFLATED) for n, d in parts]
    if manifest_first:
        order += [("META-INF/manifest.xml", man, zipfile.ZIP_DEFLATED)] + body
    else:
        order += body + [("META-INF/manifest.xml", man, zipfile.ZIP_DEFLATED)]
    if os.path.exists(path):
        os.remove(path)
    with zipfile.ZipFile(path, "w") as z:
        for name, data, how in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = how
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


class Plan:
    """Collects what a plan is meant to read (one paragraph per line) and its measures."""

    def __init__(self, file):
        self.file = file
        self.lines = []
        self.key = []       # (number, text)
        self.disagree = []  # (text, reason)

    def line(self, text):
        assert "\n" not in text, text
        self.lines.append(text)

    def measure(self, number, text):
        """Record a measure: number as drawn/printed ('' if none), text after it."""
        self.key.append((number, text))

    def doubt(self, text, reason):
        self.disagree.append((text, reason))

    def save(self, manifest_row):
        os.makedirs(TRUTH, exist_ok=True)
        os.makedirs(SIDE, exist_ok=True)
        with open(os.path.join(TRUTH, self.file.replace(".odt", ".txt")), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        side = {
            "manifest": manifest_row,
            "key": [{"file": self.file, "number": n, "text_prefix": t[:12]} for n, t in self.key],
            "disagreements": [{"file": self.file, "text_prefix": t[:12], "reason": r} for t, r in self.disagree],
        }
        with open(os.path.join(SIDE, self.file.replace(".odt", ".json")), "w", encoding="utf-8") as f:
            json.dump(side, f, ensure_ascii=False, indent=1)
        # every measure's prefix must be found in the truth text, right after its number
        joined = "\n".join(self.lines)
        for n, t in self.key:
            assert (n + t[:12]) in joined or ("\t" + t[:12]) in joined, (n, t[:12])
