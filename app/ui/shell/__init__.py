"""The window around the features: main window, navigation rail, first run, crash hook,
and the one place that wires the features into the shared context."""
