"""The sync screen (同步): device cards and trust, export and import, conflicts, history."""
