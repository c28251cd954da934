"""services: use cases, one transaction each, an audit row with every write, plain values out.

  settings     ClinicSettings, SettingsService(db).load()/.save()
  clients      ClientService: create (duplicate warnings as data), update, archive
  invoicing    InvoicingService: drafts, issue (gapless number, RF, due date), cancel by credit note
  payments     PaymentService: desk payments, book_external_payment, credit, undo, reversal
  check        check_books(db) -> [Violation]: proves the books' invariants
  demo         generate(db, clients, invoices): realistic multilingual demo books, fast
  backup       backup(db, path) / restore(path, target) of the SQLite file
Other modules here belong to their features (sync, charges, documents, reception).
"""
