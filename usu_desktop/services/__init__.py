"""services package; see docs/ARCHITECTURE.md."""
