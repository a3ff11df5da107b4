"""Organisations and people that own actions or take part in them."""

from __future__ import annotations

import builtins

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.entities import Action, ActionPlayer, Organisation, Person
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.services.base import Service, get_or_fail
from action_planner.model.services.convert import organisation_view, person_view
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import clean_email, clean_fields, clean_text
from action_planner.model.views import OrganisationView, PersonView


class OrganisationService(Service):
    """The workspace's address book of organisations and people."""

    def list(self) -> list[OrganisationView]:
        return self._read(
            lambda s: [organisation_view(o) for o in s.scalars(select(Organisation).order_by(Organisation.name))]
        )

    def people(self, organisation_id: int | None = None) -> builtins.list[PersonView]:
        def work(session: Session) -> builtins.list[PersonView]:
            query = select(Person).order_by(Person.name)
            if organisation_id is not None:
                query = query.where(Person.organisation_id == organisation_id)
            return [person_view(p) for p in session.scalars(query)]

        return self._read(work)

    def add(self, name: str, *, kind: str = "", country_code: str = "", website: str = "") -> OrganisationView:
        text = clean_text(name, "name", limit=300, required=True)
        values = {
            "kind": clean_text(kind, "kind", limit=100),
            "country_code": clean_text(country_code, "country_code", limit=2).upper(),
            "website": clean_text(website, "website", limit=300),
        }

        def work(session: Session) -> tuple[OrganisationView, list[Change]]:
            if session.scalar(select(Organisation).where(Organisation.name == text)) is not None:
                raise ValidationError(
                    {"name": Message(QT_TRANSLATE_NOOP("Model", "“%1” is already in the list of organisations."), text)}
                )
            org = Organisation(name=text, **values)
            session.add(org)
            session.flush()
            return organisation_view(org), [Change("organisation", "added", (org.id,))]

        return self._apply(work)

    def update(self, organisation_id: int, **values: str) -> OrganisationView:
        checks = {
            "name": lambda v: clean_text(v, "name", limit=300, required=True),
            "kind": lambda v: clean_text(v, "kind", limit=100),
            "country_code": lambda v: clean_text(v, "country_code", limit=2).upper(),
            "website": lambda v: clean_text(v, "website", limit=300),
        }

        cleaned = clean_fields(checks, values)

        def work(session: Session) -> tuple[OrganisationView, list[Change]]:
            org = get_or_fail(session, Organisation, organisation_id, "organisation")
            if "name" in cleaned and cleaned["name"] != org.name:
                clash = session.scalar(select(Organisation).where(Organisation.name == cleaned["name"]))
                if clash is not None:
                    raise ValidationError(
                        {
                            "name": Message(
                                QT_TRANSLATE_NOOP("Model", "“%1” is already in the list of organisations."),
                                cleaned["name"],
                            )
                        }
                    )
            for key, value in cleaned.items():
                setattr(org, key, value)
            return organisation_view(org), [Change("organisation", "changed", (org.id,))]

        return self._apply(work)

    def delete(self, organisation_id: int) -> OrganisationView:
        """Delete an organisation that no action names as owner or player."""

        def work(session: Session) -> tuple[OrganisationView, list[Change]]:
            org = get_or_fail(session, Organisation, organisation_id, "organisation")
            used = session.scalar(
                select(
                    or_(
                        exists().where(Action.owner_organisation_id == organisation_id),
                        exists().where(ActionPlayer.organisation_id == organisation_id),
                    )
                )
            )
            if used:
                raise ValidationError(
                    {
                        "name": Message(
                            QT_TRANSLATE_NOOP("Model", "“%1” owns or takes part in actions; remove it there first."),
                            org.name,
                        )
                    }
                )
            view = organisation_view(org)
            session.delete(org)
            return view, [Change("organisation", "removed", (organisation_id,))]

        return self._apply(work)

    def add_person(
        self, name: str, *, organisation_id: int | None = None, email: str = "", phone: str = ""
    ) -> PersonView:
        text = clean_text(name, "name", limit=200, required=True)
        mail = clean_email(email, "email")
        tel = clean_text(phone, "phone", limit=50)

        def work(session: Session) -> tuple[PersonView, list[Change]]:
            if organisation_id is not None:
                get_or_fail(session, Organisation, organisation_id, "organisation")
            person = Person(name=text, email=mail, phone=tel, organisation_id=organisation_id)
            session.add(person)
            session.flush()
            return person_view(person), [Change("organisation", "changed", (organisation_id or 0,))]

        return self._apply(work)
