"""Payment links, messages and reminders."""
