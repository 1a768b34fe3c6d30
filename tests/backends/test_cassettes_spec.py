"""The ClearML and Qarnot cassettes against the pinned specs: every response validates against
its operation's response schema, every recorded request against the request schema, the
cassettes are what tests/cassettes/build.py makes from the current spec, and every curated
tool of both backends is exercised by a cassette test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from labgate.config import load
from labgate.tools import ToolBuilder
from tests import spec_check
from tests.cassettes import build
from tests.conftest import ROOT

CASSETTES = sorted(
    p for b in ("clearml", "qarnot") for p in (ROOT / "tests" / "cassettes" / b).glob("*.yaml")
)


def test_there_are_cassettes_for_both_backends():
    assert {p.parent.name for p in CASSETTES} == {"clearml", "qarnot"}


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cassette_matches_the_pinned_spec(path: Path):
    assert path.read_text().startswith("# Built by tests/cassettes/build.py"), "no source header"
    assert spec_check.check_cassette(path) == []


def test_cassettes_are_up_to_date_with_the_builder(tmp_path):
    """A spec change that breaks a scenario fails the builder; one that changes it shows here."""
    built = build.build(tmp_path)
    fresh = {p.relative_to(tmp_path) for p in built}
    assert fresh == {p.relative_to(ROOT / "tests" / "cassettes") for p in CASSETTES}, (
        "cassettes and builder disagree: run `.venv/bin/python -m tests.cassettes.build`"
    )
    for p in built:
        committed = ROOT / "tests" / "cassettes" / p.relative_to(tmp_path)
        assert p.read_text() == committed.read_text(), f"{committed.name} is stale: rebuild it"


def _cassette(tmp_path, method, uri, body, status, resp) -> Path:
    path = tmp_path / "stale.yaml"
    it = build.interaction(
        method, "", body, {"Authorization": "Bearer <token>"}, status, resp, "application/json"
    )
    it["request"]["uri"] = uri
    path.write_text(yaml.safe_dump({"interactions": [it], "version": 1}))
    return path


def test_a_gone_operation_fails_naming_cassette_and_operation(tmp_path):
    path = _cassette(
        tmp_path,
        "POST",
        "http://127.0.0.1:9/tasks.get_all_v9",
        "{}",
        200,
        '{"meta": {}, "data": {}}',
    )
    (problem,) = spec_check.check_cassette(path)
    assert (
        "stale.yaml" in problem and "'tasks.get_all_v9'" in problem and "gone or renamed" in problem
    )


def test_a_changed_response_fails_naming_cassette_operation_and_field(tmp_path):
    resp = '{"meta": {"result_code": 200, "result_msg": "OK"}, "data": {"tasks": [{"id": 7}]}}'
    path = _cassette(tmp_path, "POST", "http://127.0.0.1:9/tasks.get_all", "{}", 200, resp)
    (problem,) = spec_check.check_cassette(path)
    assert "stale.yaml" in problem and "tasks.get_all" in problem and "tasks/0/id" in problem


def test_a_field_the_spec_lacks_is_refused():
    with pytest.raises(spec_check.SpecViolation, match="Additional properties"):
        spec_check.check_response("qarnot", "get_profile", 200, {}, '{"name": "x", "price": 3}')


def test_a_request_the_spec_forbids_is_refused():
    with pytest.raises(spec_check.SpecViolation, match="required"):
        spec_check.check_request(
            "POST", "http://h/tasks.enqueue", {"Authorization": "Bearer t"}, "{}"
        )
    with pytest.raises(spec_check.SpecViolation, match="raw token"):
        spec_check.check_request("GET", "http://h/v1/profiles", {"Authorization": "Bearer t"}, None)
    with pytest.raises(spec_check.SpecViolation, match="not an integer"):
        spec_check.check_request(
            "GET", "http://h/v1/hardware-constraints?Limit=x", {"Authorization": "t"}, None
        )


def test_qarnot_paths_map_to_their_operations():
    assert spec_check.match("GET", "http://h/v1/tasks/summaries")[1] == "list_task_summaries"
    assert spec_check.match("GET", "http://h/v1/tasks/abc")[1:] == ("get_task", {"taskUuid": "abc"})
    assert (
        spec_check.match("GET", "http://h/v1/tasks/abc/stdout/3")[1] == "get_task_instance_stdout"
    )
    with pytest.raises(spec_check.SpecViolation, match="no operation"):
        spec_check.match("PATCH", "http://h/v1/profiles")


@pytest.mark.parametrize("backend", ["clearml", "qarnot"])
def test_every_curated_tool_has_a_cassette_test(backend, fake_env):
    settings = load(env=fake_env, allow_write=True, allow_destructive=True)
    names = {t.name for t in ToolBuilder(settings).build() if t.name.startswith(f"{backend}_")}
    source = (ROOT / "tests" / "backends" / f"test_{backend}_tools.py").read_text()
    called = set(re.findall(r'run\(\s*(?:\w+|builder\([^)]*\)),\s*"(\w+)"', source))
    assert names and names <= called, (
        f"curated {backend} tools without a cassette test: {names - called}"
    )
