"""The PySide6 desktop application: main window, item models, undo commands and editors."""
