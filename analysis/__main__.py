"""Command line: ``python -m analysis tables …`` and ``python -m analysis build …``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _tables(args) -> int:
    from . import corpus, pipeline, runner

    params = {"max_file_bytes": args.max_file_bytes} if args.max_file_bytes else {}
    if args.no_ocr:
        params["ocr"] = False
    params.update(runner.cli_params(args))
    try:
        with runner.cli_execution(args, Path(args.out)):
            tables = pipeline.run(Path(args.corpus), Path(args.out), params, strict=args.strict,
                                  progress=not args.quiet)
    except (corpus.ManifestError, pipeline.StrictModeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    n_rej = len(tables["rejected"])
    print(f"wrote {len(tables)} tables to {args.out}: {len(tables['documents'])} documents, "
          f"{len(tables['measures'])} measures, {n_rej} rejected")
    return 0


def _datadict(args) -> int:
    from . import schemas

    text = schemas.data_dictionary_markdown()
    if not args.readme:
        print(text)
        return 0
    readme = Path(args.readme)
    current = readme.read_text(encoding="utf-8")
    start, end = "<!-- datadict:start -->\n", "<!-- datadict:end -->"
    head, _, rest = current.partition(start)
    _, _, tail = rest.partition(end)
    readme.write_text(head + start + text + "\n" + end + tail, encoding="utf-8")
    print(f"updated the data dictionary in {readme}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("tables", help="build every table from a corpus folder")
    t.add_argument("--corpus", default="corpus", help="corpus folder with manifest.csv (default: corpus)")
    t.add_argument("--out", default="build/tables", help="output folder (default: build/tables)")
    t.add_argument("--strict", action="store_true", help="any unusable file is an error (exit 2)")
    t.add_argument("--max-file-bytes", type=int, default=None, help="refuse files larger than this")
    t.add_argument("--no-ocr", action="store_true", help="refuse scanned PDFs instead of reading them by OCR")
    t.add_argument("--quiet", action="store_true", help="no progress bars")
    from .runner import add_cli_options
    add_cli_options(t)  # --workers, --scheduler, --cache, --no-cache, --segmenter
    t.set_defaults(func=_tables)
    d = sub.add_parser("datadict", help="print the data dictionary of every table (or rewrite it in a README)")
    d.add_argument("--readme", help="README whose section between the datadict markers is rewritten")
    d.set_defaults(func=_datadict)
    from . import build  # the notebook build adds its own sub-command

    build.add_cli(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
