"""`usu-exchange serve --gateway`: secrets from the environment or a private file; the checkouts table
of an earlier version gains the gateway columns with its rows kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from usu_desktop.exchange.__main__ import main
from usu_desktop.exchange.gateways import SecretsError, load_secrets, make_gateway
from usu_desktop.exchange.gateways.stripe_checkout import StripeCheckout
from usu_desktop.exchange.gateways.zarinpal import Zarinpal

STRIPE_ENV = {"USU_STRIPE_SECRET_KEY": "sk_test_1", "USU_STRIPE_WEBHOOK_SECRET": "whsec_1"}


def secrets_file(tmp_path: Path, mode: int, text: str = "") -> Path:
    path = tmp_path / "gateway.env"
    path.write_text(text or "# Stripe\nUSU_STRIPE_SECRET_KEY=sk_test_file\n"
                            "USU_STRIPE_WEBHOOK_SECRET='whsec_file'\n")
    os.chmod(path, mode)
    return path


def test_secrets_from_the_environment_or_a_private_file(tmp_path: Path) -> None:
    assert load_secrets("stripe", STRIPE_ENV) == STRIPE_ENV
    assert load_secrets("stripe", {}, secrets_file(tmp_path, 0o600)) == {
        "USU_STRIPE_SECRET_KEY": "sk_test_file", "USU_STRIPE_WEBHOOK_SECRET": "whsec_file"}
    assert isinstance(make_gateway("stripe", STRIPE_ENV), StripeCheckout)
    zarinpal = make_gateway("zarinpal", {"USU_ZARINPAL_MERCHANT_ID": "m"}, zarinpal_unit="IRT")
    assert isinstance(zarinpal, Zarinpal) and zarinpal.unit == "IRT"
    with pytest.raises(SecretsError, match="USU_ZARINPAL_MERCHANT_ID"):
        load_secrets("zarinpal", STRIPE_ENV)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_a_secrets_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    with pytest.raises(SecretsError, match="chmod 600"):
        load_secrets("stripe", {}, secrets_file(tmp_path, mode))


def test_serve_refuses_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "x.sqlite3")
    loose = secrets_file(tmp_path, 0o644)
    for name in STRIPE_ENV:
        monkeypatch.delenv(name, raising=False)
    for argv, words in (
            (["serve", "--db", db, "--gateway", "stripe", "--gateway-secrets", str(loose)], "chmod 600"),
            (["serve", "--db", db, "--gateway", "stripe"], "USU_STRIPE_SECRET_KEY"),
            (["serve", "--db", db, "--gateway", "sandbox"], "--sandbox"),
            (["serve", "--db", db, "--gateway-secrets", str(loose)], "need --gateway"),
            (["serve", "--db", db, "--gateway", "paypal"], "invalid choice"),
            (["serve", "--db", db, "--gateway", "zarinpal", "--gateway-api", "http://pay.example"], "https://")):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2
        assert words in capsys.readouterr().err, argv


def test_checkouts_from_before_gateways_get_the_columns(exchange_url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    from usu_desktop.exchange.link_store import LinkStore
    from usu_desktop.exchange.store import Store

    engine = create_engine(exchange_url)
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:  # the table as the previous version made it, with a paid checkout
        conn.execute(text(
            f"CREATE TABLE link_checkouts (id {'INTEGER' if sqlite else 'BIGSERIAL'} NOT NULL PRIMARY KEY"
            f"{' AUTOINCREMENT' if sqlite else ''}, session VARCHAR(64) NOT NULL UNIQUE, "
            f"link_id INTEGER NOT NULL, amount_minor BIGINT NOT NULL, "
            f"created_at {'DATETIME' if sqlite else 'TIMESTAMP'} NOT NULL, payment_id BIGINT)"))
        conn.execute(text("INSERT INTO link_checkouts VALUES (7, 'old-session', 1, 4000, "
                          "'2026-11-01 10:00:00', 3)"))
    engine.dispose()
    store = Store(exchange_url)
    links = LinkStore(store)
    LinkStore(store)  # a second start changes nothing
    columns = {c["name"] for c in inspect(store.engine).get_columns("link_checkouts")}
    assert {"gateway", "gateway_ref", "gateway_payment", "refund_due"} <= columns
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT id, session, payment_id, refund_due FROM link_checkouts")).one()
    assert tuple(row) == (7, "old-session", 3, "")
    assert links.refunds_due([3]) == {}
    store.close()


def test_serve_with_the_stripe_gateway_takes_a_link_payment(tmp_path: Path) -> None:
    """The real command: `usu-exchange serve --gateway stripe` with secrets from a 0600 file, its API
    pointed at the local fake; a link paid there is booked once through the signed webhook."""
    import subprocess
    import sys

    import requests

    from tests.exchange.gateway_fakes import STRIPE_KEY, WEBHOOK_SECRET, FakeStripe, deliver
    from tests.links.conftest import free_port, link_body

    db = str(tmp_path / "serve.sqlite3")
    token = subprocess.run([sys.executable, "-m", "usu_desktop.exchange", "token", "add", "desk", "--db", db],
                           capture_output=True, text=True, check=True, timeout=60).stdout.strip()
    secrets = secrets_file(tmp_path, 0o600, f"USU_STRIPE_SECRET_KEY={STRIPE_KEY}\n"
                                            f"USU_STRIPE_WEBHOOK_SECRET={WEBHOOK_SECRET}\n")
    fake = FakeStripe()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "usu_desktop.exchange", "serve", "--db", db, "--port", str(port),
         "--gateway", "stripe", "--gateway-secrets", str(secrets), "--gateway-api", fake.url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("USU_STRIPE")})
    try:
        assert proc.stdout is not None
        for line in proc.stdout:  # waitress says where it listens once it does
            if "Serving on" in line:
                break
        url, auth = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {token}"}
        link = requests.post(url + "/api/v1/links", json=link_body(), headers=auth, timeout=10).json()
        to_stripe = requests.post(link["url"], data={"amount": "12.34"}, allow_redirects=False, timeout=10)
        assert to_stripe.status_code == 303 and to_stripe.headers["Location"].startswith(fake.url)
        session = fake.only_session()
        page = requests.get(link["url"], timeout=10)  # its form may now lead to the gateway's origin
        assert "form-action 'self' https:;" in page.headers["Content-Security-Policy"]
        event = fake.pay(session["id"])
        for _ in range(3):
            assert deliver(url + "/gateway/stripe/webhook", event).status_code == 200
        feed = requests.get(url + "/api/v1/payments", headers=auth, timeout=10).json()["payments"]
        assert [(p["source"], p["amount_minor"]) for p in feed] == [("link", 1234)]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        fake.stop()
