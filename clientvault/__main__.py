"""``python -m clientvault`` runs the same entry point as the ``clientvault`` command."""

import sys

from clientvault.cli import main

sys.exit(main())
