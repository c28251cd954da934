"""The exchange side of payment links: API, payer page, sandbox gateway, the payments feed."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import requests

from tests.exchange.conftest import Exchange
from tests.links.conftest import ACCOUNT, expire, link_body, make_link, pay_link
from usu_desktop.domain.calendars import to_jalali
from usu_desktop.domain.languages import local_digits


def test_link_page_pays_once_and_feeds_the_desk(sandbox: Exchange) -> None:
    link = make_link(sandbox)
    assert link["status"] == "active" and link["url"].startswith(sandbox.url + "/pay/")
    page = requests.get(link["url"], timeout=10)
    assert page.status_code == 200
    assert '<html lang="en" dir="ltr">' in page.text
    assert "Clinic &lt;Zdorovye&gt;" in page.text and "<Zdorovye>" not in page.text  # escaped
    assert "Invoice 2026-00001" in page.text and "€150.00" in page.text

    s = requests.Session()
    to_gateway = s.post(link["url"], data={"amount": "40,00"}, timeout=10)
    assert "/sandbox/gateway/" in to_gateway.url
    first = s.post(to_gateway.url, timeout=10)
    again = s.post(to_gateway.url, timeout=10)  # pressing Pay twice books once
    assert first.status_code == again.status_code == 200
    assert "Your payment was accepted" in first.text

    feed = sandbox.payments()["payments"]
    assert len(feed) == 1
    assert feed[0]["source"] == "link" and feed[0]["external_id"].startswith("L")
    assert feed[0]["account"] == ACCOUNT and feed[0]["rf"] == "RF18539007547034"
    assert feed[0]["amount_minor"] == 4000 and feed[0]["link_id"] == link["id"]

    listed = requests.get(sandbox.url + "/api/v1/links", params={"ids": str(link["id"])},
                          headers=sandbox.auth, timeout=10).json()["links"][0]
    assert listed["status"] == "partly_paid" and listed["paid_minor"] == 4000
    assert [p["external_id"] for p in listed["payments"]] == [feed[0]["external_id"]]
    # The rest is all the link still takes.
    assert pay_link(link["url"], "110.01").status_code == 422
    assert pay_link(link["url"], "110.00").status_code == 200
    assert requests.get(link["url"], timeout=10).status_code == 410  # paid in full


def test_persian_page_is_right_to_left(sandbox: Exchange) -> None:
    link = make_link(sandbox, language="fa", clinic_name="کلینیک سلامت")
    page = requests.get(link["url"], timeout=10)
    assert '<html lang="fa" dir="rtl">' in page.text and "کلینیک سلامت" in page.text
    assert "پرداخت" in page.text
    due = (datetime.now(UTC) + timedelta(days=3)).date()  # make_link's default expiry
    year = str(to_jalali(due)[0])  # in the Solar Hijri calendar, as the desk shows it
    persian = year.translate({ord("0") + i: chr(0x06F0 + i) for i in range(10)})
    [expiry] = re.findall(r"<dd><bdi>([^<]*UTC)</bdi></dd>", page.text)
    assert persian in expiry and year not in expiry  # the expiry in Persian digits, like the amount
    assert str(due.year) not in expiry and local_digits(str(due.year), "fa") not in expiry


def test_expiry_shows_minutes_not_seconds(sandbox: Exchange) -> None:
    link = make_link(sandbox, expires_at=datetime(2027, 3, 4, 17, 5, 42, tzinfo=UTC).isoformat())
    page = requests.get(link["url"], timeout=10).text
    assert "Mar 4, 2027" in page and "5:05" in page and "UTC" in page
    assert "5:05:42" not in page


def test_same_token_twice_is_one_link(sandbox: Exchange) -> None:
    body = link_body()
    one = requests.post(sandbox.url + "/api/v1/links", json=body, headers=sandbox.auth, timeout=10)
    two = requests.post(sandbox.url + "/api/v1/links", json=body, headers=sandbox.auth, timeout=10)
    assert (one.status_code, two.status_code) == (201, 200)
    assert one.json()["id"] == two.json()["id"]
    other = requests.post(sandbox.url + "/api/v1/links", json={**body, "amount_minor": 1},
                          headers=sandbox.auth, timeout=10)
    assert other.status_code == 409 and other.json()["error"] == "token_conflict"


def test_expired_and_cancelled_links_refuse_payment(sandbox: Exchange) -> None:
    old, gone = make_link(sandbox), make_link(sandbox)
    s = requests.Session()
    pending = s.post(old["url"], data={"amount": "10"}, timeout=10)  # checkout opened in time...
    expire(sandbox, old["id"])
    page = requests.get(old["url"], timeout=10)
    assert page.status_code == 410 and "has expired" in page.text and "<form" not in page.text
    assert s.post(pending.url, timeout=10).status_code == 410  # ...but not paid after expiry
    assert pay_link(old["url"], "10").status_code == 410

    cancelled = requests.post(f"{sandbox.url}/api/v1/links/{gone['id']}/cancel", headers=sandbox.auth,
                              timeout=10)
    assert cancelled.json()["status"] == "cancelled"
    assert pay_link(gone["url"], "10").status_code == 410
    assert sandbox.payments()["payments"] == []  # nothing booked


def test_unknown_and_tampered_tokens_look_the_same(sandbox: Exchange) -> None:
    link = make_link(sandbox)
    token = link["url"].rsplit("/", 1)[1]
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    answers = [requests.get(f"{sandbox.url}/pay/{t}", timeout=10) for t in (tampered, "x" * 22, "%3Cb%3E")]
    assert {a.status_code for a in answers} == {404}
    assert len({a.text for a in answers}) == 1  # no hint which exists
    assert "Ivanov" not in answers[0].text


def test_open_amount_limits_and_bad_input(sandbox: Exchange) -> None:
    free = make_link(sandbox, kind="free", rf="", amount_minor=None, open_amount=True, min_minor=500,
                     max_minor=2000)
    assert pay_link(free["url"], "4.99").status_code == 422
    assert "below the minimum" in pay_link(free["url"], "4.99").text
    assert pay_link(free["url"], "20.01").status_code == 422
    assert pay_link(free["url"], "abc").status_code == 422
    assert sandbox.payments()["payments"] == []
    assert pay_link(free["url"], "12.5").status_code == 200
    assert requests.get(free["url"], timeout=10).status_code == 410  # a free link takes one payment

    def refused(**extra: object) -> str:
        resp = requests.post(sandbox.url + "/api/v1/links", json=link_body(**extra), headers=sandbox.auth,
                             timeout=10)
        assert resp.status_code == 422, resp.text
        return str(resp.json()["error"])

    assert refused(expires_at="2020-01-01T00:00:00+00:00") == "expiry_in_past"
    assert refused(token="short") == "invalid_field"
    assert refused(rf="RF00123") == "bad_rf"
    assert refused(min_minor=900, max_minor=100) == "min_above_max"
    assert requests.post(sandbox.url + "/api/v1/links", json=link_body(), timeout=10).status_code == 401


def test_expiry_in_the_clinics_time_zone(sandbox: Exchange) -> None:
    expires = datetime(2027, 1, 15, 21, 59, tzinfo=UTC)  # 23:59 in Athens (UTC+2 in winter)
    page = requests.get(make_link(sandbox, expires_at=expires.isoformat(), time_zone="Europe/Athens")["url"],
                        timeout=10).text
    [expiry] = re.findall(r"<dd><bdi>([^<]*)</bdi></dd>", page)
    assert "Jan 15, 2027" in expiry and "11:59" in expiry and expiry.endswith("(Athens)")
    fa = make_link(sandbox, expires_at=expires.isoformat(), time_zone="Asia/Tehran", language="fa")
    [expiry] = re.findall(r"<dd><bdi>([^<]*)</bdi></dd>", requests.get(fa["url"], timeout=10).text)
    # 21:59 UTC + 3:30 is 1:29 on 16 January 2027, which is 26 Dey 1405 in the Solar Hijri calendar
    assert expiry.endswith("(تهران)") and "۱:۲۹" in expiry and "۲۶ دی ۱۴۰۵" in expiry
    utc = make_link(sandbox, expires_at=expires.isoformat(), time_zone="Etc/UTC")
    [expiry] = re.findall(r"<dd><bdi>([^<]*)</bdi></dd>", requests.get(utc["url"], timeout=10).text)
    assert expiry.endswith(" UTC") and "9:59" in expiry


def test_unknown_time_zones_are_refused(sandbox: Exchange) -> None:
    for bad in ("Mars/Olympus", "../../etc/passwd", "Europe", 42):
        resp = requests.post(sandbox.url + "/api/v1/links", json=link_body(time_zone=bad),
                             headers=sandbox.auth, timeout=10)
        assert resp.status_code == 422 and resp.json()["detail"] == {"field": "time_zone"}, bad


def test_a_links_table_from_before_time_zones_gets_the_column(tmp_path) -> None:
    import sqlite3

    from usu_desktop.exchange.link_store import LinkStore
    from usu_desktop.exchange.store import Store

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    store = Store(url)
    LinkStore(store)
    con = sqlite3.connect(tmp_path / "old.sqlite3")
    con.execute("ALTER TABLE links DROP COLUMN time_zone")  # the table as the previous version made it
    con.commit()
    con.close()
    assert "time_zone" not in [r[1] for r in sqlite3.connect(tmp_path / "old.sqlite3")
                               .execute("PRAGMA table_info(links)")]
    LinkStore(store)
    assert "time_zone" in [r[1] for r in sqlite3.connect(tmp_path / "old.sqlite3")
                           .execute("PRAGMA table_info(links)")]
    store.close()
