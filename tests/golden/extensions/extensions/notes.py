"""Hand-written helpers for `client.notes` (copied verbatim into the package)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, List, cast

from ..models import Note
from ._shared import clean

if TYPE_CHECKING:
    from ..resources.notes import AsyncNotes, Notes


class NotesMixin:
    @property
    def _resource(self) -> Notes:
        return cast("Notes", self)

    def create_many(self, texts: Iterable[str]) -> List[Note]:
        """One note per text, in order."""
        return [self._resource.create(text=clean(text)) for text in texts]


class AsyncNotesMixin:
    @property
    def _resource(self) -> AsyncNotes:
        return cast("AsyncNotes", self)

    async def create_many(self, texts: Iterable[str]) -> List[Note]:
        return [await self._resource.create(text=clean(text)) for text in texts]
