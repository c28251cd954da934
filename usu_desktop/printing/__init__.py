"""Printed documents: invoice, receipt, client statement and terminal slip (ReportLab only here).

Modules:
  model      plain frozen dataclasses that describe a document completely (services build them)
  labels     printed labels per document language (en, ru, az, el, is, fa); these PDFs are not Qt
  fonts      bundled TTF fonts (usu_desktop/resources/fonts) and their registration with ReportLab
  text       bidi + HarfBuzz shaping so Persian comes out joined and right-to-left
  qr         QR codes and the EPC069-12 SEPA credit-transfer payload
  layout     shared drawing helpers (header, tables, totals, stamp, QR block)
  documents  render_invoice / render_receipt / render_statement / render_slip -> PDF bytes
  output     render (any document), save_pdf / AtomicFile (atomic), merge_pdfs, render_batch
  pdfjoin    PdfJoiner: joins PDFs by copying their objects' bytes (pypdf only for foreign parts)
  samples    sample documents per language (previews, tests, benchmark)

Rendering is pure and deterministic (ReportLab invariant mode): the same document gives the same
bytes, so services can store the bytes at issue time ("issued means frozen").
"""
