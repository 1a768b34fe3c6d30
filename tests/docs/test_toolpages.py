"""The generator's pieces: cassette matching, argument tables, example calls."""

from __future__ import annotations

import json

from docs.toolpages import Cassettes, Page, arguments_table, example_args, response_block
from labgate.registry import Registry

CASSETTE = """interactions:
- request: {method: GET, uri: 'http://127.0.0.1:5000/api/2.0/mlflow/runs/get?run_id=r1', body: null, headers: {}}
  response:
    status: {code: 200, message: OK}
    headers: {}
    body: {string: '{"run": {"info": {"run_id": "r1", "status": "FINISHED"}, "data": {"metrics": [{"key": "a"}, {"key": "b"}, {"key": "c"}]}}}'}
- request: {method: GET, uri: 'http://127.0.0.1:6820/slurm/v0.0.42/job/17', body: null, headers: {}}
  response:
    status: {code: 404, message: Not Found}
    headers: {}
    body: {string: '{"errors": []}'}
"""


def test_cassettes_are_matched_to_operations_by_method_and_path(tmp_path):
    root = tmp_path / "tests" / "cassettes"
    (root / "mlflow").mkdir(parents=True)
    (root / "slurm").mkdir()
    (root / "mlflow" / "get_run.yaml").write_text(CASSETTE)
    (root / "slurm" / "job.yaml").write_text(CASSETTE.replace("mlflow/runs/get", "nope"))
    (root / "mlflow" / "broken.yaml").write_text("interactions: [unclosed")
    reg = Registry()
    cas = Cassettes.load(root, reg.all_operations())
    example = cas.example(reg.find("mlflow_get_run_raw"))
    assert example is not None and example["uri"].endswith("run_id=r1")
    assert cas.example(reg.find("slurm_get_job_raw")) is None  # only a 404 was recorded for it
    block = response_block(example)
    assert "`GET /api/2.0/mlflow/runs/get` → 200" in block
    shown = json.loads(block.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert shown["run"]["data"]["metrics"] == [{"key": "a"}, {"key": "b"}, "… 1 more"]


def test_arguments_table_and_example_call():
    schema = {
        "type": "object",
        "properties": {
            "state": {"type": "string", "enum": ["RUNNING", "PENDING"], "description": "a|b"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 8},
            "ids": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["ids"],
    }
    table = arguments_table(schema)
    assert "| `state` | string | no |  | `enum: RUNNING, PENDING` | a\\|b |" in table
    assert "| `limit` | integer | no | `8` | `minimum: 1; maximum: 50` |" in table
    assert "| `ids` | array of string | yes |" in table
    page = Page("p.md", "t", "operation", "", schema, "read", {}, [], "x")
    assert example_args(page) == {"ids": ["<ids>"]}
