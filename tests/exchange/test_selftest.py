"""`usu-exchange --self-test`: a throw-away server answers a terminal, or the command says what failed."""

from __future__ import annotations

import pytest

from usu_desktop.exchange import selftest
from usu_desktop.exchange.__main__ import main


def test_self_test_serves_a_check_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usu-exchange self-test ok: served http://127.0.0.1:") and "result 0" in out


def test_self_test_fails_when_the_check_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "seed_demo", lambda store, currency: ["0000000000"])  # nobody owes
    assert main(["--self-test"]) == 1
    assert "usu-exchange self-test failed: /osmp check for 0000000000 gave result" in capsys.readouterr().err
