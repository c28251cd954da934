"""Pure-Python core: no Qt, database, HTTP or PDF library is imported here.

  money          Money value type, currency exponents, exact allocation
  money_format   locale-aware parse/format of amounts (Babel)
  references     ISO 11649 RF creditor references: create, validate, find in text
  client_numbers client numbers with a Damm check digit
  errors         DomainError: errors as data (code + params)
  invoices       invoice lines, Tryton-style totals, the state-transition table
  matching       where an incoming payment goes, and why (PRODUCT.md section 3)
"""
