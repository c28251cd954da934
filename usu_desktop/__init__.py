"""USU Desktop: accounting for small clinics.

Packages (imports point down only, see docs/ARCHITECTURE.md):
  domain/    pure Python: money, RF references, client numbers, invoice states, matching
  storage/   SQLAlchemy models, sessions, queries, Alembic migrations
  services/  use cases, one transaction each
  bank/      exchange HTTP client, statement files, registry export
  exchange/  the usu-exchange WSGI service (shares domain/ only)
  printing/  ReportLab documents
  tasks/     background work for the UI (QtCore only)
  ui/        widgets and Qt models
  cli/       the usu-admin command, one module per command group (no Qt)
"""

__version__ = "0.1.0"
