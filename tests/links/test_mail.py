"""SMTP edge: a server that takes the message and then fails the goodbye must still count as "sent"."""

from __future__ import annotations

import socket
import threading

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
