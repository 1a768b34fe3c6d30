"""`make bump` and the surface diff, between two pinned Slurm data_parser versions (offline).

Nothing in the repository is written: the bump runs dry, regenerating into temporary trees.
SchedMD's v0.0.42 spec has one operation more than v0.0.41 (`db_get_ping`, GET
/slurmdb/v0.0.42/ping/) and drops `exclusive`, `oversubscribe`, `resv_mpi_ports` from the job
description, which gains `oom_kill_step`; the Slurm cassettes were recorded at v0.0.42.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest

from codegen import bump, pipeline, specs, surface, upstream
from codegen.__main__ import main
from codegen.backends import BACKENDS
from codegen.ingest import mlflow_wheel

QUIET = lambda message: None


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    """A dry-run bump of Slurm to v0.0.41 (its report and tree), and a v0.0.42 tree."""
    before = {
        p: p.read_bytes()
        for p in (bump.pin_file("slurm"), pipeline.GENERATED / "slurm" / "manifest.json")
    }
    v41 = tmp_path_factory.mktemp("slurm41")
    report = bump.bump("slurm", "v0.0.41", dry_run=True, work=v41, log=QUIET)
    v42 = tmp_path_factory.mktemp("slurm42")
    pipeline.regen(["slurm"], v42, {"slurm": "v0.0.42"}, log=QUIET)
    return {"report": report, "v41": v41, "v42": v42, "before": before}


def test_a_dry_run_bump_leaves_pin_and_generated_alone(trees):
    for path, data in trees["before"].items():
        assert path.read_bytes() == data, f"{path} changed"
    r = trees["report"]
    assert (r["to"], r["dry_run"], r["regen_error"]) == ("v0.0.41", True, None)
    assert r["generated"] == "generated/ untouched"
    (entry,) = r["pin"]["files"]
    pinned = specs.load_pin("slurm").file(entry["path"])
    assert entry["path"].endswith("openapi_spec_v0.0.41.json") and entry["sha256"] == pinned.sha256
    assert r["surface"]["new"] == {
        "api_version": "v0.0.41",
        "source": f"{entry['path']} (sha256 {pinned.sha256[:12]})",
        "operations": 59,
    }


def test_v0041_to_v0042_adds_db_get_ping_and_changes_the_job_description(trees):
    r = surface.diff("slurm", trees["v41"], trees["v42"])
    assert (r["old"]["operations"], r["new"]["operations"]) == (59, 60)
    assert r["added"] == [
        {"id": "db_get_ping", "method": "GET", "path": "/slurmdb/v0.0.42/ping/", "safety": "read"}
    ]
    assert r["removed"] == []
    job = r["changed"]["submit_job"]["arguments"]
    assert job["added"] == ["job.oom_kill_step"]
    assert job["removed"] == ["job.exclusive", "job.oversubscribe", "job.resv_mpi_ports"]
    assert "path" not in r["changed"]["submit_job"]  # /slurm/v0.0.41/ → /v0.0.42/ is the version
    assert r["changed"]["db_get_qos"]["arguments"] == {
        "added": ["include_deleted_qos"],
        "removed": ["with_deleted"],
        "changed": {},
    }
    composites = {a["id"]: a["status"] for a in r["composites"]}
    assert composites["submit_job"] == "changed" and "get_nodes" not in composites
    assert r["unresolved"] == {"overrides": [], "composites": []}
    assert r["cassettes"]["stale"] == [] and r["cassettes"]["checked"] > 100


def test_going_back_to_v0041_removes_it_and_stales_every_slurm_cassette(trees):
    r = trees["report"]["surface"]
    assert [o["id"] for o in r["removed"]] == ["db_get_ping"] and r["added"] == []
    cas = r["cassettes"]
    assert sum(s["requests"] for s in cas["stale"]) == cas["checked"] > 100
    folders = {s["cassette"].split("/")[2] for s in cas["stale"]}
    assert folders == {"slurm", "slurmrestd"} and cas["rerecord"] == "make record"
    assert any(s["operations"].get("submit_job") for s in cas["stale"])


def test_operations_that_vanish_are_reported_as_no_longer_resolving(trees, tmp_path):
    """submit_job (a composite calls it) and get_nodes (curated in overrides/slurm.toml) gone:
    both no longer resolve, and the cassette requests they answered are stale, POST /job/submit
    included although update_job's /job/{job_id} template now matches it."""
    shutil.copytree(trees["v42"] / "slurm", tmp_path / "slurm")
    gone = {"submit_job", "get_nodes"}
    for name, key in (("manifest.json", "operations"), ("tools.json", "tools")):
        path = tmp_path / "slurm" / name
        doc = json.loads(path.read_text())
        doc[key] = [e for e in doc[key] if not {e.get("id"), e.get("operation")} & gone]
        path.write_text(json.dumps(doc))
    r = surface.diff("slurm", trees["v42"], tmp_path)
    assert r["unresolved"] == {"overrides": ["get_nodes"], "composites": sorted(gone)}
    assert {"id": "get_nodes", "status": "gone", "tool": "slurm_list_nodes"} in r["curated"]
    assert {(a["id"], a["status"]) for a in r["composites"]} == {(i, "gone") for i in gone}
    assert {op for s in r["cassettes"]["stale"] for op in s["operations"]} == gone
    text = surface.render(r)
    assert "No longer resolve: fix before `make regen` (3)\n" in text
    assert "  ! overrides/slurm.toml: get_nodes\n  ! composite call: get_nodes" in text


def test_text_and_json_reports(trees, capsys):
    text = bump.render(trees["report"])
    assert (
        text.startswith("Bump slurm: ")
        and "(dry run: pin and generated/ left as they were)" in text
    )
    assert "Removed operations (1)\n  - db_get_ping  GET /slurmdb/v0.0.42/ping/  [read]" in text
    assert "re-record with `make record`" in text
    argv = ["surface", "--backend", "slurm", "--old", str(trees["v41"]), "--new", str(trees["v42"])]
    assert main([*argv, "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report == surface.diff("slurm", trees["v41"], trees["v42"])
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Surface diff: slurm v0.0.41 → v0.0.42" in out and "Added operations (1)" in out


def test_composite_operation_ids_exist_in_the_generated_tree():
    found = {b: surface.composite_operation_ids(b) for b in BACKENDS}
    for backend, ids in found.items():
        ops = surface.Surface.load(pipeline.GENERATED, backend).ops
        assert not set(ids) - set(ops), f"{backend}: composites call unknown operations"
    assert "submit_job" in found["slurm"] and "tasks.get_all" in found["clearml"]
    assert "list_task_summaries_paginate" in found["qarnot"]  # through LIST_OPS[kind]
    assert "estimate_job" in found["slurm_shim"]  # through extension(ctx, ...)
    assert all(
        w.startswith("overrides/") for ids in found.values() for ws in ids.values() for w in ws
    )


@pytest.mark.parametrize("backend", bump.BUMPABLE)
def test_pin_files_render_back_byte_for_byte(backend):
    import tomllib

    text = bump.pin_file(backend).read_text()
    assert bump.render_pin(bump.header(text), tomllib.loads(text)) == text


@pytest.mark.parametrize(
    "backend, version, match",
    [
        ("clearml", "2.35", "COMMIT=<sha>"),
        ("qarnot", "1.1", "URL=<https://...>"),
        ("slurm", "v0.0.46", "Add a \\[\\[files\\]\\] entry"),
        ("slurm_shim", "v0.0.43", "not bumpable"),
    ],
)
def test_a_bump_that_needs_input_says_which_and_writes_nothing(backend, version, match):
    pins = {b: bump.pin_file(b).read_bytes() for b in bump.BUMPABLE}
    with pytest.raises(upstream.NeedsInput, match=match):
        bump.bump(backend, version, dry_run=True, log=QUIET)
    assert pins == {b: bump.pin_file(b).read_bytes() for b in bump.BUMPABLE}


@pytest.mark.live
@pytest.mark.skipif(not os.environ.get("LABGATE_LIVE_MLFLOW"), reason="needs PyPI (pip)")
def test_the_pinned_mlflow_files_are_rebuilt_byte_for_byte_from_the_pypi_wheel(tmp_path):
    pin = specs.load_pin("mlflow")
    wheel, url = upstream.pypi_wheel(mlflow_wheel.PACKAGE, pin.version, tmp_path)
    derived = mlflow_wheel.derive(wheel, pin.version)
    assert {p: specs._sha256(b) for p, b in derived.items()} == {
        f.path: f.sha256 for f in pin.files if f.path in derived
    }


def test_trackio_bumps_from_a_given_wheel(tmp_path):
    """Trackio moves like MLflow: the release's wheel (from PyPI, or WHEEL=<path> as here,
    offline) becomes the pin. The pinned 0.43.0 wheel itself changes nothing: same file kept,
    no operation added, removed or changed, nothing left unresolved."""
    pin = specs.load_pin("trackio")
    (pinned,) = pin.files
    wheel = specs.ensure("trackio", pinned.path)
    before = bump.pin_file("trackio").read_bytes()
    report = bump.bump("trackio", pin.version, dry_run=True, work=tmp_path, log=QUIET, wheel=wheel)
    assert report["regen_error"] is None
    assert [(e["path"], e["status"]) for e in report["pin"]["files"]] == [(pinned.path, "kept")]
    s = report["surface"]
    assert s["new"]["operations"] == s["old"]["operations"] > 40
    assert not (s["added"] or s["removed"] or s["changed"] or any(s["unresolved"].values()))
    assert bump.pin_file("trackio").read_bytes() == before
    with pytest.raises(upstream.NeedsInput, match="is not the 9.9.9 wheel"):
        bump.bump("trackio", "9.9.9", dry_run=True, log=QUIET, wheel=wheel)
