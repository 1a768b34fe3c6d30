import json

import pytest

from codegen import patches, specs
from codegen.emit import schema as sch
from codegen.emit.text import brief, clean, snake, tool_name


def test_clean_strips_crlf_html_and_inheritdoc():
    raw = 'Gets a task.\r\n<inheritdoc cref="X"/> <b>Bold</b> &amp; more<br/>next'
    assert clean(raw) == "Gets a task.\nBold & more\nnext"


def test_brief_cuts_at_sentence():
    text = "First sentence here. " + "word " * 100
    assert brief(text, 60) == "First sentence here."


def test_tool_names_are_snake_unique_and_bounded():
    taken: set[str] = set()
    assert tool_name("slurm", "getJobs", taken) == "slurm_get_jobs"
    assert tool_name("slurm", "get_jobs", taken) == "slurm_get_jobs_2"
    long = tool_name("qarnot", "x" * 100, taken)
    assert len(long) <= 64
    assert snake("HTTPServerInfo") == "http_server_info"


def test_inline_resolves_refs_and_cuts_cycles():
    comps = {
        "Node": {
            "type": "object",
            "properties": {
                "child": {"$ref": "#/components/schemas/Node"},
                "n": {"type": "integer", "nullable": True},
            },
        }
    }
    out = sch.inline({"$ref": "#/components/schemas/Node"}, comps)
    assert out["properties"]["n"]["type"] == ["integer", "null"]
    assert out["properties"]["child"] == {"type": "object", "description": "Node (recursive)"}


def test_bound_shrinks_big_schemas_under_the_limit():
    leaf = {
        "type": "object",
        "properties": {f"f{i}": {"type": "string", "description": "d" * 50} for i in range(30)},
    }
    big = {
        "type": "object",
        "properties": {f"p{i}": {"type": "object", "properties": {"x": leaf}} for i in range(10)},
    }
    assert sch.size(big) > 8000
    out = sch.bound(big, 8000)
    assert sch.size(out) <= 8000 and set(out["properties"]) == set(big["properties"])


def test_patch_groups_apply_and_need_reasons(tmp_path):
    doc = {"paths": {"/a": {"get": {}}}, "required": []}
    f = tmp_path / "p.json"
    f.write_text(
        json.dumps(
            [
                {
                    "reason": "no operationId upstream",
                    "ops": [
                        {"op": "add", "path": "/paths/~1a/get/operationId", "value": "get_a"},
                        {"op": "remove", "path": "/required"},
                    ],
                }
            ]
        )
    )
    assert patches.apply_file(doc, f) == ["no operationId upstream"]
    assert doc == {"paths": {"/a": {"get": {"operationId": "get_a"}}}}
    f.write_text(json.dumps([{"reason": "", "ops": []}]))
    with pytest.raises(patches.PatchError, match="reason"):
        patches.apply_file({}, f)


def test_pinned_file_with_wrong_sha_is_refused(tmp_path, monkeypatch):
    mirror = tmp_path / "mirror" / "qarnot"
    mirror.mkdir(parents=True)
    (mirror / "openapi.json").write_text("{}")
    monkeypatch.setenv("SPECS_MIRROR", str(tmp_path / "mirror"))
    monkeypatch.setattr(specs, "CACHE_DIR", tmp_path / "cache")
    with pytest.raises(specs.PinError, match="differs from the pin"):
        specs.ensure("qarnot", "qarnot/openapi.json")
    assert not (tmp_path / "cache" / "qarnot" / "openapi.json").exists()


def test_every_pin_lists_source_version_license_and_sha():
    for backend in specs.pinned_backends():
        pin = specs.load_pin(backend)
        assert pin.version and pin.license and pin.raw.get("origin")
        for f in pin.files:
            assert len(f.sha256) == 64 and (
                f.url or pin.raw["files"][0].get("derived_from") or "derived_from" in str(pin.raw)
            )
