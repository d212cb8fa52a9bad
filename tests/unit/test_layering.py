"""The layers keep their direction: nothing outside adminui/ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import adminui

PACKAGE = Path(adminui.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")
# Lower layers may not import the layers above them.
FORBIDDEN = {
    "core": ("adminui.api", "adminui.monitor", "adminui.ui", "adminui.lab", "adminui.profiles"),
    "api": ("adminui.monitor", "adminui.ui", "adminui.lab"),
    "monitor": ("adminui.ui", "adminui.lab"),
    "profiles": ("adminui.ui", "adminui.monitor", "adminui.lab"),
    "lab": ("adminui.ui", "adminui.monitor"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def non_ui_sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def test_there_are_non_ui_sources_to_check() -> None:
    assert len(non_ui_sources()) >= 10


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES
        )
        for path in non_ui_sources()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_layers_only_import_downwards() -> None:
    problems = []
    for layer, banned in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in imported_modules(path):
                if module.startswith(banned):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert problems == []


def test_importing_every_non_ui_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(("adminui", *p.relative_to(PACKAGE).with_suffix("").parts))
        for p in non_ui_sources()
        if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


#: The one module of the console that may build an HTTP client (the lab, a test and
#: command-line tool with its own loopback clients, is not the console).
HTTP_CLIENT_OWNER = Path("api/transport.py")


_CLIENTS = ("Client", "AsyncClient")


def http_clients_built(path: Path) -> list[int]:
    """Lines of ``path`` that construct an ``httpx`` client (``httpx.Client(...)`` or a
    ``Client``/``AsyncClient`` imported from httpx)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "httpx"
        for alias in node.names
        if alias.name in _CLIENTS
    }
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in _CLIENTS
            and isinstance(func.value, ast.Name)
            and func.value.id == "httpx"
        ) or (isinstance(func, ast.Name) and func.id in imported):
            lines.append(node.lineno)
    return sorted(lines)


def test_only_the_transport_builds_an_http_client() -> None:
    builders = {
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "lab" and http_clients_built(path)
    }
    assert builders == {HTTP_CLIENT_OWNER}


def test_the_client_checker_sees_both_spellings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import httpx\nfrom httpx import AsyncClient\n"
        "a = httpx.Client()\nb = AsyncClient(verify=False)\nc = other.Client()\n",
        encoding="utf-8",
    )
    assert http_clients_built(sample) == [3, 4]
