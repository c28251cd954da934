"""Entry script for the PyInstaller build: the same main() as the `usu-exchange` command."""

import sys

from usu_desktop.exchange.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
