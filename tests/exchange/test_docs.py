"""The API documents stay in step with the app: every route and result code is described."""

from __future__ import annotations

from pathlib import Path

from usu_desktop.exchange.app import create_app
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.osmp import Result

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_route_is_in_the_openapi_file(tmp_path: Path) -> None:
    app = create_app(ExchangeConfig(db_url=f"sqlite:///{tmp_path / 'd.sqlite3'}"))
    spec = (DOCS / "exchange-openapi.yaml").read_text(encoding="utf-8")
    routes = {rule.rule for rule in app.url_map.iter_rules()}
    assert routes >= {"/osmp", "/api/v1/charges"}
    for route in routes:
        assert f"\n  {route}:\n" in spec, route


def test_every_result_code_is_documented() -> None:
    text = (DOCS / "exchange-api.md").read_text(encoding="utf-8")
    for result in Result:
        assert f"\n| {int(result)} |" in text, result
