"""tasks package; see docs/ARCHITECTURE.md."""
