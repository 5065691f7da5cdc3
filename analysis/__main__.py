"""Command line: ``python -m analysis tables …`` and ``python -m analysis build …``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _tables(args) -> int:
    from . import corpus, pipeline

    params = {"max_file_bytes": args.max_file_bytes} if args.max_file_bytes else {}
    try:
        tables = pipeline.run(Path(args.corpus), Path(args.out), params, strict=args.strict,
                              progress=not args.quiet)
    except (corpus.ManifestError, pipeline.StrictModeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    n_rej = len(tables["rejected"])
    print(f"wrote {len(tables)} tables to {args.out}: {len(tables['documents'])} documents, "
          f"{len(tables['measures'])} measures, {n_rej} rejected")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("tables", help="build every table from a corpus folder")
    t.add_argument("--corpus", default="corpus", help="corpus folder with manifest.csv (default: corpus)")
    t.add_argument("--out", default="build/tables", help="output folder (default: build/tables)")
    t.add_argument("--strict", action="store_true", help="any unusable file is an error (exit 2)")
    t.add_argument("--max-file-bytes", type=int, default=None, help="refuse files larger than this")
    t.add_argument("--quiet", action="store_true", help="no progress bars")
    t.set_defaults(func=_tables)
    try:
        from . import build  # the notebook build adds its own sub-command
        build.add_cli(sub)
    except ImportError:
        pass
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
