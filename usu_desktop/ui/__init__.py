"""ui package; see docs/ARCHITECTURE.md."""
