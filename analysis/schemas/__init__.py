"""Table schemas, declared once, validated on write, rendered into the README's data dictionary.

Each stage module of the package declares its tables in a sibling module here (``corpus``,
``themes``, ``coverage`` …) by calling :func:`register`. A schema is a list of :class:`Column`
(name, logical type, meaning, whether nulls are allowed) plus a primary key. ``validate`` checks
a DataFrame against it and returns it with columns in declared order and types coerced, so every
writer produces the same column order and dtypes on every run.

Logical types: ``str``, ``int``, ``float``, ``bool``. (Nullable integers are ``Int64`` in pandas.)
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import sys
from dataclasses import dataclass

import pandas as pd

_DTYPES = {"str": "string", "int": "Int64", "float": "float64", "bool": "boolean"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of _DTYPES
    description: str
    nullable: bool = False

    def __post_init__(self):
        if self.type not in _DTYPES:
            raise ValueError(f"column {self.name!r}: unknown type {self.type!r}")


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    extra_columns_allowed: bool = False  # documents keeps any extra manifest columns
    stage: str = ""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


_REGISTRY: dict[str, Table] = {}
_MODULE_OF: dict[str, str] = {}  # table name -> declaring module (short name)
# Order of the stages' schema modules in the data dictionary (others follow alphabetically).
MODULE_ORDER = ("corpus", "themes", "commitments", "reuse", "coverage")


def register(name, description, columns, primary_key=(), extra_columns_allowed=False, stage=""):
    """Declare a table. ``columns`` is a list of ``(name, type, description[, nullable])`` tuples."""
    cols = tuple(Column(*c) for c in columns)
    table = Table(name, description, cols, tuple(primary_key), extra_columns_allowed, stage)
    _REGISTRY[name] = table
    _MODULE_OF[name] = sys._getframe(1).f_globals.get("__name__", "").rsplit(".", 1)[-1]
    return table


def _load_all():
    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")


def get(name: str) -> Table:
    """The schema of table ``name`` (KeyError naming the known tables if there is none)."""
    _load_all()
    if name not in _REGISTRY:
        raise KeyError(f"no schema for table {name!r}; known: {sorted(_REGISTRY)}")
    return _REGISTRY[name]


def all_tables() -> list[Table]:
    """Every declared table: modules in ``MODULE_ORDER`` (then by name), tables in declaration order.

    The order does not depend on which module happened to be imported first.
    """
    _load_all()

    def rank(item):
        i, name = item
        mod = _MODULE_OF[name]
        return (MODULE_ORDER.index(mod) if mod in MODULE_ORDER else len(MODULE_ORDER), mod, i)

    return [_REGISTRY[n] for _, n in sorted(enumerate(_REGISTRY), key=rank)]


class SchemaError(ValueError):
    """A table does not match its declared schema."""


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check ``df`` against the schema of ``name``; return a copy with declared column order and dtypes.

    Raises :class:`SchemaError` naming the table and the problem (missing or unexpected columns,
    nulls in a non-nullable column, duplicate primary keys, values that do not fit the type).
    """
    table = get(name)
    missing = [c for c in table.column_names if c not in df.columns]
    if missing:
        raise SchemaError(f"table {name!r}: missing columns {missing}")
    extra = [c for c in df.columns if c not in table.column_names]
    if extra and not table.extra_columns_allowed:
        raise SchemaError(f"table {name!r}: unexpected columns {extra}")
    # columns are coerced into a dict and the frame is built once (inserting column by column into
    # an empty frame cost ~0.2 ms per column, several ms per document and stage)
    cols = {}
    for col in table.columns:
        try:
            s = _coerce(pd.Series(df[col.name].array, copy=False), col.type)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table {name!r}, column {col.name!r}: {exc}") from exc
        if not col.nullable:
            na = s.isna()
            if na.any():
                rows = list(na.index[na][:5])
                raise SchemaError(f"table {name!r}, column {col.name!r}: nulls in rows {rows}")
        cols[col.name] = s
    for c in extra:
        cols[c] = pd.Series(df[c].array, copy=False).astype("string")
    out = pd.DataFrame(cols, index=pd.RangeIndex(len(df)), copy=False) if cols else pd.DataFrame(index=range(len(df)))
    if table.primary_key and len(out):
        dup = out.duplicated(list(table.primary_key), keep=False)
        if dup.any():
            example = out.loc[dup, list(table.primary_key)].head(3).to_dict("records")
            raise SchemaError(f"table {name!r}: duplicate primary key {table.primary_key}: {example}")
    return out


def _coerce(s: pd.Series, kind: str) -> pd.Series:
    if kind == "bool":
        return s.astype("boolean")
    if kind == "int":
        return pd.to_numeric(s, errors="raise").astype("Int64")
    if kind == "float":
        return pd.to_numeric(s, errors="raise").astype("float64")
    return s.astype("string")


def empty(name: str) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of table ``name`` (a fresh copy each call)."""
    return _empty(name).copy()


@functools.lru_cache(maxsize=None)
def _empty(name: str) -> pd.DataFrame:
    # building a typed empty frame costs ~5 ms; per-document stages ask for one per document
    table = get(name)
    return pd.DataFrame({c.name: pd.Series(dtype=_DTYPES[c.type]) for c in table.columns})


def is_registered(name: str) -> bool:
    """Whether a schema is declared for table ``name``."""
    _load_all()
    return name in _REGISTRY


def data_dictionary_markdown() -> str:
    """The data dictionary of every declared table, as Markdown (the README's section is made from it)."""
    lines = []
    for t in all_tables():
        pk = f" Primary key: `{', '.join(t.primary_key)}`." if t.primary_key else ""
        lines += [f"### `{t.name}`", "", f"{t.description}{pk}", "",
                  "| column | type | meaning |", "|---|---|---|"]
        for c in t.columns:
            null = " (may be empty)" if c.nullable else ""
            lines.append(f"| `{c.name}` | {c.type} | {c.description}{null} |")
        lines.append("")
    return "\n".join(lines)
