"""The ``clientvault`` command: the scripting face of the vault library, and the window's launcher.

With no subcommand it opens the window. The window (and so Qt) is imported only then, inside
``main()``, so the headless subcommands start fast and work on a machine without a screen.

Conventions every subcommand follows, so scripts can rely on them:

- exit 0 on success, 1 when the vault refused or something failed (the reason on stderr, in the UI
  language), 2 for a command typed wrong (argparse's usage errors), 130 when interrupted;
- stdout carries only results (``--json`` where a command lists things); explanations, refusals
  and hints go to stderr;
- one vault is opened per command and closed at the end, whatever happens.

Expected errors (``VaultError``) become a message, never a traceback. Unexpected exceptions still
propagate: a later issue sends them to a crash log.

Layout: ``parser`` builds the command line and runs it (``main``); ``companies``, ``documents``,
``papers`` (what each paper is), ``due`` (what expires, what is missing, the types), ``maintenance``
and ``mail`` each hold their subcommands and register them with an ``_add_*_commands`` function;
``output`` prints; ``common`` holds the exit codes, ``UsageError`` and the argument types.
None of them imports Qt.
"""

from clientvault.cli.parser import main

__all__ = ["main"]
