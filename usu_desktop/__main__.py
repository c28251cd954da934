"""`usu-desktop` / `python -m usu_desktop`: start the desktop app (see app.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from usu_desktop.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
