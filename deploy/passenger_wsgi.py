"""Phusion Passenger's entry (cPanel "Setup Python App", Plesk, DirectAdmin and other shared hosting).

Passenger imports this file and calls `application`. Settings come from the environment (the
hosting panel's "environment variables"), the same as `usu-exchange serve`'s defaults:

    USU_EXCHANGE_DB=postgresql+psycopg://user:password@localhost/exchange   (or a SQLite file path)
    USU_EXCHANGE_OSMP_ALLOW=203.0.113.0/24,198.51.100.16/28                (the terminal operator's)
    USU_EXCHANGE_CURRENCY=RUB  USU_EXCHANGE_MIN_SUM=1.00  USU_EXCHANGE_MAX_SUM=150000.00

The package must be installed in the app's virtualenv (`pip install usu-desktop[postgresql]`, or
`pip install -e .` in a checkout); if this file sits in a checkout, the checkout is used. Create desk
tokens from the hosting's shell: `usu-exchange token add front-desk --db "$USU_EXCHANGE_DB"`.
See docs/deploy.md.
"""

from __future__ import annotations

import os
import sys

_checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.isdir(os.path.join(_checkout, "usu_desktop", "exchange")) and _checkout not in sys.path:
    sys.path.insert(0, _checkout)

from usu_desktop.exchange.wsgi import application  # noqa: E402

__all__ = ["application"]
