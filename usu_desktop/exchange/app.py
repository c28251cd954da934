"""The WSGI application: `create_app(config)` wires the store, the desktop API, `/osmp` and the sandbox.

Callers never see a stack trace: the API answers JSON errors, `/osmp` answers an OSMP result
(an unexpected failure is result 1, "retry later", which is safe because `pay` is idempotent),
and everything else a short plain text.
"""

from __future__ import annotations

import ipaddress
import logging

from flask import Flask, Response, abort, current_app, request
from werkzeug.exceptions import HTTPException

from usu_desktop.exchange import api, links, osmp
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.gateways import Gateway
from usu_desktop.exchange.gateways import routes as gateway_routes
from usu_desktop.exchange.gateways.sandbox import SandboxGateway
from usu_desktop.exchange.link_store import LinkStore
from usu_desktop.exchange.store import Store

log = logging.getLogger("usu_exchange")

OSMP_PARAMS = ("command", "txn_id", "account", "sum", "txn_date")
XML_TYPE = "text/xml; charset=utf-8"


def create_app(config: ExchangeConfig | None = None, store: Store | None = None,
               gateway: Gateway | None = None) -> Flask:
    """A ready WSGI app; pass `store` to share one between apps (tests, sandbox), and `gateway`
    to take payment-link money through it (gateways/; the sandbox plays one itself)."""
    config = config or ExchangeConfig()
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = config.api_max_body
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["usu_exchange_config"] = config
    app.extensions["usu_exchange_store"] = store or Store(config.db_url)
    app.extensions["usu_exchange_links"] = LinkStore(app.extensions["usu_exchange_store"])
    app.extensions["usu_exchange_limits"] = api.Limits.from_config(config)
    if gateway is None and config.sandbox:
        gateway = SandboxGateway()
    app.extensions["usu_exchange_gateway"] = gateway
    networks = config.allowed_networks()

    @app.before_request
    def _limits() -> None:
        # The server refuses these before reading (server.py); this covers any other WSGI server.
        limit = config.body_limit(request.method, request.path)
        request.max_content_length = limit
        if request.content_length is not None and request.content_length > limit:
            abort(413)

    @app.route("/osmp", methods=["GET", "POST"])
    def osmp_endpoint() -> Response:
        if not _allowed(request.remote_addr, networks):
            log.warning("osmp request refused from %s", request.remote_addr)
            abort(403)
        params = {name: request.values.get(name, "") for name in OSMP_PARAMS}
        answer = osmp.handle(params, current_app.extensions["usu_exchange_store"], config)
        log.info("osmp %s txn_id=%s account=%s result=%d", params["command"][:10],
                 answer.osmp_txn_id, params["account"][:20], answer.result)
        return Response(osmp.render(answer), content_type=XML_TYPE)

    @app.get("/health")
    def health_endpoint() -> Response:
        """For load balancers and container health checks: no token, nothing about the clinic;
        200 when the store answers a one-row read, 503 when it does not."""
        try:
            current_app.extensions["usu_exchange_store"].currency()
        except Exception:
            log.exception("health check: the store does not answer")
            return Response('{"status": "unavailable"}', status=503, content_type="application/json")
        return Response('{"status": "ok"}', content_type="application/json")

    app.register_blueprint(api.bp)
    app.register_blueprint(links.api_bp)
    app.register_blueprint(links.pay_bp)
    app.register_blueprint(gateway_routes.bp)
    if config.sandbox:
        from usu_desktop.exchange import sandbox

        app.register_blueprint(sandbox.bp)

    _register_error_handlers(app)

    # The pay form's answer redirects to a real gateway's page (another origin): allow it there.
    form_action = "'self'" if gateway is None or gateway.name == "sandbox" else "'self' https:"

    @app.after_request
    def _headers(resp: Response) -> Response:
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers.setdefault("Cache-Control", "no-store")
        if resp.mimetype == "text/html":
            resp.headers["Content-Security-Policy"] = (
                f"default-src 'none'; style-src 'self'; img-src 'self'; form-action {form_action}; "
                "frame-ancestors 'none'")
        return resp

    return app


def _allowed(remote: str | None, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        addr = ipaddress.ip_address(remote or "")
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in net for net in networks)


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(api.ApiError)
    def _api_error(err: api.ApiError) -> Response:
        return api.error_response(err.status, err.code, **err.detail)

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException) -> Response:
        status = err.code or 500
        code = (err.name or "error").lower().replace(" ", "_")
        if request.path.startswith("/api/"):
            return api.error_response(status, code)
        if request.path.startswith("/osmp"):
            body = osmp.render(osmp.Answer("", osmp.Result.OTHER, code))
            return Response(body, status=status, content_type=XML_TYPE)
        return Response(f"{status} {err.name}\n", status=status, mimetype="text/plain")

    @app.errorhandler(Exception)
    def _unexpected(err: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        if request.path.startswith("/osmp"):
            try:
                txn_id = request.values.get("txn_id", "")
            except Exception:  # the body itself may be what failed
                txn_id = ""
            return Response(osmp.temporary_error(txn_id), content_type=XML_TYPE)
        if request.path.startswith("/api/"):
            return api.error_response(500, "internal_error")
        return Response("500 Internal Server Error\n", status=500, mimetype="text/plain")
