"""The intervention catalogue: search, filter by theme, read the details, add to the plan (button or drag)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.changes import Change
from action_planner.model.views import InterventionView
from action_planner.typing_compat import override
from action_planner.ui import catalogue_texts, labels
from action_planner.ui.catalogue_editor import InterventionEditor
from action_planner.ui.commands.catalogue import DeleteIntervention
from action_planner.ui.dialogs import show_message
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.models.catalogue import InterventionsModel


class CatalogueBrowser(QWidget):
    """Emits ``add_requested([intervention id])`` for "Add to plan"; rows can also be dragged onto the table.

    New…, Edit… (or a double-click) and Delete change the catalogue through undo commands.
    """

    add_requested = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = InterventionsModel(document, self)
        self._indicator_names = self._indicators()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalogue"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.setClearButtonEnabled(True)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme filter"))
        self.theme.addItem(self.tr("All themes"), None)
        language = catalogue_texts.ui_language()
        for theme in document.services.catalogue.themes():
            self.theme.addItem(catalogue_texts.theme(theme, language).name, theme.code)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Catalogue interventions"))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Intervention details"))
        self.details.setOpenLinks(False)
        self.add_button = QPushButton(self.tr("Add to Plan"))
        self.add_button.setToolTip(self.tr("Add the selected intervention as a new action (or drag it onto the table)"))
        self.add_button.clicked.connect(self.request_add)
        self._keep_code: str | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.theme):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._editing_buttons())
        layout.addWidget(self.add_button)
        self.search.textChanged.connect(self._filter)
        self.theme.currentIndexChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(self._show)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._select_first)
        document.bridge.changed.connect(self._on_changes)
        self._can_add = False
        self._select_first()

    def _editing_buttons(self) -> QHBoxLayout:
        """New…, Edit… and Delete for catalogue entries (Delete also on the list's Delete key)."""
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add an intervention to the catalogue"))
        self.new_button.clicked.connect(self.new_intervention)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected intervention (or double-click it)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove the selected intervention from the catalogue (undoable)"))
        self.delete_button.clicked.connect(self.delete_selected)
        remove = QAction(self.tr("Delete Intervention"), self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_selected)
        self.list.addAction(remove)
        add = QAction(self.tr("Add to Plan"), self.list)
        add.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        add.triggered.connect(self.request_add)
        self.list.addAction(add)
        down = QAction(self.tr("Go to the interventions"), self.search)
        down.setShortcut(QKeySequence("Down"))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self.list.setFocus)
        self.search.addAction(down)
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return row

    @override
    def sizeHint(self) -> QSize:
        """Room for about 46 characters: docks start at this width."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 46, metrics.lineSpacing() * 40)

    def set_can_add(self, allowed: bool) -> None:
        self._can_add = allowed
        self._update_button()

    def selected(self) -> InterventionView | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def request_add(self) -> None:
        item = self.selected()
        if item is not None and self._can_add:
            self.add_requested.emit([item.id])

    def select_code(self, code: str) -> bool:
        """Select the intervention with this code, if the list shows it."""
        for row, item in enumerate(self.model.items):
            if item.code == code:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def new_intervention(self) -> InterventionEditor:
        return self._open_editor(None)

    def edit_selected(self) -> InterventionEditor | None:
        item = self.selected()
        return self._open_editor(item) if item is not None else None

    def _open_editor(self, item: InterventionView | None) -> InterventionEditor:
        """A non-modal editor; once it has saved, the list selects the entry."""
        own = self.model.stored.get(item.id, item) if item is not None else None  # the stored texts, not the shown
        editor = InterventionEditor(self.document, own, self)
        editor.accepted.connect(lambda: self._editor_saved(editor))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_saved(self, editor: InterventionEditor) -> None:
        if editor.saved is not None:
            self.select_code(editor.saved.code)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        own = self.model.stored.get(item.id, item)  # undo restores the stored texts, not the shown ones
        command = self.document.undo_stack.run(DeleteIntervention(self.document.services, own))
        if command.error is not None:
            show_message(self, self.tr("Delete Intervention"), error_text(command.error))

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "catalogue" for c in changes):
            self._indicator_names = self._indicators()
            current = self.list.currentIndex()
            if current.isValid():
                self._show(current, current)

    def _indicators(self) -> dict[str, str]:
        """Each indicator's name in the planner's language, by code (for the suggested KPIs)."""
        language = catalogue_texts.ui_language()
        return {
            i.code: catalogue_texts.indicator(i, language).name for i in self.document.services.catalogue.indicators()
        }

    def _remember_selection(self) -> None:
        item = self.selected()
        self._keep_code = item.code if item is not None else None

    def _filter(self) -> None:
        self.model.search(self.search.text(), self.theme.currentData())

    def _select_first(self) -> None:
        kept, self._keep_code = self._keep_code, None
        if kept is not None and self.select_code(kept):
            pass
        elif self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.details.setHtml(html.escape(self.tr("No intervention matches the search.")))
        self._update_button()

    def _update_button(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self._can_add and chosen)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_button()
        if current.isValid():
            self.details.setHtml(self._describe(self.model.item(current.row())))

    def _describe(self, item: InterventionView) -> str:
        e = html.escape
        parts = [
            f"<h3>{e(item.code)} · {e(item.name)}</h3>",
            f"<p><i>{e(item.theme_name)}</i></p>",
            f"<p>{e(item.description)}</p>",
        ]
        if item.duration_months_min or item.duration_months_max:
            parts.append(_field(self.tr("Typical duration:"), self._duration(item)))
        if item.cost_min is not None or item.cost_max is not None:
            currency = item.cost_currency or ""
            low, high = labels.money(item.cost_min, currency), labels.money(item.cost_max, currency)
            parts.append(_field(self.tr("Typical cost:"), f"{low} – {high} {currency}"))
        if item.cost_facts:
            parts.append(_field(self.tr("Cost facts:"), item.cost_facts))
        if item.suggested:
            kpis = "".join(f"<li>{e(code)} — {e(self._indicator_names.get(code, ''))}</li>" for code in item.suggested)
            heading = self.tr("Suggested KPIs:")
            parts.append(f"<p><b>{e(heading)}</b></p><ul>{kpis}</ul>")
        if item.source:
            source = self.tr("Source: %1").replace("%1", item.source)
            parts.append(f"<p><small>{e(source)}</small></p>")
        return "".join(parts)

    def _duration(self, item: InterventionView) -> str:
        """ "6 months", or "6–12 months" (a range agrees in number with its upper end, as Polish needs)."""
        low, high = item.duration_months_min, item.duration_months_max
        if low and high and low != high:
            text = self.tr("%1–%n month(s)", "a typical duration from %1 to %n months", high)
            return labels.counted(text, high).replace("%1", str(low))
        months = high or low or 0
        return labels.counted(self.tr("%n month(s)", "", months), months)


def _field(label: str, value: str) -> str:
    """A paragraph of the details: a label in bold ("Typical cost:") and its value."""
    return f"<p><b>{html.escape(label)}</b> {html.escape(value)}</p>"
