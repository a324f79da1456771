"""The layers (DESIGN.md, "Layers"), enforced on the source:

- the core is a library without a screen: importing it never loads Qt;
- the window (``ui/``) and the command line (``cli/``) reach the core only through
  ``core.vault``, ``core.values``, ``core.errors`` and ``core.i18n``, so what the core is made of
  can change without touching them;
- only the catalog (``core/catalog/``) speaks SQL;
- the catalog knows rows, never files or use cases: it imports nothing from the vault, maintenance,
  the outbox or storage.

The source checks read every module with ``ast``: imports inside functions and under
``TYPE_CHECKING`` count as much as those at the top. Each check is first shown to catch a real use
on a made-up module, so a check that silently matches nothing fails too.
"""

from __future__ import annotations

import ast
import json
import pkgutil
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import clientvault
import clientvault.core

PACKAGE = Path(clientvault.__file__).resolve().parent
CORE_FOR_CLIENTS = frozenset({"clientvault.core.vault", "clientvault.core.values", "clientvault.core.errors",
                              "clientvault.core.i18n"})
NOT_FOR_THE_CATALOG = ("clientvault.core.vault", "clientvault.core.maintenance", "clientvault.core.outbox",
                       "clientvault.core.storage")

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import clientvault.core
    names = ["clientvault.paths"] + [
        m.name for m in pkgutil.walk_packages(clientvault.core.__path__, "clientvault.core.")
    ]
    for name in names:
        importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
    print(json.dumps({"imported": names, "qt": qt}))
    """
)


def test_core_and_paths_never_import_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    expected = {m.name for m in pkgutil.walk_packages(clientvault.core.__path__, "clientvault.core.")}
    assert expected >= {
        "clientvault.core.vault", "clientvault.core.maintenance", "clientvault.core.values", "clientvault.core.changes",
        "clientvault.core.catalog", "clientvault.core.catalog.catalog", "clientvault.core.catalog.sqlite",
        "clientvault.core.catalog.migrations", "clientvault.core.catalog.models", "clientvault.core.catalog.dialect",
    }
    assert set(result["imported"]) == expected | {"clientvault.paths"}
    assert result["qt"] == []


# -- reading the source ----------------------------------------------------------------------------


def module_name(path: Path) -> str:
    rel = path.resolve().relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_under(*folders: str) -> list[Path]:
    found = sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))
    assert found, folders
    return found


def imported_modules(source: str, module: str, is_package: bool = False) -> Iterator[tuple[int, str, bool]]:
    """Every module a source imports, anywhere in it, as (line, absolute dotted name, is_from_base).

    ``from a.b import c`` yields ``a.b`` (flagged as a from-base: nothing of it is bound by name
    unless ``c`` is) and ``a.b.c`` (``c`` may be a submodule); relative imports are resolved against
    ``module``; ``importlib.import_module("x")`` and ``__import__("x")`` with a literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, False
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            star = any(alias.name == "*" for alias in node.names)
            yield node.lineno, base, not star
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, f"{base}.{alias.name}", False
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value, False


def _core_module_of(name: str) -> str | None:
    """The core module ``name`` reaches (``clientvault.core.values.Company`` -> ``clientvault.core.values``),
    None when it is outside the core, and ``clientvault.core`` for the bare package."""
    if name == "clientvault.core":
        return name
    if not name.startswith("clientvault.core."):
        return None
    return ".".join(name.split(".")[:3])


def client_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Imports of the core other than through the four modules meant for the window and the command line."""
    out = []
    for line, name, from_base in imported_modules(source, module, is_package):
        core = _core_module_of(name)
        if core is None or core in CORE_FOR_CLIENTS:
            continue
        if core == "clientvault.core" and from_base:
            continue  # ``from clientvault.core import errors``: each name is judged on its own
        out.append(f"{module}:{line}: {name}")
    return out


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


_PRAGMA = re.compile(r"\bpragma\b", re.IGNORECASE)


def sql_uses(source: str, module: str) -> list[str]:
    """Code that speaks SQL or reaches a database object directly: ``.execute_sql``/``.pragma``
    (also through ``getattr``), ``PRAGMA`` in any string that is not a docstring, and
    ``database.<anything>`` (the old global proxy). Comments and docstrings are ignored."""
    tree = ast.parse(source)
    docstrings = _docstring_nodes(tree)
    out = []
    for node in ast.walk(tree):
        found = ""
        if isinstance(node, ast.Attribute):
            if node.attr in ("execute_sql", "pragma"):
                found = f".{node.attr}"
            elif (isinstance(node.value, ast.Name) and node.value.id == "database") or (
                isinstance(node.value, ast.Attribute) and node.value.attr == "database"
            ):
                found = f"database.{node.attr}"
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
              and (node.value in ("execute_sql", "pragma") or _PRAGMA.search(node.value))):
            found = repr(node.value[:40])
        if found:
            out.append(f"{module}:{getattr(node, 'lineno', '?')}: {found}")
    return out


# -- the checks catch real uses (on made-up modules) -------------------------------------------------


def test_the_import_check_catches_every_way_of_importing() -> None:
    source = textwrap.dedent(
        """
        from __future__ import annotations
        from typing import TYPE_CHECKING
        import clientvault.core.storage
        from clientvault.core import errors, storage as st
        from clientvault.core.vault import Vault
        from clientvault.core.values import Company
        from ..core.outbox import Draft
        if TYPE_CHECKING:
            from clientvault.core.catalog.models import Document
        def later():
            from clientvault.core.maintenance import verify
            import importlib
            return importlib.import_module("clientvault.core.mail")
        class Panel:
            def send(self):
                from clientvault.core import i18n, mail_settings
        """
    )
    found = {v.split(": ", 1)[1] for v in client_violations(source, "clientvault.ui.panel")}
    assert found == {
        "clientvault.core.storage", "clientvault.core.outbox", "clientvault.core.outbox.Draft",
        "clientvault.core.catalog.models", "clientvault.core.catalog.models.Document", "clientvault.core.maintenance",
        "clientvault.core.maintenance.verify", "clientvault.core.mail", "clientvault.core.mail_settings",
    }
    assert client_violations("import clientvault.core\n", "clientvault.cli.x") == ["clientvault.cli.x:1: clientvault.core"]
    allowed = "from clientvault.core import errors, i18n\nfrom clientvault.core.values import Document\nimport os\n"
    assert client_violations(allowed, "clientvault.cli.x") == []


def test_the_sql_check_catches_real_uses_and_not_prose() -> None:
    uses = textwrap.dedent(
        '''
        def f(vault, db):
            vault.catalog.db.execute_sql("SELECT 1")
            db.pragma("foreign_keys")
            getattr(db, "execute_sql")("DELETE FROM document")
            sql = "PRAGMA user_version"
            database.connect()
            models.database.atomic()
        '''
    )
    lines = {int(v.split(":")[1]) for v in sql_uses(uses, "clientvault.ui.x")}
    assert lines == {3, 4, 5, 6, 7, 8}  # one use on each line of f
    prose = textwrap.dedent(
        '''
        """Nothing here runs PRAGMA user_version or execute_sql: the catalog does."""
        # vault.catalog.db.execute_sql("SELECT 1") in a comment is no use
        MESSAGE = "The database is damaged. Restore the backup from the database."
        def g():
            """Reads PRAGMA quick_check through the catalog."""
            return MESSAGE
        '''
    )
    assert sql_uses(prose, "clientvault.ui.x") == []


# -- the rules, on the real source ----------------------------------------------------------------


@pytest.mark.parametrize("folder", ["cli", "ui"])
def test_clients_reach_the_core_only_through_its_front(folder: str) -> None:
    violations = []
    for path in modules_under(folder):
        violations += client_violations(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    assert violations == [], "\n".join(violations)


def test_only_the_catalog_speaks_sql() -> None:
    catalog = PACKAGE / "core" / "catalog"
    violations = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if catalog in path.parents:
            continue
        violations += sql_uses(path.read_text(encoding="utf-8"), module_name(path))
    assert violations == [], "\n".join(violations)
    # And the catalog does: the check looks where SQL is.
    assert sql_uses((catalog / "sqlite.py").read_text(encoding="utf-8"), "clientvault.core.catalog.sqlite")


def test_the_catalog_imports_no_use_case_and_no_file_handling() -> None:
    violations = []
    for path in modules_under("core/catalog"):
        for line, name, _ in imported_modules(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"):
            if any(name == bad or name.startswith(bad + ".") for bad in NOT_FOR_THE_CATALOG):
                violations.append(f"{module_name(path)}:{line}: {name}")
    assert violations == [], "\n".join(violations)
    # Nor through another module: loading the catalog alone loads none of them.
    probe = textwrap.dedent(
        f"""
        import json, sys
        import clientvault.core.catalog
        print(json.dumps(sorted(m for m in {list(NOT_FOR_THE_CATALOG)!r} if m in sys.modules)))
        """
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
