"""Connectors to the money outside: the exchange service, bank statement files, registry exports.

The only package that talks HTTP (requests); it returns plain dataclasses and raises BankError.

  errors           BankError(code, **params): stable codes for every connector failure
  exchange_client  ExchangeClient: upload the charge list, fetch and acknowledge payments
  credentials      secrets in the OS keyring, or a file only the user can read where there is none
  statement        Statement / StatementEntry dataclasses that statement parsers produce
  camt             ISO 20022 camt.053/054 statement files
  xmlhead          an XML file's root namespace from its head (prolog walked, DOCTYPE refused)
  mt940            SWIFT MT940 statement files
  detect           pick the parser for a statement file
  registry         charge registry export for bank registry uploads
"""
