"""printing package; see docs/ARCHITECTURE.md."""
