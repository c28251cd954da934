"""`python -m usu_desktop.cli`: the same as the `usu-admin` command."""

import sys

from usu_desktop.cli import main

sys.exit(main())
