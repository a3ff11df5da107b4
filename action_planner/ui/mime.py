"""Drag-and-drop payloads: catalogue interventions and actions, each under its own MIME type."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

INTERVENTION_MIME = "application/x-action-planner-intervention"
ACTION_MIME = "application/x-action-planner-action"


def encode(mime_type: str, ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(mime_type, QByteArray(json.dumps(ids).encode("ascii")))
    return data


def decode(data: QMimeData, mime_type: str) -> list[int]:
    """The ids carried under ``mime_type``; an empty list for anything else or malformed data."""
    if not data.hasFormat(mime_type):
        return []
    try:
        ids = json.loads(bytes(data.data(mime_type).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return []
    return ids
