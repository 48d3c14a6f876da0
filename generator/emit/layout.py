"""Black's layout for the code the templates emit, so the rendered files need no black run.

Only the constructs the templates write are covered, by black's rules (see "The Black code
style"): a line that fits stays whole; otherwise the right-hand split: the head up to the last
opening bracket, the body indented one level (on one line if it fits and nothing forces it
open, else one element per line with a trailing comma added), the closing bracket and what
follows. A collection display or an import that is split is always one element per line; an
element list ending in a comma (a magic trailing comma) is never joined; a body without commas
splits before each `|`; a parameter or return annotation that is a union is wrapped in
parentheses first. Anything else (a line still too long after splitting, a width black may
count differently) is `Undecided`: the file then goes through black as before.
"""

from __future__ import annotations

import ast
import re

from ..plan.ir import pystr
from .format import LINE_LENGTH

INDENT = "    "
OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {")", "]", "}"}


class Undecided(Exception):
    """A construct outside the rules above: black decides its layout."""


def _black_quoted(literal: str) -> bool:
    """Is this string literal quoted the way black leaves it? (`pystr` writes them so; a
    literal from elsewhere that is not is black's to rewrite.)"""
    if literal[0] == '"' and "\\" not in literal:
        return True
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return False
    return isinstance(value, str) and pystr(value) == literal


def fits(text: str, depth: int) -> bool:
    """Does `text` fit on a line at `depth`? Counted as black counts: a wide character is 2
    columns, a combining one 0 (black's own table, so only for a line that is not ASCII)."""
    room = LINE_LENGTH - 4 * depth
    if text.isascii():
        return len(text) <= room
    from black.strings import str_width  # noqa: PLC0415 - only for text that is not ASCII

    return str_width(text) <= room


def _scan(text: str) -> list[tuple[int, str]]:
    """Positions of the brackets, commas and `|` outside string literals."""
    if '"""' in text or "'''" in text:
        raise Undecided(f"triple quotes in {text!r}")
    marks: list[tuple[int, str]] = []
    for token in _TOKEN.finditer(text):
        c = token.group()
        if len(c) > 1:
            if not _black_quoted(c):
                raise Undecided(f"a string black would quote otherwise: {c}")
        elif c in "\"'#":
            raise Undecided(f"an unterminated string or a comment in {text!r}")
        else:
            marks.append((token.start(), c))
    return marks


# a string literal, a bracket, a comma, `|`, a quote that starts no string, a comment
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[()\[\]{},|"\'#]')


def _quoted(text: str) -> None:
    """Are the strings of a line kept whole quoted as black quotes them? (Only a line with a
    single quote or an escaped double quote can have one that is not.)"""
    if "'" in text or '\\"' in text:
        _scan(text)


def _pairs(text: str) -> dict[int, int]:
    """Opening bracket position -> its closing bracket position."""
    pairs: dict[int, int] = {}
    stack: list[tuple[int, str]] = []
    for pos, c in _scan(text):
        if c in OPENING:
            stack.append((pos, c))
        elif c in CLOSING:
            if not stack or OPENING[stack[-1][1]] != c:
                raise Undecided(f"unbalanced brackets in {text!r}")
            pairs[stack.pop()[0]] = pos
    if stack:
        raise Undecided(f"unbalanced brackets in {text!r}")
    return pairs


def _split_top(text: str, sep: str) -> list[str]:
    """`text` cut at `sep` (`,` or `|`) outside brackets and strings, pieces stripped."""
    depth, start, pieces = 0, 0, []
    for pos, c in _scan(text):
        if c in OPENING:
            depth += 1
        elif c in CLOSING:
            depth -= 1
        elif c == sep and depth == 0:
            pieces.append(text[start:pos].strip())
            start = pos + 1
    pieces.append(text[start:].strip())
    return pieces


_COMMA_CLOSE = re.compile(r",\s*[)\]}]")


def _magic(text: str) -> bool:
    """Does any bracket of `text` end with a comma (black keeps it one element per line)?"""
    if not _COMMA_CLOSE.search(text):
        return False
    pairs = _pairs(text)
    return any(
        text[:close].rstrip().endswith(",") and text[open_ + 1 : close].strip() != ","
        for open_, close in pairs.items()
    )


def line(text: str, depth: int, inside: bool = False) -> list[str]:
    """The lines (indented) black makes of one logical line `text` at `depth` levels
    (`inside` brackets: a piece of a split, which black leaves long if it cannot split it)."""
    pad = INDENT * depth
    if fits(text, depth) and not _magic(text):
        _quoted(text)
        return [pad + text]
    pairs = _pairs(text)
    if not pairs:  # an element or class line black cannot split either: left long
        if inside or text.endswith(",") or re.fullmatch(r"class \w+:", text):
            _plain(_outside(text), text)
            return [pad + text]
        raise Undecided(f"cannot split {text!r}")
    close = max(pairs.values())  # the last closing bracket; everything after it is the tail
    open_ = next(o for o, c in pairs.items() if c == close)
    head, body, tail = text[: open_ + 1], text[open_ + 1 : close].strip(), text[close:]
    is_def = text.startswith(("def ", "async def "))
    if not is_def and not re.fullmatch(r"[)\]}][,:]?", tail):
        raise Undecided(f"something after the last bracket of {text!r}")
    _plain(_outside(text), text)
    if is_def:
        if text.index("(") != open_:
            raise Undecided(f"a def split in its return annotation: {text!r}")
        if not body:  # black splits the return annotation instead
            raise Undecided(f"a def without parameters: {text!r}")
        if len(_split_top(body, ",")) == 1:  # one parameter: black adds a trailing comma
            body += ","
        returns = re.fullmatch(r"\) -> (.*):", tail)
        if returns is None or len(_split_top(returns.group(1), "|")) > 1:
            raise Undecided(f"a def without a plain return annotation: {text!r}")
        tail_lines = _returns(returns.group(1), ":", depth)
    else:
        tail_lines = [pad + tail]
    collection = open_ == 0 or not (text[open_ - 1].isalnum() or text[open_ - 1] in "_)]")
    split = [pad + head] + _body(body, depth + 1, collection) + tail_lines
    if fits(head, depth):
        return split
    # The head is too long. One bracket pair at the top: black splits there all the same,
    # but a value returned or assigned goes in parentheses instead when all of it then fits.
    if sum(1 for o in pairs if not any(a < o < pairs[a] for a in pairs)) != 1:
        raise Undecided(f"head too long in {text!r}")
    statement = _STATEMENT.match(text)
    if statement and not text.endswith(","):
        try:
            wrapped = (
                [pad + statement.group(0) + "("]
                + line(text[statement.end() :], depth + 1)
                + [pad + ")"]
            )
        except Undecided:
            wrapped = []
        if wrapped and all(fits(ln, 0) for ln in wrapped):
            return wrapped
    return split


# a statement whose value black puts in invisible parentheses: `return x`, `name = x`
_STATEMENT = re.compile(r"return |[A-Za-z_][\w.]* = ")


def _outside(text: str) -> str:
    """`text` without its string literals and bracketed parts (what is at the top level)."""
    out, depth, last = [], 0, 0
    for pos, c in _scan(text):
        if c in OPENING:
            if depth == 0:
                out.append(text[last:pos])
            depth += 1
        elif c in CLOSING:
            depth -= 1
            if depth == 0:
                last = pos + 1
    if depth == 0:
        out.append(text[last:])
    return _STRING.sub('""', " ".join(out))


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_PLAIN = re.compile(r"^(?:\s|[A-Za-z0-9_.]|\*\*|->|[=:,]|\"\")*$")
_KEYWORDS = {"and", "or", "not", "in", "is", "if", "else", "for", "yield"}


def _plain(top: str, text: str) -> None:
    """Black splits at operators and keywords before brackets: those lines are its own."""
    top = top.removeprefix("| ")
    if not _PLAIN.match(top) or "==" in top or _KEYWORDS & set(re.findall(r"[A-Za-z_]\w*", top)):
        raise Undecided(f"operators at the top level of {text!r}")


def _body(body: str, depth: int, collection: bool = False) -> list[str]:
    """The lines of a bracket's contents: whole if they fit (and nothing forces them open),
    else split at the commas (a trailing comma added) or, without commas, before each `|`."""
    if not body:
        return []
    items = _split_top(body, ",")
    magic = len(items) > 1 and items[-1] == ""
    items = [item for item in items if item]
    commas = len(items) > 1
    if not magic and not (collection and commas) and fits(body, depth) and not _magic(body):
        return [INDENT * depth + body]
    if commas or magic:
        return [ln for item in items for ln in _element(item + ",", depth)]
    if len(_split_top(body, "|")) > 1:
        return union(body, depth)
    if not _pairs(body):  # one name or string black cannot split: left long
        _plain(_outside(body), body)
        return [INDENT * depth + body]
    return line(body, depth)


def _element(text: str, depth: int) -> list[str]:
    """One element of a split list: a union that does not fit splits before each `|`."""
    if len(_split_top(text, "|")) > 1 and not (fits(text, depth) and not _magic(text)):
        return union(text, depth)
    return line(text, depth, inside=True)


def union(text: str, depth: int) -> list[str]:
    """A union split before each `|`, each member laid out on its own."""
    members = _split_top(text, "|")
    if len(members) < 2:
        return line(text, depth)
    out = line(members[0], depth, inside=True)
    for member in members[1:]:
        out += line("| " + member, depth, inside=True)
    return out


def _returns(annotation: str, tail: str, depth: int) -> list[str]:
    """A def's `) -> Name:` line: a name that does not fit goes in parentheses when it then
    fits, else stays long."""
    text = f") -> {annotation}{tail}"
    if fits(text, depth):
        return [INDENT * depth + text]
    if _pairs(annotation):
        raise Undecided(f"a def split in its return annotation: {text!r}")
    _plain(annotation, annotation)
    if fits(annotation, depth + 1):
        return [
            INDENT * depth + ") -> (",
            INDENT * (depth + 1) + annotation,
            INDENT * depth + ")" + tail,
        ]
    return [INDENT * depth + text]


def annotated(head: str, annotation: str, tail: str, depth: int) -> list[str]:
    """`head` + annotation + `tail` (a parameter `name: ` ... ` = NOT_GIVEN,`, or a def's
    `) -> ` ... `:`): a union annotation that does not fit is wrapped in parentheses."""
    text = head + annotation + tail
    if fits(text, depth) and not _magic(annotation):
        _quoted(annotation)
        return [INDENT * depth + text]
    if head.startswith(")") and len(_split_top(annotation, "|")) < 2:
        return _returns(annotation, tail, depth)
    if len(_split_top(annotation, "|")) < 2:
        return line(text, depth)
    if not fits(head + "(", depth) or not fits(")" + tail, depth):
        raise Undecided(f"head or tail too long in {text!r}")
    inner = (
        [INDENT * (depth + 1) + annotation]
        if fits(annotation, depth + 1) and not _magic(annotation)
        else union(annotation, depth + 1)
    )
    return [INDENT * depth + head + "("] + inner + [INDENT * depth + ")" + tail]


def from_import(module: str, names: list[str], depth: int = 0) -> list[str]:
    """`from module import a, b`, or one name per line in parentheses when it does not fit."""
    pad = INDENT * depth
    text = f"from {module} import {', '.join(names)}"
    if fits(text, depth):
        return [pad + text]
    return [f"{pad}from {module} import ("] + [f"{pad}    {name}," for name in names] + [pad + ")"]


def check(lines: list[str]) -> list[str]:
    """A line longer than the limit that still has brackets is black's to decide (one
    without, a lone name or string, black cannot split either)."""
    for text in lines:
        if fits(text, 0):
            continue
        try:
            whole = bool(_pairs(text))
        except Undecided:  # the head or tail of a split, whose length `line` has checked
            whole = False
        if whole:
            raise Undecided(f"line too long after splitting: {text.strip()!r}")
    return lines


def docstring(text: str, depth: int) -> str:
    """A docstring literal (quotes included, as the template wrote it) the way black rewrites
    it: the first line stripped; the others, if any is not blank, re-indented to the
    docstring's own indentation (their common indentation removed), trailing spaces cut, the
    last one kept (the closing quotes' own line); a space between a quote and the closing
    quotes; those on their own line when they would not fit after the text. A docstring
    with a line ending in a backslash black leaves alone."""
    if not (text.startswith('"""') and text.endswith('"""')) or len(text) < 6:
        raise Undecided("not a triple-quoted docstring")
    body = text[3:-3]
    if any(c in body for c in "\t\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        raise Undecided("tabs or unusual line breaks in a docstring")
    pad = INDENT * depth
    lines = body.split("\n")
    out = [lines[0].strip()]
    if re.search(r"\\\s*\n", body):  # black leaves such a docstring as it is
        return text
    indents = [len(ln) - len(ln.lstrip()) for ln in lines[1:] if ln.strip()]
    if indents:  # black re-indents the other lines only if one of them has text
        common = min(indents)
        for i, ln in enumerate(lines[1:], start=1):
            stripped = ln[common:].rstrip()
            out.append(pad + stripped if stripped or i == len(lines) - 1 else "")
    body = "\n".join(out)
    if not body.strip():
        raise Undecided("empty docstring")
    if body[0] == '"':
        body = " " + body
    if body[-1] == '"':
        body += " "
    if body.endswith("\\"):
        raise Undecided("docstring ending in a backslash")
    if len(out) > 1 and not fits(out[-1] + ('"""' if body[-1] != " " else ' """'), 0):
        return '"""' + body + "\n" + pad + '"""'
    return '"""' + body + '"""'
