"""Architecture as tests: stages depend one way, only the CLI prints or exits, nothing goes
online. (What import-linter contracts would say, with the standard library's ast.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "biascheck"
CORE = {"model", "errors", "load", "segment", "roles", "attribute", "rules", "sentiment", "score"}
NETWORK = {"urllib.request", "http.client", "requests", "httpx", "socket", "urllib3", "aiohttp"}


def _modules() -> dict[str, Path]:
    mods = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).with_suffix("")
        mods[".".join(rel.parts)] = path
    return mods


def _imports(path: Path) -> set[str]:
    """Absolute names of everything the module imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = ["biascheck", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _internal(names: set[str]) -> set[str]:
    return {n.split(".")[1] for n in names if n.startswith("biascheck.") and n.count(".") >= 1}


MODULES = _modules()


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m in CORE))
def test_core_stages_know_nothing_of_outputs(name: str) -> None:
    used = _internal(_imports(MODULES[name]))
    assert not used & {"cli", "report", "api", "ruletest"}, f"{name} imports {used}"


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith("report")))
def test_reporters_know_nothing_of_nlp(name: str) -> None:
    used = _internal(_imports(MODULES[name]))
    assert used <= {"model", "report"}, f"{name} imports {used}"


def test_api_does_not_depend_on_cli_or_reports() -> None:
    used = _internal(_imports(MODULES["api"]))
    assert not used & {"cli", "report"}


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m != "cli"))
def test_only_the_cli_prints_or_exits(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            assert called not in {"print", "exit", "echo", "Exit"}, f"{name} calls {called}()"
    assert "typer" not in _imports(MODULES[name]), f"{name} imports typer"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_offline(name: str) -> None:
    source = MODULES[name].read_text(encoding="utf-8")
    assert "nltk.download" not in source and "download(" not in source
    assert not _imports(MODULES[name]) & NETWORK, f"{name} imports a network module"


def test_yaml_is_read_safely() -> None:
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in {"load", "load_all", "unsafe_load", "full_load", "Loader"}
            ):
                pytest.fail(f"{name} uses yaml.{node.attr}; use safe_load / SafeLoader")
