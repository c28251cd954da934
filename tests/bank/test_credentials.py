"""Secrets without a keyring: a file only the user can read, which survives a restart."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from usu_desktop.bank import credentials
from usu_desktop.bank.errors import BankError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def desk_env(config_home: Path) -> dict[str, str]:
    """A desk whose keyring has no backend at all (what keyring finds without a keyring daemon)."""
    env = {k: v for k, v in os.environ.items() if k != "USU_DESKTOP_NO_KEYRING"}
    env.update(XDG_CONFIG_HOME=str(config_home), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


def in_a_new_process(env: dict[str, str], code: str) -> str:
    done = subprocess.run([sys.executable, "-c", "from usu_desktop.bank import credentials as c\n" + code],
                          env=env, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


def test_without_a_keyring_the_token_is_in_a_private_file_and_survives_a_restart(tmp_path: Path) -> None:
    env = desk_env(tmp_path / "config")
    assert in_a_new_process(env, "print(c.where())") == "file"
    in_a_new_process(env, "c.set_token('default', 'tok-123'); c.set_token('smtp', 'pw')")
    path = tmp_path / "config" / "usu-desktop" / "secrets.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert json.loads(path.read_text("utf-8")) == {"default": "tok-123", "smtp": "pw"}
    assert in_a_new_process(env, "print(c.get_token('default'))") == "tok-123"  # after a "restart"
    in_a_new_process(env, "c.set_token('default', None)")
    assert in_a_new_process(env, "print(c.get_token('default'))") == "None"
    assert json.loads(path.read_text("utf-8")) == {"smtp": "pw"}
    assert [p.name for p in path.parent.iterdir()] == ["secrets.json"]  # no temp file left behind


def test_a_broken_secrets_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in desk_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("USU_DESKTOP_NO_KEYRING")
    path = credentials.secrets_path()
    assert path.is_relative_to(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", "utf-8")
    with pytest.raises(BankError) as err:
        credentials.get_token("default")
    assert err.value.code == "credentials_unavailable" and str(path) in err.value.params["reason"]


def test_a_config_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in desk_env(tmp_path / "config").items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("USU_DESKTOP_NO_KEYRING")
    (tmp_path / "config").write_text("a file where the folder should be")  # fails for root too
    with pytest.raises(BankError) as err:
        credentials.set_token("default", "x")
    assert err.value.code == "credentials_unavailable" and "usu-desktop" in err.value.params["reason"]


def test_tests_keep_secrets_in_memory() -> None:
    assert credentials.where() == "memory"
    credentials.set_token("t", "v")
    assert credentials.get_token("t") == "v"
    credentials.set_token("t", None)
    assert credentials.get_token("t") is None
