"""Layout rules a grep can keep: a delivery's state is written in storage/deliveries.py
only, and no module reaches into another's private (underscore) names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("bot", "scheduler", "storage", "knowledge", "ops", "standin", "evaluation")
STATES = "scheduled|pending|queued|sending|sent|failed|uncertain|skipped"
# Writing a state: `state=...` / `"state": ...` with a state value, or a statement on the
# deliveries table that can carry one.
STATE_WRITES = re.compile(
    rf"""\bstate\s*=\s*(DeliveryState\.|State\.|["'](?:{STATES})["'])"""
    rf"""|["']state["']\s*:\s*(DeliveryState\.|State\.|["'](?:{STATES})["'])"""
    r"""|\b(?:update|insert|insert_for)\((?:session,\s*)?(?:Delivery|_DELIVERIES)\b"""
    r"""|\.state\s*=[^=]"""
)
STATE_OWNER = "storage/deliveries.py"


def product_files() -> list[Path]:
    return sorted(
        path
        for package in PRODUCT
        if (ROOT / package).is_dir()
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    )


def test_only_storage_deliveries_writes_a_delivery_state() -> None:
    writers = {
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in product_files()
        if path.relative_to(ROOT).as_posix() != STATE_OWNER
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STATE_WRITES.search(line) and "Delivery" in path.read_text(encoding="utf-8")
    }
    assert writers == set()


def test_the_owner_is_found_by_the_same_patterns() -> None:
    """The patterns above still match how storage/deliveries.py writes (not vacuous)."""
    owner = (ROOT / STATE_OWNER).read_text(encoding="utf-8")
    assert len(STATE_WRITES.findall(owner)) >= 10


def _project_modules() -> set[str]:
    return {path.name for path in ROOT.iterdir() if (path / "__init__.py").exists()}


def _private_imports(path: Path, roots: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.module is None or node.level:
            continue
        if node.module.split(".")[0] not in roots:
            continue
        private_module = any(part.startswith("_") for part in node.module.split("."))
        private_names = [a.name for a in node.names if a.name.startswith("_")]
        if private_module or private_names:
            found.append(f"{path.relative_to(ROOT)}: from {node.module} import {private_names}")
    return found


def test_no_module_imports_another_modules_private_name() -> None:
    roots = _project_modules()
    assert [hit for path in product_files() for hit in _private_imports(path, roots)] == []


# Overrides of ExtBot methods repeat PTB's own signature, whose types and DEFAULT_NONE
# PTB exports only from its private modules. Nowhere else.
PTB_SIGNATURE_OVERRIDES = {"bot/update_processor.py"}


def test_ptbs_private_modules_only_where_an_override_needs_its_signature() -> None:
    hits = [
        hit
        for path in product_files()
        if path.relative_to(ROOT).as_posix() not in PTB_SIGNATURE_OVERRIDES
        for hit in _private_imports(path, {"telegram"})
    ]
    assert hits == []
