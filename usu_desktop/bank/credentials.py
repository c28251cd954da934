"""Desk tokens for the exchange, kept in the operating system's keyring, never in settings files.

`USU_DESKTOP_NO_KEYRING=1` (tests, portable installs) switches to a store in memory.
"""

from __future__ import annotations

import contextlib
import os
import threading

from usu_desktop.bank.errors import BankError

SERVICE = "usu-desktop-exchange"

_memory: dict[str, str] = {}
_lock = threading.Lock()


def _use_memory() -> bool:
    return os.environ.get("USU_DESKTOP_NO_KEYRING") == "1"


def get_token(profile: str) -> str | None:
    """The token saved for `profile`, or None."""
    if _use_memory():
        with _lock:
            return _memory.get(profile)
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, profile)
    except KeyringError as err:
        raise BankError("credentials_unavailable", reason=type(err).__name__) from None


def set_token(profile: str, token: str | None) -> None:
    """Save (or with None, forget) the token for `profile`."""
    if _use_memory():
        with _lock:
            if token is None:
                _memory.pop(profile, None)
            else:
                _memory[profile] = token
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if token is None:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(SERVICE, profile)
        else:
            keyring.set_password(SERVICE, profile, token)
    except KeyringError as err:
        raise BankError("credentials_unavailable", reason=type(err).__name__) from None
