"""SMTP edge: a server that takes the message and then fails the goodbye must still count as "sent"."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from usu_desktop.bank.errors import BankError
from usu_desktop.bank.mail import SmtpConfig, send_mail


def _one_shot_server(received: list[bytes]) -> tuple[int, threading.Thread]:
    """A minimal SMTP server: accepts one message, then answers QUIT with an error and hangs up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn, listener:
            f = conn.makefile("rb")
            conn.sendall(b"220 test ESMTP\r\n")
            while True:
                line = f.readline()
                if not line:
                    return
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 test\r\n")
                elif verb in (b"MAIL", b"RCPT"):
                    conn.sendall(b"250 OK\r\n")
                elif verb == b"DATA":
                    conn.sendall(b"354 go on\r\n")
                    body = b""
                    while (chunk := f.readline()) not in (b".\r\n", b""):
                        body += chunk
                    received.append(body)
                    conn.sendall(b"250 queued\r\n")
                elif verb == b"QUIT":
                    conn.sendall(b"451 local error\r\n")  # not "221 bye"
                    return
                else:
                    conn.sendall(b"250 OK\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return int(listener.getsockname()[1]), thread


def test_failed_goodbye_after_accepting_is_still_sent() -> None:
    received: list[bytes] = []
    port, thread = _one_shot_server(received)
    message_id = send_mail(SmtpConfig("127.0.0.1", port, "none", "", "desk@clinic.example", timeout=5), None,
                           "anna@example.org", "Subject", "Body")
    thread.join(5)
    assert len(received) == 1 and message_id.encode() in received[0]


def _certificate(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_starttls_and_login_over_tls(tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from tests.links.conftest import Mailbox, free_port

    cert, key = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    logins: list[bytes] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        logins.append(data.login)
        return AuthResult(success=data.password == b"secret", handled=False)

    box, port = Mailbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=server_tls,
                            require_starttls=True, authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        config = SmtpConfig("127.0.0.1", port, "starttls", "desk", "desk@clinic.example", 5, str(cert))
        send_mail(config, "secret", "anna@example.org", "Hello", "Body")
        assert len(box.messages) == 1 and logins == [b"desk"]
        with pytest.raises(BankError) as untrusted:  # the system's CAs do not know this certificate
            send_mail(replace(config, cafile=""), "secret", "anna@example.org", "Hello", "Body")
        assert untrusted.value.code == "mail_unreachable" and untrusted.value.params["reason"] == "tls"
        with pytest.raises(BankError) as refused:
            send_mail(config, "wrong", "anna@example.org", "Hello", "Body")
        assert refused.value.code == "mail_login_refused"
        assert len(box.messages) == 1
    finally:
        controller.stop()
