"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from pydantic import Field

from ._models import BaseModel


class ListModel(BaseModel):
    data: list[Thing]


class Model(BaseModel):
    id: str
    list: ListModel | None = None


class Thing(BaseModel):
    id: str
    class_: str = Field(..., alias="class")
    model_name: str | None = None
    schema_: str | None = Field(None, alias="schema")
    json_: str | None = Field(None, alias="json")
    from_: str | None = Field(None, alias="from")
    type: str
    copy_: bool | None = Field(None, alias="copy")
    dict_: int | None = Field(None, alias="dict")
    validate_: bool | None = Field(None, alias="validate")
    model_config_: str | None = Field(None, alias="model_config")
    user_name: str | None = None
    user_name_1: str | None = Field(None, alias="user-name")
    owner_info: ThingOwnerInfo | None = None
    owner: ThingOwner | None = None


class ThingOwner(BaseModel):
    info: ThingOwnerInfoInline | None = None


class ThingOwnerInfo(BaseModel):
    name: str | None = None


class ThingOwnerInfoInline(BaseModel):
    email: str | None = None
