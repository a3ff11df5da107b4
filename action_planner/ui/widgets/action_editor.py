"""The action editor: every field of the selected action, its owner and players, budget and KPIs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QTabWidget, QWidget

from action_planner.model.advice import action_advice
from action_planner.model.changes import Change
from action_planner.model.enums import ActionStatus, Priority
from action_planner.model.errors import ConflictError, NotFoundError, ValidationError
from action_planner.model.views import ActionView
from action_planner.ui import catalogue_texts, labels
from action_planner.ui.advice import advice_lines
from action_planner.ui.commands.actions import EditAction
from action_planner.ui.conflict_dialog import ConflictDialog
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text, render
from action_planner.ui.refusal import hint_label
from action_planner.ui.review.comments import CommentsPanel
from action_planner.ui.widgets.budget_editor import BudgetEditor
from action_planner.ui.widgets.forms import FormBinder
from action_planner.ui.widgets.kpi_editor import KpiEditor
from action_planner.ui.widgets.players_editor import PlayersEditor

_OWNER_FIELDS = ("owner_organisation", "owner_person", "owner_email")


class ActionEditor(QTabWidget):
    """Tabs: Details, Owner and players, Budget, KPIs, Review comments. Each edit is one undoable command."""

    def __init__(self, document: Document, organisations: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view: ActionView | None = None
        self.conflict_dialog: ConflictDialog | None = None  # the last one asked (tests click its buttons)
        self._texts = {
            "title": self.tr("Change title"),
            "theme": self.tr("Change theme"),
            "status": self.tr("Change status"),
            "priority": self.tr("Change priority"),
            "start_date": self.tr("Change timeframe"),
            "end_date": self.tr("Change timeframe"),
            "pilot": self.tr("Change pilot flag"),
            "impact": self.tr("Change impact score"),
            "effort": self.tr("Change effort score"),
            "background": self.tr("Change background"),
            "description": self.tr("Change description"),
            "notes": self.tr("Change notes"),
        }
        self.details = self._details_form()
        self.players = PlayersEditor(document, organisations, self._commit)
        self.budget = BudgetEditor(document)
        self.kpis = KpiEditor(document)
        self.addTab(self._scrolling(self.details_page), self.tr("&Details"))
        self.addTab(self._scrolling(self.players), self.tr("&Owner and players"))
        self.addTab(self.budget, self.tr("&Budget"))
        self.addTab(self.kpis, self.tr("&KPIs"))
        self.comments = CommentsPanel(document)
        self.comments_tab = self.addTab(
            self.comments, self.tr("Review comments")
        )  # no Alt letter: every letter of it is taken on this page
        document.bridge.changed.connect(self._on_changes)
        self.set_action(None)

    def _details_form(self) -> FormBinder:
        self.details_page = QWidget()
        form = QFormLayout(self.details_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.advice = hint_label()  # warnings worth a look; nothing is refused for them
        self.advice.setAccessibleName(self.tr("Worth a look"))
        form.addRow(self.advice)
        binder = FormBinder(form, self._commit, self)
        binder.line("title", self.tr("Tit&le:"))
        stored = self.document.services.catalogue.themes()
        themes = [(catalogue_texts.theme_name(t.code, t.name), t.code) for t in stored]
        binder.choice("theme", self.tr("The&me:"), themes)
        binder.choice("status", self.tr("Stat&us:"), [(labels.action_status(s), s) for s in ActionStatus])
        binder.choice("priority", self.tr("Priorit&y:"), [(labels.priority(p), p) for p in Priority])
        start = binder.date("start_date", self.tr("Sta&rt:"))
        start.reference = lambda: self._period(first=True)
        end = binder.date("end_date", self.tr("E&nd:"))
        end.reference = lambda: self._period(first=False)
        binder.check("pilot", self.tr("Pilot action (phase 2):"))
        binder.score("impact", self.tr("&Impact (1–5):"))
        binder.score("effort", self.tr("Effor&t (1–5):"))
        binder.text("background", self.tr("Back&ground (how the project led to it):"))
        binder.text("description", self.tr("A&ction (what will be done):"), lines=6)
        binder.text("notes", self.tr("Note&s:"), lines=3)
        return binder

    def _period(self, *, first: bool) -> date | None:
        """Where an empty date's calendar opens: the action's other date, else the plan's first start or last end."""
        view = self.view
        if view is None:
            return None
        own = (view.start_date or view.end_date) if first else (view.end_date or view.start_date)
        if own is not None:
            return own
        actions = self.document.services.actions.list(view.plan_id)
        days = [d for a in actions for d in ((a.start_date,) if first else (a.end_date, a.start_date)) if d]
        if not days:
            return None
        return min(days) if first else max(days)

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def edit_fields(self) -> None:
        """Show the Details tab with the title focused and selected, ready to type over."""
        self.setCurrentIndex(0)
        title = self.details.fields["title"].widget
        title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(title, QLineEdit):
            title.selectAll()

    # -- the action shown ----------------------------------------------------------------

    def set_action(self, action_id: int | None) -> None:
        self.view = None
        if action_id is not None:
            try:
                self.view = self.document.services.actions.get(action_id)
            except NotFoundError:
                self.view = None
        self._show(fresh=True)

    def _resolve(self, conflict: ConflictError, text: str) -> None:
        """Another planner changed the field meanwhile: show theirs now, and ask whether to keep mine."""
        assert self.view is not None
        action_id = self.view.id
        theirs = {field: their for field, _original, their, _mine in conflict.conflicts}
        self._reload()
        labels = {name: f.widget.accessibleName().rstrip(":") for name, f in self.details.fields.items()}

        def keep(values: dict[str, object]) -> None:
            command = EditAction(self.document.services, action_id, values, text, theirs)
            self.document.undo_stack.run(command)
            if command.error is not None:
                self.document.undo_stack.failed.emit(error_text(command.error))
            self._reload()

        self.conflict_dialog = ConflictDialog.ask(self, conflict, labels, keep)

    def _reload(self) -> None:
        if self.view is not None:
            self.set_action(self.view.id)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.view is None:
            return
        if any(c.plan_id in (None, self.view.plan_id) for c in changes):
            try:
                self.view = self.document.services.actions.get(self.view.id)
            except NotFoundError:
                self.view = None
            self._show(fresh=self.view is None)

    def _show(self, *, fresh: bool) -> None:
        view = self.view
        enabled = view is not None
        self.setEnabled(enabled)
        if view is not None:
            values = {name: getattr(view, name) for name in self.details.fields}
            values.update({name: getattr(view, name) for name in _OWNER_FIELDS})
            self.details.load(values, fresh=fresh)
            self.players.owner.load(values, fresh=fresh)
        self._show_advice(view)
        self.players.set_view(view)
        self.budget.set_view(view, fresh=fresh)
        self.kpis.set_view(view, fresh=fresh)
        self.comments.set_action(view.id if view is not None else None)
        count = self.comments.model.rowCount()
        title = self.tr("Review comments (%1)").replace("%1", str(count)) if count else self.tr("Review comments")
        self.setTabText(self.comments_tab, title)

    def _show_advice(self, view: ActionView | None) -> None:
        text = advice_lines(action_advice(view)) if view is not None else ""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def _commit(self, values: dict[str, object]) -> Mapping[str, str]:
        if self.view is None:
            return {}
        name = next(iter(values))
        text = self._texts.get(name, self.tr("Change owner"))
        shown = {field: getattr(self.view, field) for field in values}
        command = self.document.undo_stack.run(EditAction(self.document.services, self.view.id, values, text, shown))
        if isinstance(command.error, ConflictError):
            self._resolve(command.error, text)
            return {}
        if isinstance(command.error, ValidationError):
            return {field: render(message) for field, message in command.error.errors.items()}
        return {name: error_text(command.error)} if command.error is not None else {}
