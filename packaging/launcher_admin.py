"""Entry script for the PyInstaller build: the same main() as the `usu-admin` command."""

import sys

from usu_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
