"""Colours for what is painted rather than styled: table text, chart bars and lines.
Everything a widget shows through the style sheet is in resources/style.qss; the values
here match it (the sheet's red, green and risk colours)."""

from __future__ import annotations

# The app's two message colours: something to put right, and something done.
RED = "#b00020"
GREEN = "#2e7d32"
DARK_GREEN = "#1b5e20"  # a file imported well, in the Sync page's results
GREY = "#666"  # a line that cannot be chosen
# A client's risk level, the same in the list and on the client's page.
RISK_COLOURS = {"high": RED, "medium": "#9a5b00", "low": GREEN}
# The station's charts.
TEAL = "#2f6f85"  # the rail's
LIGHT_RED = "#c0392b"  # the station's red light
TARGET_LINE = "#555555"
BAR_LABEL = "#222222"
