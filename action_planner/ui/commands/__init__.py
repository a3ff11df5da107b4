"""Undo commands, one class per user action, each acting on the domain through the services."""
