"""Response models. Generated from the OpenAPI spec; do not edit."""

from __future__ import annotations

from ._models import BaseModel


class Company(BaseModel):
    name: str
    employees: list[Person] | None = None
    ceo: Person | None = None


class Person(BaseModel):
    name: str
    employer: Company | None = None


class TreeNode(BaseModel):
    """A node with any number of children."""

    name: str
    children: list[TreeNode] | None = None
    parent: TreeNode | None = None


TreeNode.model_rebuild()
