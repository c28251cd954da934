"""storage: the only package that speaks SQL (SQLAlchemy 2, SQLite or PostgreSQL).

  db                  Database.open(path-or-URL): file checks, WAL, migrations; session()/reading()
  errors              StorageError(code, path=...): db_locked, db_read_only, db_too_new, db_corrupt, ...
  models              the tables (money as BigInteger *_minor); migrations/ creates them (Alembic)
  ledger              writes that move money: allocate, undo, credit, gapless invoice numbers
  queries             paged lists: count_*, *_ids(filter, sort, offset, limit), *_rows(ids)
  matching_context    the domain matcher's look-ups over a session
  checks              the invariants of PRODUCT.md §4 as SQL
  records, search     audit rows, settings rows, named sequences; accent-blind search text
  bulk, files         fast bulk inserts (demo data); whole-file copies and validation (backup)
Other modules here belong to their features (documents, sync, reception lists).
"""
