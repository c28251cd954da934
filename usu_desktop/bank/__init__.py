"""bank package; see docs/ARCHITECTURE.md."""
