"""Errors a user can act on. The CLI turns each into one clear line and exit status 2."""

from __future__ import annotations


class BiascheckError(Exception):
    """Base class: every error biascheck raises on purpose."""


class InputError(BiascheckError):
    """An article could not be read: missing, binary, not UTF-8, empty."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RuleFileError(BiascheckError):
    """A rule file is malformed. Formatted like a compiler error: ``file:line:col: problem``."""

    def __init__(self, path: str, line: int, column: int, problem: str, snippet: str = "") -> None:
        location = f"{path}:{line}:{column}"
        message = f"{location}: {problem}"
        if snippet:
            message += "\n" + snippet
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
