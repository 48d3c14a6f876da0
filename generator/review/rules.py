"""Whether a kind of change breaks callers, and the version bump it calls for: decided once,
here, in `RULES` (README.md shows it as a table)."""

from __future__ import annotations

from dataclasses import dataclass

MAJOR, MINOR, PATCH = "major", "minor", "patch"

# kind -> (version bump it calls for, why, in a few words). Bump "major" means breaking.
# "request" is what callers send (method arguments, fields of params.py TypedDicts), "response"
# what they read (return types, fields of models.py classes).
RULES: dict[str, tuple[str, str]] = {
    "resource.removed": (MAJOR, "calls through it fail"),
    "resource.renamed": (MAJOR, "calls through the old name fail"),
    "resource.added": (MINOR, "new resource"),
    "method.removed": (MAJOR, "calls to it fail"),
    "method.renamed": (MAJOR, "calls by the old name fail"),
    "method.added": (MINOR, "new method"),
    "method.returns": (MAJOR, "callers get another type"),
    "method.request": (PATCH, "same call, different request on the wire"),
    "method.description": (PATCH, "documentation only"),
    "request.removed": (MAJOR, "callers passing it get a TypeError"),
    "request.renamed": (MAJOR, "callers passing the old name get a TypeError"),
    "request.added_required": (MAJOR, "existing calls lack it"),
    "request.made_required": (MAJOR, "calls without it fail"),
    "request.positional_to_keyword": (MAJOR, "positional calls fail"),
    "request.reordered": (MAJOR, "positional calls pass values to the wrong argument"),
    "request.enum_value_removed": (MAJOR, "callers passing it fail type checks and the server"),
    "request.variant_removed": (MAJOR, "callers passing it fail type checks"),
    "request.type_narrowed": (MAJOR, "some values callers pass are no longer accepted"),
    "request.type_changed": (MAJOR, "values callers pass no longer fit"),
    "request.added": (MINOR, "optional: existing calls unchanged"),
    "request.made_optional": (MINOR, "existing calls unchanged"),
    "request.keyword_to_positional": (MINOR, "keyword calls still work"),
    "request.enum_value_added": (MINOR, "more values accepted"),
    "request.variant_added": (MINOR, "more values accepted"),
    "request.type_widened": (MINOR, "more values accepted"),
    "request.known_value_removed": (PATCH, "any string is still accepted"),
    "response.field_removed": (MAJOR, "readers get AttributeError"),
    "response.field_renamed": (MAJOR, "readers of the old name get AttributeError"),
    "response.made_optional": (MAJOR, "readers may now get None"),
    "response.variant_removed": (MAJOR, "responses of that shape now parse as another type"),
    "response.type_changed": (MAJOR, "readers get another type"),
    "response.field_added": (MINOR, "new field; readers unaffected"),
    # In between, decided: a new value of a known field is not breaking: the runtime already
    # parses values it does not know (tests/test_client_forward_compat.py), so older clients
    # keep working; code matching every value should add a branch.
    "response.enum_value_added": (
        MINOR,
        "older clients parse it too; exhaustive matches add a " "branch",
    ),
    # The same for a new variant of a union (a new tool type in a list of tools): the runtime
    # keeps what it cannot parse as it came.
    "response.variant_added": (
        MINOR,
        "older clients parse it too; exhaustive matches add a " "branch",
    ),
    # In between, decided: a field that became required (or non-nullable) only removes `None`
    # from what readers get; their None checks still run.
    "response.made_required": (PATCH, "readers always get a value now"),
    "response.alias_made_nullable": (PATCH, "every field using it was optional already"),
    "response.enum_value_removed": (PATCH, "readers get a subset"),
    "response.default_changed": (PATCH, "differs only when the server omits the field"),
    "response.field_deprecated": (PATCH, "reads still work and never warn; stop relying on it"),
    "model.removed": (MAJOR, "importers break"),
    "model.renamed": (MAJOR, "importers of the old name break"),
    "model.base_changed": (MAJOR, "isinstance checks change"),
    "model.added": (MINOR, "new model"),
    "param.removed": (MAJOR, "importers break"),
    "param.renamed": (MAJOR, "importers of the old name break"),
    "param.added": (MINOR, "new param type"),
    "body.renamed": (PATCH, "callers pass keyword arguments, never this class"),
    "description": (PATCH, "documentation only"),
}

ORDER = {MAJOR: 0, MINOR: 1, PATCH: 2}


@dataclass(frozen=True)
class Change:
    kind: str  # a key of RULES
    where: str  # `batches.create`, `Batch`, `MetadataParam`
    what: str  # `metadata now required`
    breaking: bool
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def change(kind: str, where: str, what: str) -> Change:
    level, reason = RULES[kind]
    return Change(kind, where, what, level == MAJOR, reason)
