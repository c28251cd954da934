"""exchange package; see docs/ARCHITECTURE.md."""
