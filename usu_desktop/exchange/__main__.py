"""`usu-exchange`: run the exchange service, manage desk tokens, or start the local sandbox.

  usu-exchange serve --host 0.0.0.0 --port 8080 --db sqlite:////srv/usu/exchange.sqlite3
  usu-exchange serve --workers 4 --db postgresql+psycopg://usu@db/exchange   (PostgreSQL only)
  usu-exchange token add front-desk            (prints the token once; only its hash is kept)
  usu-exchange serve --gateway stripe|zarinpal [--gateway-secrets FILE]
                                               (payment links through a real gateway; secrets from
                                                the environment or a file only you can read)
  usu-exchange --sandbox [--token T]           (127.0.0.1 only, demo clients, /sandbox/ pages)
  usu-exchange --self-test                     (a throw-away server on a free loopback port answers
                                                one terminal check; exit 0 when it works)

Every `serve` option has an environment variable that gives its default (containers, services):
USU_EXCHANGE_DB, USU_EXCHANGE_WORKERS, USU_EXCHANGE_THREADS, USU_EXCHANGE_CURRENCY,
USU_EXCHANGE_MIN_SUM, USU_EXCHANGE_MAX_SUM, USU_EXCHANGE_OSMP_ALLOW (networks separated by commas
or spaces), USU_EXCHANGE_TRUSTED_PROXY, USU_EXCHANGE_PRUNE_DAYS, USU_EXCHANGE_GATEWAY,
USU_EXCHANGE_GATEWAY_SECRETS, USU_EXCHANGE_GATEWAY_API, USU_EXCHANGE_ZARINPAL_UNIT. An option on
the command line wins.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from usu_desktop.domain.money import Money, MoneyError
from usu_desktop.exchange.config import LOOPBACK, ExchangeConfig
from usu_desktop.exchange.gateways import NAMES, Gateway, SecretsError, load_secrets, make_gateway
from usu_desktop.exchange.store import Store

DEFAULT_DB = "usu-exchange.sqlite3"
ENV_PREFIX = "USU_EXCHANGE_"


def _env(name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    value = (os.environ if environ is None else environ).get(ENV_PREFIX + name, "").strip()
    return value or default


def _env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    text = _env(name, str(default), environ)
    try:
        return int(text)
    except ValueError:
        raise SystemExit(f"usu-exchange: {ENV_PREFIX}{name}={text!r} is not a whole number") from None


def db_url(value: str) -> str:
    """A database URL, or a file path that becomes a SQLite URL."""
    if "://" in value:
        return value
    return "sqlite:///" + os.path.abspath(value)


def _parser(environ: Mapping[str, str] | None = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=_env("DB", DEFAULT_DB, environ),
                        help="database URL or SQLite file path")
    parser = argparse.ArgumentParser(prog="usu-exchange", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    srv = sub.add_parser("serve", parents=[common], help="run the service")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8080)
    srv.add_argument("--threads", type=int, default=_env_int("THREADS", 8, environ),
                     help="waitress threads (per worker process)")
    srv.add_argument("--workers", type=int, default=_env_int("WORKERS", 1, environ),
                     help="worker processes sharing the port (more than 1: PostgreSQL only)")
    srv.add_argument("--connection-limit", type=int, default=ExchangeConfig.connection_limit,
                     help="open connections at most")
    srv.add_argument("--currency", default=_env("CURRENCY", "RUB", environ),
                     help="currency before the first charge upload")
    srv.add_argument("--min-sum", default=_env("MIN_SUM", "1.00", environ), help="smallest terminal payment")
    srv.add_argument("--max-sum", default=_env("MAX_SUM", "150000.00", environ),
                     help="largest terminal payment")
    srv.add_argument("--osmp-allow", action="append", default=None, metavar="CIDR",
                     help="network allowed to call /osmp (repeat); default: loopback only")
    srv.add_argument("--prune-days", type=int, default=_env_int("PRUNE_DAYS", 30, environ),
                     help="delete acknowledged payments older than this")
    srv.add_argument("--trusted-proxy", metavar="IP", default=_env("TRUSTED_PROXY", "", environ) or None,
                     help="address of the reverse proxy whose X-Forwarded-For is believed")
    srv.add_argument("--sandbox", action="store_true",
                     help="localhost only: demo token and clients, /sandbox/ pages")
    srv.add_argument("--token", help="sandbox: use this desk token instead of a new one")
    srv.add_argument("--gateway", choices=NAMES, default=_env("GATEWAY", "", environ) or None,
                     help="payment gateway for payment links (stripe needs USU_STRIPE_SECRET_KEY and "
                          "USU_STRIPE_WEBHOOK_SECRET, zarinpal USU_ZARINPAL_MERCHANT_ID)")
    srv.add_argument("--gateway-secrets", metavar="FILE",
                     default=_env("GATEWAY_SECRETS", "", environ) or None,
                     help="read the gateway's NAME=value secrets from FILE (mode 0600) instead of "
                          "the environment")
    srv.add_argument("--gateway-api", metavar="URL", default=_env("GATEWAY_API", "", environ),
                     help="the gateway's API address (a provider's sandbox, or a local test server)")
    srv.add_argument("--zarinpal-unit", choices=("IRR", "IRT"), default=_env("ZARINPAL_UNIT", "IRR", environ),
                     help="the unit Zarinpal is sent amounts in: rials (IRR) or tomans (IRT, 10 rials)")

    tok = sub.add_parser("token", help="manage desk tokens")
    tok_sub = tok.add_subparsers(dest="token_command", required=True)
    add = tok_sub.add_parser("add", parents=[common], help="create a token (printed once)")
    add.add_argument("name")
    rem = tok_sub.add_parser("remove", parents=[common], help="revoke a token")
    rem.add_argument("name")
    tok_sub.add_parser("list", parents=[common], help="list token names")
    return parser


def _minor(text: str, currency: str, parser: argparse.ArgumentParser) -> int:
    try:
        return Money(text, currency).minor
    except MoneyError as err:
        parser.error(f"bad amount {text!r}: {err.code}")
    raise AssertionError  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in == ["--self-test"]:
        from usu_desktop.exchange.selftest import run

        return run()
    if args_in and args_in[0] == "--sandbox":
        args_in = ["serve", *args_in]
    parser = _parser()
    args = parser.parse_args(args_in)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "token":
        return _token(args)
    return _serve(args, parser)


def _token(args: argparse.Namespace) -> int:
    store = Store(db_url(args.db))
    try:
        if args.token_command == "add":
            token = store.add_token(args.name)
            print(token)
            print(f"Token for {args.name!r} stored (hash only). Copy it now; it is not shown again.",
                  file=sys.stderr)
        elif args.token_command == "remove":
            if not store.remove_token(args.name):
                print(f"no token named {args.name!r}", file=sys.stderr)
                return 1
        else:
            for name in store.token_names():
                print(name)
        return 0
    finally:
        store.close()


def build_config(args: argparse.Namespace, parser: argparse.ArgumentParser,
                 environ: Mapping[str, str] | None = None) -> ExchangeConfig:
    """The ExchangeConfig of `serve`'s options (the WSGI entry, wsgi.py, uses it too)."""
    allow = args.osmp_allow or _env("OSMP_ALLOW", "", environ).replace(",", " ").split()
    config = ExchangeConfig(
        db_url=db_url(args.db), currency=args.currency,
        osmp_min_minor=_minor(args.min_sum, args.currency, parser),
        osmp_max_minor=_minor(args.max_sum, args.currency, parser),
        osmp_allow=tuple(allow) or LOOPBACK, prune_after_days=args.prune_days,
        sandbox=args.sandbox, threads=args.threads, connection_limit=args.connection_limit)
    try:
        config.allowed_networks()
    except ValueError as err:
        parser.error(f"--osmp-allow: {err}")
    return config


def _serve(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from usu_desktop.exchange.app import create_app
    from usu_desktop.exchange.server import serve_forever

    if args.sandbox and args.host not in ("127.0.0.1", "localhost"):
        parser.error("--sandbox listens on 127.0.0.1 only")
    if args.token and not args.sandbox:
        parser.error("--token is for --sandbox; use 'usu-exchange token add NAME' for real desks")
    host = "127.0.0.1" if args.sandbox else args.host
    config = build_config(args, parser)
    gateway = _gateway(args, parser)
    if args.workers != 1:
        return _serve_workers(args, parser, config, host)
    store = Store(config.db_url)
    app = create_app(config, store, gateway)
    if args.sandbox:
        from usu_desktop.exchange.sandbox import seed_demo

        token = store.add_token("sandbox", args.token)
        accounts = seed_demo(store, config.currency)
        base = f"http://{host}:{args.port}"
        print(f"usu-exchange sandbox on {base}", flush=True)
        print(f"  desk token:   {token}", flush=True)
        print(f"  terminal:     {base}/sandbox/terminal", flush=True)
        print(f"  bank app:     {base}/sandbox/bank", flush=True)
        print(f"  demo clients: {', '.join(accounts)} (until the desk uploads its list)", flush=True)
    elif not store.token_names():
        logging.getLogger("usu_exchange").warning(
            "no desk tokens yet: the desk cannot connect until you run 'usu-exchange token add NAME'")
    serve_forever(app, host, args.port, args.threads, args.trusted_proxy)
    return 0


def _serve_workers(args: argparse.Namespace, parser: argparse.ArgumentParser, config: ExchangeConfig,
                   host: str) -> int:
    """`serve --workers N`: N processes on one port, each with its own store (PostgreSQL)."""
    from usu_desktop.exchange.app import create_app
    from usu_desktop.exchange.server import listening_socket, serve_workers

    if not 1 <= args.workers <= 64:
        parser.error("--workers: from 1 to 64")
    if args.sandbox:
        parser.error("--sandbox runs one worker; leave out --workers")
    if config.db_url.startswith("sqlite"):
        parser.error(f"--workers {args.workers} needs PostgreSQL (--db postgresql+psycopg://...): SQLite "
                     "takes one writing process, so several workers would queue on its lock; "
                     "use one worker and --threads instead")
    if not hasattr(os, "fork"):
        parser.error("--workers needs a POSIX system (fork); run one worker here")
    try:
        sock = listening_socket(host, args.port)
    except OSError as err:
        parser.error(f"cannot listen on {host}:{args.port}: {err.strerror or err}")
    store = Store(config.db_url)  # tables made (and old txn ids canonicalised) once, before the fork
    try:
        if not store.token_names():
            logging.getLogger("usu_exchange").warning(
                "no desk tokens yet: the desk cannot connect until you run 'usu-exchange token add NAME'")
    finally:
        store.close()
    # each worker makes its own store and gateway (no connection or session crosses the fork)
    return serve_workers(lambda: create_app(config, None, _gateway(args, parser)), host, args.port,
                         args.workers, args.threads, args.trusted_proxy, sock=sock)


def _gateway(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Gateway | None:
    """The --gateway adapter with its secrets, or None (the sandbox plays its own)."""
    if not args.gateway:
        if args.gateway_secrets or args.gateway_api:
            parser.error("--gateway-secrets and --gateway-api need --gateway")
        return None
    if args.gateway not in NAMES or args.zarinpal_unit not in ("IRR", "IRT"):  # from the environment
        parser.error(f"--gateway: one of {', '.join(NAMES)}; --zarinpal-unit: IRR or IRT")
    if args.gateway == "sandbox" and not args.sandbox:
        parser.error("--gateway sandbox is for --sandbox (127.0.0.1 only)")
    api = urlsplit(args.gateway_api)
    if args.gateway_api and not (api.scheme == "https" or (
            api.scheme == "http" and api.hostname in ("127.0.0.1", "localhost", "::1"))):
        parser.error("--gateway-api must be an https:// address (plain http only on this computer)")
    try:
        secrets = load_secrets(args.gateway, os.environ,
                               Path(args.gateway_secrets) if args.gateway_secrets else None)
    except SecretsError as err:
        parser.error(str(err))
    return make_gateway(args.gateway, secrets, api_base=args.gateway_api, zarinpal_unit=args.zarinpal_unit)


if __name__ == "__main__":
    sys.exit(main())
