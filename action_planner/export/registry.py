"""The export formats, listed once: name, suffix, label and where the exporter lives, loaded only when asked."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from action_planner.export.request import ExportFormat
from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from action_planner.export.base import Exporter


DOCX = ExportFormat("docx", ".docx", "Word document", "action_planner.export.docx_export", "DocxExporter")
XLSX = ExportFormat("xlsx", ".xlsx", "Excel workbook", "action_planner.export.xlsx_export", "XlsxExporter")
PDF = ExportFormat("pdf", ".pdf", "PDF document", "action_planner.export.pdf_export", "PdfExporter")

#: Every format, in the order the window offers them.
FORMATS: tuple[ExportFormat, ...] = (DOCX, XLSX, PDF)
NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)


def export_format(name: str) -> ExportFormat:
    """The format called ``name``; refuses an unknown one in the planner's words."""
    for candidate in FORMATS:
        if candidate.name == name:
            return candidate
    raise ActionPlannerError(
        Message(
            QT_TRANSLATE_NOOP("Model", "“%1” is not an export format (choose one of: %2)."),
            name,
            ", ".join(sorted(NAMES)),
        )
    )


def exporter_class(name: str) -> type[Exporter]:
    """The exporter of the format ``name``, importing its module (and its library) now."""
    chosen = export_format(name)
    exporter: type[Exporter] = getattr(importlib.import_module(chosen.module), chosen.class_name)
    return exporter


class _Exporters(Mapping[str, "type[Exporter]"]):
    """The exporter classes by format name, each imported the first time it is looked up."""

    def __getitem__(self, name: str) -> type[Exporter]:
        if name not in NAMES:
            raise KeyError(name)
        return exporter_class(name)

    def __iter__(self) -> Iterator[str]:
        return iter(NAMES)

    def __len__(self) -> int:
        return len(NAMES)


#: The exporter classes by format name (``EXPORTERS["docx"]().export(...)``), loaded lazily.
EXPORTERS: Mapping[str, type[Exporter]] = _Exporters()
