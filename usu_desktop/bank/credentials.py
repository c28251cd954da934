"""Desk tokens and passwords for the exchange, SMTP and SMS, never in settings files or the database.

Where they are kept, in this order:
- the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux);
- when the machine has no keyring at all (a Linux desk without a keyring daemon), a file only this OS user
  can read: `secrets.json` in the user's config folder, mode 0600 in a 0700 folder, replaced atomically;
- `USU_DESKTOP_NO_KEYRING=1` (tests, benchmarks): memory only, gone at exit.
A keyring that exists but refuses (locked, access denied) is an error, not a reason to write a file.
`where()` tells the UI and usu-admin which of these is in use, so they can say so.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Literal

from usu_desktop.bank.errors import BankError

SERVICE = "usu-desktop-exchange"
APP_DIR = "usu-desktop"
SECRETS_FILE = "secrets.json"

Store = Literal["keyring", "file", "memory"]

_memory: dict[str, str] = {}
_lock = threading.Lock()


def _use_memory() -> bool:
    return os.environ.get("USU_DESKTOP_NO_KEYRING") == "1"


def _keyring_available() -> bool:
    """False when keyring found no backend at all (it then falls back to its 'fail' backend)."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None:  # the chainer: usable if any backend in it is
        return any(not isinstance(b, fail.Keyring) for b in chained)
    return not isinstance(backend, fail.Keyring)


def where() -> Store:
    """Which store `get_token`/`set_token` use on this machine now."""
    if _use_memory():
        return "memory"
    return "keyring" if _keyring_available() else "file"


def secrets_path() -> Path:
    """The fallback file: <user config folder>/usu-desktop/secrets.json."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_DIR, appauthor=False)) / SECRETS_FILE


def get_token(profile: str) -> str | None:
    """The token saved for `profile`, or None."""
    store = where()
    if store == "memory":
        with _lock:
            return _memory.get(profile)
    if store == "file":
        with _lock:
            return _read_file().get(profile)
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, profile)
    except KeyringError as err:
        raise BankError("credentials_unavailable", reason=type(err).__name__) from None


def set_token(profile: str, token: str | None) -> None:
    """Save (or with None, forget) the token for `profile`."""
    store = where()
    if store in ("memory", "file"):
        with _lock:
            saved = _memory if store == "memory" else _read_file()
            if token is None:
                saved.pop(profile, None)
            else:
                saved[profile] = token
            if store == "file":
                _write_file(saved)
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


def _read_file() -> dict[str, str]:
    path = secrets_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        raise BankError("credentials_unavailable", reason=f"{path}: {err}") from None
    if not isinstance(data, dict):
        raise BankError("credentials_unavailable", reason=f"{path}: not a JSON object")
    return {str(k): str(v) for k, v in data.items()}


def _write_file(saved: dict[str, str]) -> None:
    """Write the whole file anew: a temp file created 0600 beside it, then renamed over it."""
    path = secrets_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=path.parent)  # mkstemp creates it 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(saved, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as err:
        raise BankError("credentials_unavailable", reason=f"{path}: {err.strerror or err}") from None
