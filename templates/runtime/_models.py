"""The base of every response model, and parsing that survives a newer API.

Responses are parsed straight from the JSON bytes by pydantic-core (fast path). When the
server sends something this client's spec does not know (a new enum value, a new union
variant, a missing field), validation fails and the data is built leniently instead: known
parts become models, unknown parts are kept as they came. A newer API never breaks an older
client.
"""

from __future__ import annotations

import json
from types import UnionType
from functools import lru_cache
from typing import Any, Dict, List, TypeVar, Union, cast, get_args, get_origin

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from typing_extensions import Annotated, Literal, TypeAliasType, TypeGuard

__all__ = ["BaseModel", "parse_json", "construct_type"]

_T = TypeVar("_T")
_UNION_TYPES: tuple[Any, ...] = (Union, UnionType)


class BaseModel(pydantic.BaseModel):
    model_config = ConfigDict(
        extra="allow",  # unknown fields are kept, reachable as attributes and in model_dump()
        populate_by_name=True,
        protected_namespaces=(),  # fields may be called `model_name`
        defer_build=True,  # build validators on first use: keeps `import` fast
    )

    @property
    def _request_id(self) -> str | None:
        """The `x-request-id` of the response this object was parsed from (top level only).

        Not a pydantic PrivateAttr: those are initialised in Python for every nested model and
        more than double the parse time of a page."""
        private = self.__pydantic_private__
        return private.get("_request_id") if private else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the server sent (by alias), without fields it left out."""
        # warnings=False: data kept from a newer API (an unknown union variant) is not a mistake
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(
            by_alias=True, exclude_unset=True, indent=indent, warnings=False
        )


@lru_cache(maxsize=None)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def parse_json(type_: type[_T], content: bytes) -> _T:
    """Parse a response body into `type_`: strict and fast, lenient when the data is newer."""
    try:
        if _is_model_type(type_):
            return cast(_T, type_.model_validate_json(content))
        return cast(_T, _adapter(type_).validate_json(content))
    except ValidationError:
        return cast(_T, construct_type(json.loads(content), type_))


def _is_model_type(type_: Any) -> TypeGuard[type[pydantic.BaseModel]]:
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)


def validate(type_: Any, value: object) -> Any:
    try:
        return _adapter(type_).validate_python(value)
    except ValidationError:
        return construct_type(value, type_)


def construct_type(value: object, type_: Any) -> Any:
    """Build `value` as `type_` without failing: what does not fit is kept as it is."""
    if isinstance(type_, TypeAliasType):
        return construct_type(value, type_.__value__)
    origin = get_origin(type_)
    if origin is Annotated:
        return construct_type(value, get_args(type_)[0])
    if value is None:
        return None
    if origin in _UNION_TYPES:
        return _construct_union(value, get_args(type_))
    if origin in (list, List) and isinstance(value, list):
        (item,) = get_args(type_) or (Any,)
        return [construct_type(v, item) for v in cast(List[Any], value)]
    if origin in (dict, Dict) and isinstance(value, dict):
        _, item = get_args(type_) or (Any, Any)
        return {k: construct_type(v, item) for k, v in cast(Dict[str, Any], value).items()}
    if (
        isinstance(type_, type)
        and issubclass(type_, pydantic.BaseModel)
        and isinstance(value, dict)
    ):
        return _construct_model(type_, cast(Dict[str, Any], value))
    return value  # scalars, literals (a new enum value stays as the string it is), Any


def _construct_union(value: Any, members: tuple[Any, ...]) -> Any:
    members = tuple(m for m in members if m is not type(None))
    for member in members:  # a member that validates exactly wins
        try:
            return _adapter(member).validate_python(value)
        except ValidationError:
            continue
    data: dict[str, Any] | None = cast(Dict[str, Any], value) if isinstance(value, dict) else None
    tag: Any = data.get("type") if data is not None else None
    for member in members if data is not None and tag is not None else ():
        model = _model_of(member)  # else the model whose constant `type` matches
        if model is not None and tag in _literal_values(model, "type"):
            return _construct_model(model, cast(Dict[str, Any], data))
    return cast(Any, value)  # an unknown variant: keep the data as it came


def _model_of(type_: Any) -> type[pydantic.BaseModel] | None:
    while isinstance(type_, TypeAliasType) or get_origin(type_) is Annotated:
        type_ = type_.__value__ if isinstance(type_, TypeAliasType) else get_args(type_)[0]
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return type_
    return None


def _literal_values(model: type[pydantic.BaseModel], field: str) -> tuple[Any, ...]:
    info = model.model_fields.get(field)
    if info is None or get_origin(info.annotation) is not Literal:
        return ()
    return get_args(info.annotation)


def _construct_model(model: type[pydantic.BaseModel], data: dict[str, Any]) -> pydantic.BaseModel:
    fields: dict[str, Any] = {}
    seen: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in data:
            fields[name] = construct_type(data[key], info.annotation)
            seen.add(key)
    extra = {k: v for k, v in data.items() if k not in seen}
    instance = model.model_construct(**fields)
    if extra:
        if instance.__pydantic_extra__ is None:
            object.__setattr__(instance, "__pydantic_extra__", {})
        cast(Dict[str, Any], instance.__pydantic_extra__).update(extra)
    return instance
