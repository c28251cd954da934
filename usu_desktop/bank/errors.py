"""BankError: every failure talking to a bank or the exchange, as a stable code plus parameters.

Codes of the exchange client (the UI translates them):
  exchange_unreachable   no connection (DNS, refused, TLS handshake); params: url, reason
  exchange_timeout       connected but no answer in time; params: url
  exchange_auth          token missing, wrong or revoked (HTTP 401/403); params: status
  exchange_server_error  the exchange failed (HTTP 5xx); params: status
  exchange_bad_response  not the JSON we expect (HTML page, malformed JSON, missing fields)
  exchange_refused       the exchange refused the request; params: status, server_code, detail
  exchange_insecure_url  plain http to a host other than this computer
  credentials_unavailable  the keyring refused, or the secrets file cannot be read or written
"""

from __future__ import annotations

from usu_desktop.domain.errors import DomainError


class BankError(DomainError):
    """A refused or failed exchange with a bank or the exchange service."""
