"""The summary's type comparison (`generator/summary/typediff.py`) on its own: how one type
expression differs from another, member by member, as the rules then classify it."""

from __future__ import annotations

from generator.summary import Delta, compare_types


def test_equal_types_have_no_difference() -> None:
    assert compare_types("int | None", "int | None") == Delta()
    assert compare_types("Optional[int]", "int | None") == Delta()  # spelt differently
    assert compare_types("Union[A, B]", "B | A") == Delta()  # order is not a difference


def test_literal_values_and_none() -> None:
    delta = compare_types('Literal["a", "b"] | None', 'Literal["a", "c"]')
    assert delta.values_added == ["'c'"] and delta.values_removed == ["'b'"]
    assert delta.none_removed and not delta.none_added
    assert not (delta.variants_added or delta.variants_removed)
    assert compare_types("int", "Optional[int]").none_added


def test_union_variants() -> None:
    delta = compare_types("Circle | Square", "Circle | Triangle")
    assert delta.variants_added == ["Triangle"] and delta.variants_removed == ["Square"]
    assert not (delta.values_added or delta.values_removed or delta.open_enum)


def test_annotated_unions_compare_their_members() -> None:
    delta = compare_types('Annotated[A | B, Field(discriminator="type")]',
                          'Annotated[A, Field(discriminator="type")]')
    assert delta.variants_removed == ["B"] and not delta.variants_added


def test_generic_containers_compare_what_they_hold() -> None:
    delta = compare_types("Sequence[A | B]", "Sequence[A | C]")
    assert delta.variants_added == ["C"] and delta.variants_removed == ["B"]
    delta = compare_types("Dict[str, A]", "Dict[str, A | None]")  # the last argument only
    assert delta.none_added and not delta.variants_added
    # Another container is another type, not a change of members.
    assert compare_types("Sequence[A]", "Dict[str, A]").variants_removed == ["Sequence[A]"]


def test_open_enum() -> None:
    """`str | Literal[...]` accepts any string either way: values removed are only known ones."""
    delta = compare_types('str | Literal["x"]', "str")
    assert delta.open_enum and delta.values_removed == ["'x'"]
    assert not compare_types('Literal["x"]', 'Literal["y"]').open_enum


def test_renamed_classes_are_the_same_type() -> None:
    assert compare_types("Old | None", "New | None", renamed={"Old": "New"}) == Delta()
    assert compare_types("Sequence[Old]", "Sequence[New]", renamed={"Old": "New"}) == Delta()
    assert compare_types("Old", "New").variants_removed == ["Old"]  # without the rename


def test_aliases_are_looked_into() -> None:
    """A type alias on either side stands for what it aliases: a value added to an aliased
    Literal is a value added, not a type replaced."""
    delta = compare_types("Color", 'Literal["r", "g", "b"]',
                          aliases=({"Color": 'Literal["r", "g"]'}, {}))
    assert delta.values_added == ["'b'"] and not delta.variants_removed
    delta = compare_types("Shape", "Shape", aliases=({"Shape": "A | B"}, {"Shape": "A"}))
    assert delta == Delta()  # the same name on both sides: the alias itself is compared elsewhere
    delta = compare_types("A | B", "Shape", aliases=({}, {"Shape": "A | B | C"}))
    assert delta.variants_added == ["C"] and not delta.variants_removed


def test_text_that_is_not_a_type_is_a_difference_not_a_crash() -> None:
    delta = compare_types("not a type(", "int")
    assert delta.variants_added == ["int"] and delta != Delta()
