"""Request parameter types. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class CreateOrderRequestItemsParam(TypedDict):
    sku: str
    quantity: NotRequired[int]


class CreateOrderRequestParam(TypedDict):
    shipping: CreateOrderRequestShippingParam
    items: NotRequired[Sequence[CreateOrderRequestItemsParam]]


class CreateOrderRequestShippingAddressGeoParam(TypedDict):
    lat: NotRequired[float]
    lng: NotRequired[float]


class CreateOrderRequestShippingAddressParam(TypedDict):
    line1: str
    geo: NotRequired[CreateOrderRequestShippingAddressGeoParam]


class CreateOrderRequestShippingParam(TypedDict):
    address: CreateOrderRequestShippingAddressParam
