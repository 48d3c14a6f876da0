"""A helper module of the extensions: copied too, wired onto nothing."""


def clean(text: str) -> str:
    return " ".join(text.split())
