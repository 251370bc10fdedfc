"""The architecture's rules (docs/architecture.md), checked on the code itself.

The layer and independence rules are import-linter contracts in pyproject.toml; the
first test runs them, so a broken contract fails the suite as well as `make lint`. The
rest are rules import-linter cannot say: which Qt modules the renderer may use, no SQL
in the UI, no import cycle at all, and the size of modules and functions."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_the_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is missing: install the test extra"
    run = subprocess.run([lint_imports, "--no-cache"], cwd=APP.parent, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "0 broken" in run.stdout


def test_the_renderer_paints_with_qtgui_alone() -> None:
    """app/render (the report's document, charts and pdf) sits beside app/reports: Qt's
    painting and printing, never its widgets, the UI or the services above it."""
    offenders = [
        f"{path.relative_to(APP)} imports {name}"
        for path in (APP / "render").rglob("*.py")
        for name in imports(path)
        if name.startswith(("PySide6.QtWidgets", "app.ui", "app.services"))
        or (name.startswith("PySide6.") and name.split(".")[1] not in ("QtCore", "QtGui"))
    ]
    assert list((APP / "render").glob("*.py"))
    assert offenders == []


def test_the_ui_holds_no_sql() -> None:
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        for name in imports(path):
            if name.startswith(("sqlalchemy", "sqlite3", "app.store", "app.models.local")):
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert offenders == []


def module_graph() -> dict[str, set[str]]:
    """Which app module imports which, function-level imports included."""
    mods = {".".join(p.relative_to(APP.parent).with_suffix("").parts).removesuffix(".__init__")
            for p in APP.rglob("*.py")}

    def resolve(name: str) -> str:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for path in APP.rglob("*.py"):
        mod = ".".join(path.relative_to(APP.parent).with_suffix("").parts).removesuffix(
            ".__init__")
        targets = {resolve(n) for n in imports(path) if n.startswith("app")}
        graph[mod] = {t for t in targets if t and t != mod and not t.startswith(mod + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_even_through_function_level_imports() -> None:
    assert cycles(module_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_over_600_lines() -> None:
    long = {str(p.relative_to(APP)): n for p in APP.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}


def test_no_function_over_60_lines_outside_the_demo_generator() -> None:
    long = []
    for path in APP.rglob("*.py"):
        if path.relative_to(APP).parts[0] == "demo":
            continue  # tables of made-up names and texts, read top to bottom
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long.append(f"{path.relative_to(APP)}:{node.lineno} {node.name} ({length})")
    assert long == []
