"""Tokens: words and punctuation with their offsets, and the patterns that read them."""

from __future__ import annotations

import re

# A dotted abbreviation keeps its last full stop ("F.B.I.", "U.S."): "said the F.B.I." names
# the bureau, and the full stop also ends the sentence, which segmentation already knows.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}(?!\w)|\w+(?:[’'.\-]\w+)*|-{2,}|[^\w\s]")


_POSSESSIVE = re.compile(r"\w[’']s$|s[’']$")


_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?: [A-ZÀ-ÖØ-Þ][\w’'.-]*)+")


_LABEL = re.compile(r"(?m)^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}):[ \t]+(?=[^\W\d])")


_CONTRACTION = re.compile(r"^(\w+)[’'](?:s|ve|d|ll|re|m)$", re.IGNORECASE)


OPEN_QUOTES = frozenset("“‘\"'")


QUOTE_MARKS = frozenset("“”‘’\"'")


class Token:
    """A word or punctuation mark with its offsets; case facts are computed once."""

    __slots__ = ("start", "end", "text", "lower", "is_cap", "is_word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.is_cap = text[:1].isupper()
        self.is_word = text[:1].isalnum()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # "--" is the typewriter em dash: one token that reads as "—" (its offsets stay in the text)
    return [
        Token(m.start() + offset, m.end() + offset, "—" if m.group()[:2] == "--" else m.group())
        for m in TOKEN.finditer(text)
    ]
