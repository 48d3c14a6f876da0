"""Types shared by the client and the generated resources."""

from __future__ import annotations

import os
from typing import (
    IO,
    Any,
    Dict,
    Mapping,
    Protocol,
    Sequence,
    SupportsIndex,
    Tuple,
    TypeVar,
    Union,
    overload,
)

import httpx
from typing_extensions import Literal, TypeAlias, final, override

_T_co = TypeVar("_T_co", covariant=True)


@final
class NotGiven:
    """The default of every optional argument: "not given" is left off the request, while an
    explicit `None` is sent as JSON null."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers: TypeAlias = Mapping[str, Union[str, NotGiven]]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = Union[float, httpx.Timeout, None]

FileContent: TypeAlias = Union[bytes, IO[bytes], os.PathLike[str]]
FileTypes: TypeAlias = Union[
    FileContent,
    Tuple[Union[str, None], FileContent],
    Tuple[Union[str, None], FileContent, Union[str, None]],
]
"""What `file=` accepts: bytes, an open binary file, a path, or a (filename, content[, type])."""

JSONObject: TypeAlias = Dict[str, Any]


class SequenceNotStr(Protocol[_T_co]):
    """A sequence that is not a `str`: `list[str]` or `tuple[str, ...]` pass, a bare `"abc"` does
    not, although a `str` is a `Sequence[str]` too."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Any: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
    def __reversed__(self) -> Any: ...
