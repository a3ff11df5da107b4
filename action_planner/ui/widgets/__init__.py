"""Feature widgets that the main window composes."""
