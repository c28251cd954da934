"""The exchange as a plain WSGI application, for hosting that runs Python apps itself (Passenger on
shared hosting, uWSGI, gunicorn): `deploy/passenger_wsgi.py` imports `application` from here.

Its settings are `usu-exchange serve`'s, from the same environment variables (USU_EXCHANGE_DB,
USU_EXCHANGE_OSMP_ALLOW, ... see `__main__`), read when the first request arrives, so importing
this module opens nothing. The hosting's own server stands in front: the app still refuses bodies
above each route's limit (413), but slow clients and the spool budget are that server's to police
(server.py does it only under `usu-exchange serve`), and the address the /osmp allow-list sees is
the REMOTE_ADDR the hosting passes in.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from usu_desktop.exchange.__main__ import _gateway, _parser, build_config

_lock = threading.Lock()
_app: Any = None


def create_from_environ(environ: Mapping[str, str] | None = None) -> Any:
    """A Flask app configured from USU_EXCHANGE_* variables (os.environ by default)."""
    from usu_desktop.exchange.app import create_app

    env = os.environ if environ is None else environ
    parser = _parser(env)
    args = parser.parse_args(["serve"])
    try:
        config = build_config(args, parser, env)
        gateway = _gateway(args, parser)  # its secrets from the environment or USU_EXCHANGE_GATEWAY_SECRETS
    except SystemExit as exit_:  # argparse's error(): say it where a WSGI host logs it
        raise RuntimeError(f"usu-exchange: bad USU_EXCHANGE_* setting (exit {exit_.code})") from None
    return create_app(config, None, gateway)


def _get() -> Any:
    global _app
    with _lock:
        if _app is None:
            _app = create_from_environ()
        return _app


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """WSGI entry point; builds the app once, on the first request."""
    return _get()(environ, start_response)  # type: ignore[no-any-return]


__all__ = ["application", "create_from_environ"]
