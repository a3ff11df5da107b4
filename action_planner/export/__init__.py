"""Exporters (Word, Excel, PDF) behind one interface; importing the package registers them in ``EXPORTERS``."""

from action_planner.export import docx_export as _docx_export  # noqa: F401  (registers the format)
from action_planner.export import pdf_export as _pdf_export  # noqa: F401
from action_planner.export import xlsx_export as _xlsx_export  # noqa: F401
