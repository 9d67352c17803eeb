"""biascheck: separate reported facts from unsourced editorial assertions in news drafts."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import check_article, check_file, check_text, rule_sets
from .errors import BiascheckError, InputError, RuleFileError
from .model import Result

try:
    __version__ = version("biascheck")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

__all__ = [
    "BiascheckError",
    "InputError",
    "Result",
    "RuleFileError",
    "__version__",
    "check_article",
    "check_file",
    "check_text",
    "rule_sets",
]
