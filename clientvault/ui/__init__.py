"""The window: widgets, models, dialogs and actions. Talks to the core only through ``Vault``."""

import sys

import PySide6.QtCore  # noqa: F401 - installs the import hook that the function below quiets


def _skip_pyside_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 hooks ``__import__`` for its opt-in ``from __feature__ import ...`` syntax, and for each
    new module reads the module's whole source (``inspect.getsource``) to look for the word
    "PySide6": about 13 ms of our start-up, for a feature ClientVault never uses. In the bundle a
    person double-clicks there is no source to read, the scan fails and every module is treated as
    not using features; this makes a development install behave the same, at no cost. If PySide6
    changes the internals, nothing happens and start-up is only slower.
    """
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False  # type: ignore[attr-defined]


_skip_pyside_source_scan()
