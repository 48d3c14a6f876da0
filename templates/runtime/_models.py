"""The base of every response model, and parsing that survives a newer API.

Responses are parsed straight from the JSON bytes by pydantic-core (fast path). When the
server sends something this client's spec does not know (a new enum value, a new union
variant, a missing or null field), validation fails and the data is built leniently instead:
every object the spec describes becomes its model at every depth, an object of an unknown
union variant becomes an `Unknown` model (its fields are attributes too), a declared field
the server left out reads as None, and values of an unexpected type are kept as they came.
A newer API never breaks an older client.
"""

from __future__ import annotations

import gc
import json
from types import UnionType
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Dict, List, TypeVar, Union, cast, get_args, get_origin

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from typing_extensions import Annotated, Literal, TypeAliasType, TypeGuard

__all__ = ["BaseModel", "Unknown", "parse_json", "construct_type"]

_T = TypeVar("_T")
_UNION_TYPES: tuple[Any, ...] = (Union, UnionType)


class _ResolvedFields:
    """`Model.model_fields`, the class completed on first read (once per class).

    With `defer_build` a class is completed (its annotations resolved, its validator built)
    on its first validation; the classes nested in it are validated by the outer validator
    and stay incomplete: their `model_fields` hold `ForwardRef`s for the classes defined
    below them in `models.py`, which code walking the fields of a model (the SDK's
    `assert_matches_type`, serializers, form builders) cannot use. Reading them completes
    the class, so nothing is built until something asks; the read itself is pydantic's
    (a read on an instance warns as pydantic's does)."""

    def __init__(self) -> None:
        self._pydantic: Any = pydantic.BaseModel.__dict__["model_fields"]

    def __get__(self, instance: object, owner: type[pydantic.BaseModel]) -> dict[str, FieldInfo]:
        if not owner.__pydantic_complete__:
            owner.model_rebuild(raise_errors=False)
        return self._pydantic.__get__(instance, owner)


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

    if not TYPE_CHECKING:  # pyright keeps pydantic's signatures

        def model_dump(self, **kwargs):
            # A leniently built object holds values its annotations do not expect (a new enum
            # value, an unknown variant, None for a required field): pydantic would warn.
            if _is_lenient(self):
                kwargs.setdefault("warnings", False)
            return super().model_dump(**kwargs)

        def model_dump_json(self, **kwargs):
            if _is_lenient(self):
                kwargs.setdefault("warnings", False)
            return super().model_dump_json(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the server sent (by alias), without fields it left out."""
        # warnings=False: data kept from a newer API (an unknown union variant) is not a mistake
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(
            by_alias=True, exclude_unset=True, indent=indent, warnings=False
        )


if not TYPE_CHECKING:  # pyright keeps pydantic's signature; set after the class, not a field
    BaseModel.model_fields = _ResolvedFields()


class Unknown(BaseModel):
    """An object of a union variant this client's spec does not know (a newer API's): the
    fields the server sent are attributes (`obj.type`), `to_dict()` gives the data back."""


def _is_lenient(model: pydantic.BaseModel) -> bool:
    private = model.__pydantic_private__
    return bool(private and private.get("_lenient"))


@lru_cache(maxsize=None)
def _adapter(type_: Any) -> TypeAdapter[Any]:
    return TypeAdapter(type_)


def parse_json(type_: type[_T], content: bytes) -> _T:
    """Parse a response body into `type_`: strict and fast, lenient when the data is newer.

    The cyclic garbage collector is paused meanwhile (unless it is off already): a page of 100
    objects allocates thousands of models, all alive until the parse ends, and collections
    triggered in the middle find nothing to free but move them to older generations, which
    then brings on full collections of the whole process (40% of a page's CPU, measured).
    Objects are still counted: the next allocation after the parse collects them once."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        if _is_model_type(type_):
            return cast(_T, type_.model_validate_json(content))
        return cast(_T, _adapter(type_).validate_json(content))
    except ValidationError:
        return cast(_T, construct_type(json.loads(content), type_))
    finally:
        if paused:
            gc.enable()


def _is_model_type(type_: Any) -> TypeGuard[type[pydantic.BaseModel]]:
    return isinstance(type_, type) and issubclass(type_, pydantic.BaseModel)


def validate(type_: Any, value: object) -> Any:
    try:
        return _adapter(type_).validate_python(value)
    except ValidationError:
        return construct_type(value, type_)


def model_fields(model: type[pydantic.BaseModel]) -> dict[str, FieldInfo]:
    """The fields of `model` with their annotations resolved.

    With `defer_build` a model is completed on its first validation, and validating an outer
    model does not complete the models nested in it: until then their annotations are still
    `ForwardRef`s, from which nothing can be built. `model_rebuild` resolves them (once)."""
    if not model.__pydantic_complete__:
        model.model_rebuild()
    return model.model_fields


def _unwrap(type_: Any) -> Any:
    """`type_` without type aliases and `Annotated` metadata."""
    while True:
        if isinstance(type_, TypeAliasType):
            type_ = type_.__value__
        elif get_origin(type_) is Annotated:
            type_ = get_args(type_)[0]
        else:
            return type_


def construct_type(value: object, type_: Any) -> Any:
    """Build `value` as `type_` without failing: what does not fit is kept as it is."""
    type_ = _unwrap(type_)
    if value is None:
        return None
    origin = get_origin(type_)
    if origin in _UNION_TYPES:
        return _construct_union(value, _union_members(type_))
    if origin in (list, List) and isinstance(value, list):
        (item,) = get_args(type_) or (Any,)
        return [construct_type(v, item) for v in cast(List[Any], value)]
    if origin in (dict, Dict) and isinstance(value, dict):
        _, item = get_args(type_) or (Any, Any)
        return {k: construct_type(v, item) for k, v in cast(Dict[str, Any], value).items()}
    if _is_model_type(type_) and isinstance(value, dict):
        return _construct_model(type_, cast(Dict[str, Any], value))
    return value  # scalars, literals (a new enum value stays as the string it is), Any


def _union_members(type_: Any) -> tuple[Any, ...]:
    """The members of a union, nested unions and aliases flattened, without None."""
    members: list[Any] = []
    for member in get_args(type_):
        member = _unwrap(member)
        if get_origin(member) in _UNION_TYPES:
            members.extend(_union_members(member))
        elif member is not type(None):
            members.append(member)
    return tuple(members)


def _construct_union(value: Any, members: tuple[Any, ...]) -> Any:
    for member in members:  # a member that validates exactly wins
        try:
            return _adapter(member).validate_python(value)
        except ValidationError:
            continue
    if isinstance(value, dict):
        data = cast(Dict[str, Any], value)
        models = [m for m in members if _is_model_type(m)]
        if not models:
            return data  # a union of non-objects: kept as it came
        tag: Any = data.get("type")
        if tag is not None and any(_literal_values(m, "type") for m in models):
            # the models whose constant `type` matches; none: a variant this client does not know
            models = [m for m in models if tag in _literal_values(m, "type")]
        best = max(models, key=lambda m: _fit(m, data), default=None)
        if best is None or not _fit(best, data)[1]:
            return _construct_model(Unknown, data)
        return _construct_model(best, data)
    for member in members:  # a list for a list member, a scalar kept as it came
        if get_origin(member) in (list, List) and isinstance(value, list):
            return construct_type(cast(List[Any], value), member)
    return value


def _fit(model: type[pydantic.BaseModel], data: dict[str, Any]) -> tuple[int, int]:
    """How well `data` fits `model`: (fields sent whose values validate, fields sent)."""
    valid = sent = 0
    for name, info in model_fields(model).items():
        key = info.alias or name
        if key in data:
            sent += 1
            valid += _validates(info.annotation, data[key])
    return valid, sent


def _validates(type_: Any, value: object) -> bool:
    try:
        _adapter(type_).validate_python(value)
    except ValidationError:
        return False
    except TypeError:  # an annotation that cannot be cached: built for this one check
        try:
            TypeAdapter(type_).validate_python(value)
        except ValidationError:
            return False
    return True


def _literal_values(model: type[pydantic.BaseModel], field: str) -> tuple[Any, ...]:
    info = model_fields(model).get(field)
    annotation = _unwrap(info.annotation) if info is not None else None
    if get_origin(annotation) is not Literal:
        return ()
    return get_args(annotation)


def _construct_model(model: type[pydantic.BaseModel], data: dict[str, Any]) -> pydantic.BaseModel:
    """`model` from `data` without validation. Every declared field is set (one the server
    left out reads as its default, or None), but only those sent count as set, so
    `to_dict()` gives back exactly what was sent."""
    fields: dict[str, Any] = {}
    sent: set[str] = set()
    seen: set[str] = set()
    for name, info in model_fields(model).items():
        key = info.alias or name
        if key in data:
            fields[name] = construct_type(data[key], info.annotation)
            sent.add(name)
            seen.add(key)
        elif name in data and info.alias:  # sent by its Python name (populate_by_name)
            fields[name] = construct_type(data[name], info.annotation)
            sent.add(name)
            seen.add(name)
        else:
            fields[name] = (
                None if info.is_required() else info.get_default(call_default_factory=True)
            )
    instance = model.model_construct(_fields_set=sent, **fields)
    extra = {k: v for k, v in data.items() if k not in seen}
    if extra:
        if instance.__pydantic_extra__ is None:
            object.__setattr__(instance, "__pydantic_extra__", {})
        cast(Dict[str, Any], instance.__pydantic_extra__).update(extra)
    object.__setattr__(instance, "__pydantic_private__", {"_lenient": True})
    return instance
