"""Schemas of the foundation stage: documents, texts, spans, measures, rejected."""
from . import register

MANIFEST_COLUMNS = ["doc_id", "file", "level", "region", "issuer", "issuer_type", "title", "campaign", "date"]

register(
    "documents",
    "One row per plan that loaded. Manifest columns are kept as given (extra manifest columns too).",
    [
        ("doc_id", "str", "identifier from the manifest"),
        ("file", "str", "path of the source file, relative to the corpus folder"),
        ("level", "str", "administrative level code: central, province, municipal, county, township"),
        ("region", "str", "region named in the manifest", True),
        ("issuer", "str", "issuing body", True),
        ("issuer_type", "str", "kind of issuing body", True),
        ("title", "str", "title of the plan", True),
        ("campaign", "str", "campaign the plan answers", True),
        ("date", "str", "date of the plan from the manifest, as YYYY, YYYY-MM or YYYY-MM-DD (2013/2/6 and 2013年2月6日 read as 2013-02-06)", True),
        ("source_file", "str", "file name of the source (as in `rejected`)"),
        ("file_format", "str", "text, html, mhtml (a web archive), docx, doc (Word 97–2003 binary, also WPS .wps), rtf (Rich Text Format, also a .doc holding RTF), wordml (Word 2003 XML), odt (OpenDocument text), xlsx, xls (Excel 97–2003, also WPS .et), ofd (GB/T 33190 fixed-layout document), pdf or image (read by OCR)"),
        ("encoding", "str", "encoding the bytes were decoded with (utf-8, utf-8-sig, gb18030, big5, utf-16, …)"),
        ("is_converted_from_traditional", "bool", "the text was converted from traditional to simplified characters"),
        ("n_chars", "int", "length of the loaded text in characters (offsets of every later table index into it)"),
        ("n_measures", "int", "number of measures extracted"),
        ("sha256", "str", "SHA-256 of the source file's bytes"),
    ],
    primary_key=["doc_id"],
    extra_columns_allowed=True,
    stage="corpus",
)

register(
    "texts",
    "The loaded text of each document, never edited afterwards: every `char_start`/`char_end` in other tables indexes into it.",
    [
        ("doc_id", "str", "document"),
        ("text", "str", "loaded text (decoded, newlines normalised to \\n, HTML reduced to its text, traditional converted to simplified)"),
    ],
    primary_key=["doc_id"],
    stage="corpus",
)

register(
    "spans",
    "A partition of each document's text: consecutive spans with no gap and no overlap, from 0 to `n_chars`.",
    [
        ("doc_id", "str", "document"),
        ("span_kind", "str", "measure, heading, problem, preamble, furniture or other"),
        ("char_start", "int", "first character (0-based, inclusive)"),
        ("char_end", "int", "end (exclusive)"),
    ],
    primary_key=["doc_id", "char_start"],
    stage="measures",
)

register(
    "measures",
    "One row per measure: the smallest numbered or enumerated commitment of a plan.",
    [
        ("measure_id", "str", "`<doc_id>-m<seq, 3 digits>`"),
        ("doc_id", "str", "document"),
        ("seq", "int", "order of the measure in its document, from 1"),
        ("label", "str", "the number as printed (`5`, `（一）`, `一是`); empty for heading-sentence paragraphs", True),
        ("section", "str", "heading path of the sections above the measure, joined with ` > `", True),
        ("heading", "str", "the measure's own opening heading sentence, where it has one", True),
        ("text", "str", "the measure's text: exactly the document text from `char_start` to `char_end`"),
        ("char_start", "int", "first character in the document text (0-based, inclusive)"),
        ("char_end", "int", "end in the document text (exclusive)"),
        ("lead_person", "str", "who is responsible, where the plan names it (`朱小丹`)", True),
        ("lead_unit", "str", "lead unit, where the plan names it (`省府办公厅`)", True),
        ("is_quantified", "bool", "the measure holds at least one number-bound commitment (see `commitments`)"),
    ],
    primary_key=["measure_id"],
    stage="measures",
)

register(
    "rejected",
    "Files that could not be used, each with the reason. The rest of the corpus is still processed.",
    [
        ("source_file", "str", "path of the file relative to the corpus folder"),
        ("doc_id", "str", "manifest doc_id, where the manifest names one", True),
        ("reason", "str", "why it was rejected"),
    ],
    primary_key=["source_file"],
    stage="corpus",
)

register(
    "furniture",
    "Page furniture recognised in the loaded text and set aside (not deleted): print buttons, "
    "`Produced By` lines, view counters, runs of `?`, trailing related-link lists.",
    [
        ("doc_id", "str", "document"),
        ("char_start", "int", "first character in the document text"),
        ("char_end", "int", "end (exclusive)"),
        ("furniture_kind", "str", "which pattern recognised it (e.g. print_button, produced_by, related_links)"),
    ],
    primary_key=["doc_id", "char_start"],
    stage="corpus",
)
