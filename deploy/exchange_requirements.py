"""Print the exchange's own requirements, pinned with their hashes, taken from the project's locks.

The exchange needs only a part of what the desktop app does (no Qt, no ReportLab), so the container
image installs just these, with the versions and hashes of requirements/dev.lock (the tested ones):

    python deploy/exchange_requirements.py > exchange.txt && pip install --require-hashes -r exchange.txt

A package the exchange starts to import must be added to EXCHANGE below; tests/exchange/test_deploy.py
checks that every third-party module usu_desktop/exchange and usu_desktop/domain import is covered.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Flask and what it pulls in, waitress, SQLAlchemy, Babel (domain.money_format), the PostgreSQL
# driver, the Stripe library (payment-link gateway) with requests, and setuptools + wheel for the
# editable install of the package itself.
EXCHANGE = ("flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker", "colorama",
            "waitress", "sqlalchemy", "typing-extensions", "greenlet", "babel", "psycopg", "psycopg-binary",
            "tzdata", "stripe", "requests", "urllib3", "idna", "certifi", "charset-normalizer",
            "setuptools", "wheel", "packaging")

_START = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==")


def blocks(lock: str) -> dict[str, str]:
    """name -> its requirement block (the pin line and its hash lines), comments dropped."""
    out: dict[str, str] = {}
    name = None
    for line in lock.splitlines():
        match = _START.match(line)
        if match:
            name = match.group(1).lower().replace("_", "-")
            out[name] = line
        elif name and line.startswith("    --hash"):
            out[name] += "\n" + line
        else:
            name = None
    return out


def main(root: Path) -> int:
    found = blocks((root / "requirements" / "dev.lock").read_text())
    missing = [n for n in EXCHANGE if n not in found and n not in ("greenlet", "colorama", "tzdata")]
    if missing:
        print(f"not in requirements/dev.lock: {', '.join(missing)}", file=sys.stderr)
        return 1
    print("\n".join(found[n] for n in EXCHANGE if n in found))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parents[1]))
