"""What `make regen` committed: marked, importable, valid, uniquely named, reachable."""

from __future__ import annotations

import importlib
import json

import pytest
from jsonschema import Draft202012Validator

from codegen.backends import BACKENDS
from codegen.emit.files import NOTICE
from tests.conftest import ROOT

GENERATED = ROOT / "generated"
TEXT_SUFFIXES = {".py", ".json", ".typed"}


def test_every_generated_file_says_generated_do_not_edit():
    unmarked = []
    for path in GENERATED.rglob("*"):
        if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
            head = path.read_text()[:600]
            if NOTICE not in head:
                unmarked.append(str(path.relative_to(ROOT)))
    assert not unmarked, f"files without the generated header: {unmarked[:5]}"


@pytest.mark.parametrize("backend", BACKENDS)
def test_tools_are_valid_unique_and_callable(backend):
    tools = json.loads((GENERATED / backend / "tools.json").read_text())["tools"]
    calls = importlib.import_module(f"labgate_generated.{backend}.calls")
    names = [t["name"] for t in tools]
    assert len(names) == len(set(names))
    for t in tools:
        assert len(t["name"]) <= 64 and t["name"].startswith(f"{backend}_")
        Draft202012Validator.check_schema(t["inputSchema"])
        assert callable(getattr(calls, t["call"])), t["call"]
        assert "\r" not in t["description"] and "<inheritdoc" not in t["description"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_manifest_lists_every_operation(backend):
    manifest = json.loads((GENERATED / backend / "manifest.json").read_text())
    tools = {
        t["operation"]
        for t in json.loads((GENERATED / backend / "tools.json").read_text())["tools"]
    }
    ops = manifest["operations"]
    assert {o["id"] for o in ops if not o.get("internal")} == tools
    for o in ops:
        assert o["method"] in {"GET", "POST", "PUT", "PATCH", "DELETE"} and o["path"].startswith(
            "/"
        )
        assert o["safety"] in {"read", "write", "destructive", "credential"}


def test_tool_names_are_unique_across_backends():
    names = [
        t["name"]
        for b in BACKENDS
        for t in json.loads((GENERATED / b / "tools.json").read_text())["tools"]
    ]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_client_module_imports(backend):
    client = GENERATED / backend / "client"
    for path in sorted(client.rglob("*.py")):
        module = ".".join(path.relative_to(GENERATED).with_suffix("").parts).removesuffix(
            ".__init__"
        )
        importlib.import_module(f"labgate_generated.{module}")
