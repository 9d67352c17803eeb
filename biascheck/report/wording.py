"""Small wording helpers shared by the reporters."""

from __future__ import annotations


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """ "1 warning", "3 warnings", "2 boilerplate lines"."""
    return f"{n} {word if n == 1 else (plural_form or word + 's')}"
