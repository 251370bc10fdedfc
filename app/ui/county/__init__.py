"""The county office's screen (县局): every station's month."""
