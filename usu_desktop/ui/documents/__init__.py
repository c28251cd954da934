"""Printed documents in the app: PDF preview with Print and Save, and one-line actions for screens.

Modules:
  actions   preview_invoice / preview_receipt / preview_statement / preview_slip (mode: preview,
            print or save), print_batch, export_batch
  commands  the document keys every screen shares (Ctrl+P, Ctrl+Shift+P/S/E), actions, menus
  preview   PdfPreviewDialog: QtPdf view of PDF bytes, Print (QPrintDialog), Save as PDF (atomic)
  period    PeriodDialog: the date range of a client statement
  batch     BatchDialog: one PDF or one file per invoice, and where to write
  texts     translated messages for the document error codes

PDFs are rendered by services.documents on a worker thread (ctx.runner); the dialogs only
show bytes. No page is registered: the reception screens (invoices, invoice editor, patient
card, payments) call the actions.
"""
