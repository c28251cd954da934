"""usu-admin: scripted operations for administrators.

    usu-admin [--db URL-or-path] [--json] COMMAND ...

Each command group is one module here that registers its own subcommands (see `args.Register`):
  books       init, demo, check, backup, restore
  sync        sync
  statements  import-statement, export-charges
  documents   invoice-pdf, statement
  links       link create | cancel | list | refresh, remind
  refunds     refund, refunds (a day's; its transfers as CSV or SEPA pain.001)
  report      report day-end | vat | revenue | payments | ageing | waiting
  people      user add | list | passwd | disable, audit
  output      what they all print: JSON or text, error messages, exit codes
  args        the shared --db/--json and the group contract

Exit codes: 0 done, 1 failed this time (see each group), 2 refused (a one-line message, or a JSON
object with --json; never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from usu_desktop.cli import books, documents, links, people, refunds, report, statements, sync
from usu_desktop.cli.args import Parser, shared_options
from usu_desktop.cli.output import message, refuse
from usu_desktop.domain.errors import DomainError

# A new command group is one module and one name here; the order is the order in --help.
GROUPS = (books, sync, statements, documents, links, refunds, report, people)


def parser() -> argparse.ArgumentParser:
    common = shared_options()
    top = Parser(prog="usu-admin", description="USU Desktop administration", parents=[common])
    sub = top.add_subparsers(dest="command", required=True, parser_class=Parser)
    for group in GROUPS:
        group.register(sub, parents=[common])
    return top


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = parser().parse_args(argv)
        return int(args.func(args))
    except DomainError as err:
        return refuse(as_json, err, f"error: {message(err, why=True)}")
    except OSError as err:
        return refuse(as_json, DomainError("os_error", detail=str(err)), f"error: {err}")

