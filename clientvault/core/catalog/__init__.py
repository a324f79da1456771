"""The vault's metadata: the only code that speaks SQL (``Catalog``), with what differs per engine
in a dialect (``SqliteDialect`` now). See catalog.py."""

from clientvault.core.catalog.catalog import Catalog, CatalogError, RuleBroken, SortKey
from clientvault.core.catalog.dialect import Dialect, SchemaVersion
from clientvault.core.catalog.sqlite import SqliteDialect

__all__ = ["Catalog", "CatalogError", "RuleBroken", "Dialect", "SchemaVersion", "SortKey", "SqliteDialect"]
