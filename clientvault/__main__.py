"""``python -m clientvault`` runs the same entry point as the ``clientvault`` command.

In the PyInstaller bundle this file is the program, so it also serves as the text worker's child
(``clientvault.core.text.worker``): started with ``--text-worker`` first, it runs that loop and
nothing else (no command line, no Qt). The check sits here, before the command line is imported,
because the command line may reach the core only through its front (tests/core/test_layers.py).
"""

import sys

if sys.argv[1:2] == ["--text-worker"]:
    from clientvault.core.text.worker import serve

    sys.exit(serve(sys.argv[2:]))

from clientvault.cli import main  # noqa: E402 - after the worker's check, which must not load the CLI

sys.exit(main())
