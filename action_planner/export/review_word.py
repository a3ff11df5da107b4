"""Comments a partner added in Word to a plan's Word export, read back as review comments on the right action.

The Word export marks the start of each action's section with a bookmark named ``ap_action_<id>`` (and of
every other part with ``ap_part_<n>``), and names its workspace and plans in custom properties. A returned
file is read once (size-limited, zip-bomb checked, parsed without entities), never written; each comment is
placed by where its range starts (or, failing that, its reference mark): in the section of the last action
marked before it. A comment outside every action, or on an action since deleted, is reported as not
attached rather than dropped; a comment already kept from an earlier import is left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from action_planner.export.docx_identity import (
    FORMAT,
    FORMAT_PROPERTY,
    PLANS_PROPERTY,
    SIGNATURE_PROPERTY,
    WORKSPACE_PROPERTY,
    read_custom,
)
from action_planner.model.messages import Message
from action_planner.model.review import ACTION_BOOKMARK, PART_MARK, Comment, proposal_key
from action_planner.model.services import Services
from action_planner.model.translatable import QT_TRANSLATE_NOOP

WORD_UNREADABLE = QT_TRANSLATE_NOOP("Model", "the Word document cannot be read (%1).")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT_PART = "word/document.xml"
CUSTOM_PART = "docProps/custom.xml"
#: Word allows 40 characters in a bookmark name; ours are ap_action_ and up to 12 digits.
_ACTION_MARK = re.compile(rf"^{ACTION_BOOKMARK}([0-9]{{1,12}})$")
_PART_MARK = re.compile(rf"^{PART_MARK}[0-9]+$")
_AUTHOR_AND_ORGANISATION = re.compile(r"^\s*(?P<name>[^()]+?)\s*\((?P<organisation>[^()]+)\)\s*$")
#: How much of the commented text the dialog shows beside the comment's place.
EXCERPT = 60


class WordReviewRefused(Exception):
    """The file as a whole is refused; ``problem`` says why in the planner's words."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


@dataclass(frozen=True, slots=True)
class WordComments:
    """What one returned Word file brings: comments on actions, and the comments that fit no action."""

    reviewers: tuple[str, ...]
    organisations: tuple[str, ...]
    comments: tuple[Comment, ...]
    unattached: tuple[str, ...]  # "Word comment 3 by Anna (on “…”): …: it is outside every action"
    count: int  # comments in the file


def is_word_document(archive: zipfile.ZipFile) -> bool:
    return DOCUMENT_PART in archive.namelist()


def read_word_comments(services: Services, data: bytes) -> WordComments:
    """Read the comments of a returned Word export (``data``: its bytes, already size- and zip-checked)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if CUSTOM_PART not in names:
            raise WordReviewRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Model",
                        "it carries no Action Planner marks (it is not a Word export of this app, or they were "
                        "removed); export the plan to Word again and send that file.",
                    )
                )
            )
        custom = read_custom(archive.read(CUSTOM_PART))
    plan_ids = _check_identity(services, custom)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds of error for a damaged file
        raise WordReviewRefused(Message(WORD_UNREADABLE, type(exc).__name__)) from None
    places = _Walk().run(document.element.body)
    actions = services.reviews.action_ids(plan_ids)
    kept = services.reviews.commented(sorted(actions))
    known = _people(services)
    comments: list[Comment] = []
    unattached: list[str] = []
    count = 0
    for item in document.comments:
        count += 1
        text = item.text.strip()[:5000]
        if not text:
            continue
        author, organisation = _author(item.author or "", item.initials or "", known)
        author, organisation = author[:200], organisation[:300]
        place = places.get(item.comment_id)
        where = _where(count, place)  # numbered as Word shows them, from 1
        action_id = place.action_id if place is not None else None
        if action_id is None or action_id not in actions:
            problem = Message(
                QT_TRANSLATE_NOOP("Model", "it is outside every action")
                if action_id is None
                else QT_TRANSLATE_NOOP(
                    "Model", "its action is no longer in the plan (deleted since, or its mark in the file was changed)"
                )
            )
            unattached.append(
                Message(QT_TRANSLATE_NOOP("Model", "%1 by %2: “%3”: %4."), where, author or "?", text[:200], problem)
            )
            continue
        if (action_id, author, text) in kept:
            continue  # kept from an earlier import of this file (or another copy of it)
        when = item.timestamp.date() if item.timestamp is not None else None
        key = proposal_key(0, author, "word", str(action_id), when.isoformat() if when else "", text)
        comments.append(Comment(key, None, action_id, author, organisation, text, where, when))
    return WordComments(
        reviewers=tuple(dict.fromkeys(c.reviewer for c in comments)),
        organisations=tuple(dict.fromkeys(c.organisation for c in comments if c.organisation)),
        comments=tuple({c.key: c for c in comments}.values()),
        unattached=tuple(unattached),
        count=count,
    )


def _check_identity(services: Services, custom: Mapping[str, str]) -> tuple[int, ...]:
    if custom.get(FORMAT_PROPERTY) != FORMAT:
        raise WordReviewRefused(
            Message(QT_TRANSLATE_NOOP("Model", "its Action Planner marks are not ones this version wrote."))
        )
    workspace_id, named = services.reviews.workspace_id(), custom.get(WORKSPACE_PROPERTY, "")
    if not named:
        raise WordReviewRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "it does not name its workspace (it was exported while the workspace was open read-only); "
                    "export the plan to Word again and send that file.",
                )
            )
        )
    if named != workspace_id:
        raise WordReviewRefused(
            Message(
                QT_TRANSLATE_NOOP("Model", "it was exported from another workspace; open that workspace to import it.")
            )
        )
    plans = custom.get(PLANS_PROPERTY, "")
    if not services.reviews.word_signed(plans, custom.get(SIGNATURE_PROPERTY, "")):
        raise WordReviewRefused(
            Message(QT_TRANSLATE_NOOP("Model", "its list of plans was changed since it was exported."))
        )
    return tuple(int(p) for p in plans.split(",") if p.strip())


@dataclass(frozen=True, slots=True)
class _Place:
    action_id: int | None
    excerpt: str


class _Walk:
    """The body in document order: whose section each comment starts in (the last part mark before it), and
    the words the comment is on (until its range or reference closes)."""

    def __init__(self) -> None:
        self.action: int | None = None  # the action whose section the walk is in
        self.open: dict[int, tuple[int | None, list[str]]] = {}
        self.places: dict[int, _Place] = {}

    def run(self, body: Any) -> dict[int, _Place]:
        handlers = {
            f"{W}bookmarkStart": self._bookmark_start,
            f"{W}commentRangeStart": self._start,
            f"{W}commentRangeEnd": self._end,
            f"{W}commentReference": self._reference,
            f"{W}t": self._text,
        }
        for element in body.iter(*handlers):
            handlers[element.tag](element)
        for ident in list(self.open):  # a range never closed
            self._close(ident)
        return self.places

    def _bookmark_start(self, element: Any) -> None:
        name = element.get(f"{W}name", "")
        match = _ACTION_MARK.match(name)
        if match:
            self.action = int(match[1])
        elif _PART_MARK.match(name):
            self.action = None

    def _start(self, element: Any) -> None:
        ident = _int(element.get(f"{W}id"))
        if ident is not None and ident not in self.open and ident not in self.places:
            self.open[ident] = (self.action, [])

    def _end(self, element: Any) -> None:
        ident = _int(element.get(f"{W}id"))
        if ident in self.open:
            self._close(ident)

    def _reference(self, element: Any) -> None:
        """The mark where a comment is shown: its place when it has no range of its own."""
        self._start(element)
        self._end(element)

    def _close(self, ident: int) -> None:
        action, words = self.open.pop(ident)
        self.places[ident] = _Place(action, "".join(words).strip())

    def _text(self, element: Any) -> None:
        for _, words in self.open.values():
            if sum(len(w) for w in words) < EXCERPT:
                words.append(element.text or "")


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _people(services: Services) -> dict[str, str]:
    """The organisation of each person the workspace knows, by the person's name (case-folded)."""
    names = {o.id: o.name for o in services.organisations.list()}
    return {
        p.name.casefold(): names[p.organisation_id]
        for p in services.organisations.people()
        if p.organisation_id is not None and p.organisation_id in names
    }


def _author(author: str, initials: str, known: Mapping[str, str]) -> tuple[str, str]:
    """The reviewer and their organisation: “Anna Rossi (ERVET)” gives both; a person the workspace knows
    gives their organisation; else the organisation is the initials Word keeps (all it says of the author)."""
    match = _AUTHOR_AND_ORGANISATION.match(author)
    if match:
        return match["name"].strip(), match["organisation"].strip()
    name = author.strip()
    return name, known.get(name.casefold(), initials.strip())


def _where(number: int, place: _Place | None) -> str:
    if place is None or not place.excerpt:
        return Message(QT_TRANSLATE_NOOP("Model", "Word comment %1"), str(number))
    excerpt = place.excerpt if len(place.excerpt) <= EXCERPT else place.excerpt[: EXCERPT - 1] + "…"
    return Message(QT_TRANSLATE_NOOP("Model", "Word comment %1 on “%2”"), str(number), excerpt)
