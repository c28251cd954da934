"""The desktop UI: widgets and Qt models; the only package that imports QtWidgets.

  context          AppContext: what the composition root hands to every screen
  pages            the page registry screens plug into (register_page)
  main_window      navigation, stacked pages, status bar, shortcuts, geometry
  dialogs          Dialogs: every message box and file picker goes through it
  errors           error_text(exc): DomainError/StorageError codes -> translated text
  i18n             languages, translators (.qm, qtbase), RTL, locale helpers
  settings_dialog  clinic settings form (IBAN/BIC/logo validation, language)
  settings_page    the Settings page: a summary of the clinic's settings
  first_run        new database: offer demo data, generated in the background
  progress         a modal progress dialog bound to a background task
  theme            palette, style sheet and icons

Screens live in sub-packages (clients/, invoices/, ...) and register their pages.
"""
