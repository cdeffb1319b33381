"""docs/MODULES.md, the newcomer's map of the code, says what every module's docstring says."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("module_map", ROOT / "scripts" / "module_map.py")
module_map = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(module_map)


def test_every_module_says_what_it_does():
    missing = [f"{folder}/{name}" for folder, _ in module_map.PACKAGES
               for name, text in module_map.modules(folder) if not text]
    assert missing == []


def test_every_python_folder_is_in_the_map():
    folders = {str(p.parent.relative_to(ROOT)) for top in ("pipeline", "transforms", "gazetteer", "bench")
               for p in (ROOT / top).rglob("*.py")}
    assert folders == {folder for folder, _ in module_map.PACKAGES}


def test_the_map_is_up_to_date():
    """Fails when a module was added, removed or its docstring changed: run python scripts/module_map.py."""
    assert (ROOT / "docs" / "MODULES.md").read_text(encoding="utf-8") == module_map.module_map()


def test_summary_is_the_first_sentence_on_one_line():
    doc = 'Who expels, read from the parse:\n"Ruritania expelled two". More detail here.\n\nA second paragraph.'
    assert module_map.summary(doc) == 'Who expels, read from the parse: "Ruritania expelled two".'
    assert module_map.summary("a | b") == "a \\| b"
    assert module_map.summary("word " * 100).endswith(" ...")
    assert module_map.summary(None) == ""
