"""usu-exchange: the small service a clinic hosts for terminals, bank apps and the desk's sync.

A separate deployable that shares only `usu_desktop.domain`; it keeps its own small store.

  config     ExchangeConfig: database URL, terminal sum limits, /osmp allow-list, body limits
  store      SQLAlchemy Core store: charge snapshot, hashed desk tokens, payments with cursors
  api        desktop JSON API (bearer token): PUT charges, GET payments, POST ack, GET health
  osmp       OSMP/Qiwi provider protocol: check and pay, idempotent on txn_id, XML answers
  app        create_app(config): wiring, body limits, error handlers (no stack traces out)
  sandbox    localhost pages: simulated terminal and bank app calling the same OSMP code
  server     waitress in the foreground or on a background thread
  __main__   the usu-exchange command line
"""
