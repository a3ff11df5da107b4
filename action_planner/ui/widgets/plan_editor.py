"""The plan details: Part I (general information) and Part II (policy context) of the Interreg template."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from action_planner.model.changes import Change
from action_planner.model.enums import InstrumentType, PlanStatus
from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.views import PlanView
from action_planner.ui import labels
from action_planner.ui.commands.regions import EditPlan
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.widgets.forms import FormBinder


class PlanEditor(QScrollArea):
    """Three groups of fields; each edit of a field is one undoable command."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view: PlanView | None = None
        self.setWidgetResizable(True)
        self.page = page = QWidget()
        column = QVBoxLayout(page)
        self._texts: dict[str, str] = {}

        part1, form1 = self._group(self.tr("Part I – General information"))
        self.part1 = FormBinder(form1, self._commit, self)
        self.part1.line("title", self.tr("Plan &title:"))
        self.part1.line("project", self.tr("Pro&ject:"))
        self.part1.line("partner_organisation", self.tr("Partner &organisation:"))
        self.part1.text("other_partners", self.tr("Othe&r partner organisations involved:"), lines=2)
        self.region = QLabel()
        self.region.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form1.addRow(self.tr("Country and region:"), self.region)
        self.part1.line("contact_name", self.tr("Contact &name:"))
        self.part1.line("contact_email", self.tr("Contact e-&mail:"))
        self.part1.line("contact_phone", self.tr("&Contact phone:"))

        part2, form2 = self._group(self.tr("Part II – Policy context"))
        self.part2 = FormBinder(form2, self._commit, self)
        instruments = [(labels.instrument_type(t), t) for t in InstrumentType]
        self.part2.choice("instrument_type", self.tr("The plan aims to &impact:"), instruments)
        self.part2.line("instrument_name", self.tr("Polic&y instrument addressed:"))
        self.part2.text("context", self.tr("Local conte&xt and challenges:"), lines=5)

        part3, form3 = self._group(self.tr("Language, currency and endorsement"))
        self.other = FormBinder(form3, self._commit, self)
        self.other.line("language", self.tr("&Language (code):"), self.tr("en, it, es, sv, pl"))
        self.other.text("english_summary", self.tr("En&glish summary:"), lines=3)
        self.other.line("currency", self.tr("C&urrency (ISO code):"), self.tr("EUR"))
        self.other.choice("status", self.tr("&Status:"), [(labels.plan_status(s), s) for s in PlanStatus])
        self.other.date("endorsement_date", self.tr("Endorsement &date:"))
        self.other.line("signatory", self.tr("Signatory:"))

        for group in (part1, part2, part3):
            column.addWidget(group)
        column.addStretch(1)
        self.setWidget(page)
        document.bridge.changed.connect(self._on_changes)
        self.set_plan(None)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def set_plan(self, plan_id: int | None) -> None:
        self.view = None
        if plan_id is not None:
            try:
                self.view = self.document.services.plans.get(plan_id)
            except NotFoundError:
                self.view = None
        self._show(fresh=True)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.view is not None and any(c.entity in ("plan", "region") for c in changes):
            self.set_plan_keeping_input()

    def set_plan_keeping_input(self) -> None:
        assert self.view is not None
        try:
            self.view = self.document.services.plans.get(self.view.id)
        except NotFoundError:
            self.view = None
        self._show(fresh=self.view is None)

    def _show(self, *, fresh: bool) -> None:
        view = self.view
        self.page.setEnabled(view is not None)
        if view is None:
            self.region.clear()
            return
        region = self.document.services.regions.get(view.region_id)
        country = labels.country(region.country_code, region.country_name)
        self.region.setText(f"{country} · {region.name} ({region.code})")
        for binder in (self.part1, self.part2, self.other):
            binder.load({name: getattr(view, name) for name in binder.fields}, fresh=fresh)

    def _commit(self, values: dict[str, object]) -> Mapping[str, str]:
        if self.view is None:
            return {}
        text = self.tr("Rename plan") if "title" in values else self.tr("Change plan details")
        shown = {name: getattr(self.view, name) for name in values}  # what the planner edited from
        command = self.document.undo_stack.run(EditPlan(self.document.services, self.view.id, values, text, shown))
        if isinstance(command.error, ValidationError):
            return command.error.errors
        return {next(iter(values)): error_text(command.error)} if command.error is not None else {}
