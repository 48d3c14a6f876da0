"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class ListOrderEventsResponse(BaseModel):
    events: list[ListOrderEventsResponseEvents]


class ListOrderEventsResponseEvents(BaseModel):
    at: int
    kind: str
    actor: ListOrderEventsResponseEventsActor | None = None


class ListOrderEventsResponseEventsActor(BaseModel):
    name: str | None = None


class Order(BaseModel):
    id: str
    shipping: OrderShipping
    items: list[OrderItems] | None = None
    totals: dict[str, OrderTotalsValue] | None = None


class OrderItems(BaseModel):
    sku: str
    quantity: int
    options: list[OrderItemsOptions] | None = None


class OrderItemsOptions(BaseModel):
    key: str | None = None
    value: str | None = None


class OrderShipping(BaseModel):
    """Where the order goes."""

    address: OrderShippingAddress
    carrier: str | None = None


class OrderShippingAddress(BaseModel):
    line1: str
    geo: OrderShippingAddressGeo


class OrderShippingAddressGeo(BaseModel):
    lat: float | None = None
    lng: float | None = None


class OrderTotalsValue(BaseModel):
    amount: int | None = None
    currency: str | None = None
