"""Dependencies point one way: pipeline/ (wiring) -> transforms/ (stages) -> gazetteer/ (knowledge).

The imports are read from the source with `ast` (module level and inside
functions alike), so a lazy import counts as much as any other:

* gazetteer/ imports nothing from transforms/ or pipeline/;
* transforms/ imports nothing from pipeline/;
* no two modules import each other.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("gazetteer", "transforms", "pipeline")
# package -> the packages it must never import
FORBIDDEN = {"gazetteer": ("transforms", "pipeline"), "transforms": ("pipeline",)}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def project_sources(root: Path = ROOT) -> dict[str, str]:
    """module name -> source, for every module of the three packages."""
    return {module_name(p, root): p.read_text(encoding="utf-8")
            for package in PACKAGES for p in sorted((root / package).rglob("*.py"))}


def imported_modules(module: str, source: str, known: set[str]) -> set[str]:
    """The project modules `module` imports: `import a.b`, `from a import b` (b a module or a name
    in a), relative imports resolved; only modules in `known` (and their packages) are kept."""
    is_package = any(k.startswith(module + ".") for k in known)   # an __init__: relative to itself
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[:len(package) - (node.level - 1)]
                base = ".".join(package + ([base] if base else []))
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in known:   # `import a.b.c` of a name in a.b: the module a.b
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


def import_graph(sources: dict[str, str]) -> dict[str, set[str]]:
    known = set(sources)
    return {module: imported_modules(module, source, known) for module, source in sources.items()}


def violations(sources: dict[str, str]) -> list[str]:
    """Every import that breaks the direction of dependencies, and every pair of modules importing each other."""
    graph = import_graph(sources)
    problems = []
    for module, imports in sorted(graph.items()):
        package = module.split(".")[0]
        for target in sorted(imports):
            if target.split(".")[0] in FORBIDDEN.get(package, ()):
                problems.append(f"{module} imports {target}: {package}/ must not import {target.split('.')[0]}/")
            if module < target and module in graph.get(target, ()):
                problems.append(f"{module} and {target} import each other")
    return problems


def test_dependencies_point_one_way_and_no_two_modules_import_each_other():
    problems = violations(project_sources())
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_wrong_direction_and_a_circle_however_they_are_written():
    sources = {
        "gazetteer": "", "gazetteer.model": "", "transforms": "", "transforms.records": "",
        "pipeline": "", "pipeline.report": "from pipeline.summary import summarise\n",
        "pipeline.summary": "def finish():\n    from . import report\n",
        "gazetteer.resolver": "import transforms.records\n",
        "transforms.read": "def f():\n    from pipeline import report\n",
        "transforms.resolve": "from gazetteer.model import normalise\nfrom transforms.records import Mention\n",
    }
    assert violations(sources) == [
        "gazetteer.resolver imports transforms.records: gazetteer/ must not import transforms/",
        "pipeline.report and pipeline.summary import each other",
        "transforms.read imports pipeline.report: transforms/ must not import pipeline/",
    ]
