"""The architecture, read off the imports: the HTTP edge holds no NLP, nothing depends on the
CLI, and no module imports itself back through others."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICE = Path(__file__).resolve().parent.parent.parent / "service"


def _module(path: Path) -> str:
    parts = path.relative_to(SERVICE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every service module and the service modules it imports (anywhere in its body)."""
    graph: dict[str, set[str]] = {}
    for path in SERVICE.rglob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("service"):
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("service"))
        graph[_module(path)] = found
    modules = set(graph)
    return {m: {i for i in deps if i in modules and i != m} for m, deps in graph.items()}


def test_the_http_edge_and_the_answer_service_import_no_nlp_and_no_cli():
    graph = _imports()
    for module, deps in graph.items():
        if module.startswith("service.api") or module == "service.answers":
            bad = {d for d in deps if d.startswith(("service.nlp", "service.cli"))}
            assert not bad, f"{module} imports {bad}"


def test_only_main_imports_the_cli():
    graph = _imports()
    users = {m for m, deps in graph.items() if "service.cli" in deps}
    assert users <= {"service.__main__"}


def test_the_extractor_knows_nothing_of_flask_or_the_api():
    graph = _imports()
    for path in [*SERVICE.glob("extract/*.py"), *SERVICE.glob("nlp/*.py")]:
        source = path.read_text("utf-8")
        assert "from flask" not in source and "import flask" not in source, path
        deps = graph[_module(path)]
        assert not {d for d in deps if d.startswith(("service.api", "service.app"))}, path


def test_no_import_cycles():
    graph = _imports()
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for dep in graph.get(module, ()):
            if state.get(dep) == 1:
                raise AssertionError(" -> ".join([*path, module, dep]))
            if dep not in state:
                visit(dep, [*path, module])
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [])


def test_the_extractor_knows_nothing_of_the_archive_or_postgresql():
    graph = _imports()
    for path in [*SERVICE.glob("extract/*.py"), *SERVICE.glob("nlp/*.py")]:
        source = path.read_text("utf-8")
        assert "sqlalchemy" not in source and "psycopg" not in source, path
        assert not {d for d in graph[_module(path)] if d.startswith("service.archive")}, path
