"""Entry script for the PyInstaller build: the same main() as the `usu-desktop` command."""

import sys

from usu_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
