"""Writes the ClearML and Qarnot cassettes (vcrpy 9 YAML) from the pinned specs.

Neither backend can run here, so every recorded answer is built from the pinned schemas:
Qarnot objects from the OpenAPI `example` values of their schemas (with scenario overrides),
ClearML objects shaped by hand after `schemas.json`. Every interaction is checked with
tests/spec_check.py (strict: no field the spec lacks) before it is written, and again by
tests/test_cassettes_spec.py, so a cassette cannot drift from the spec it claims to follow.

    .venv/bin/python -m tests.cassettes.build          # rewrite all cassettes
"""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path
from typing import Any

import yaml

from labgate.registry import generated_schemas
from tests import spec_check

HERE = Path(__file__).resolve().parent
HOST = "http://127.0.0.1:9"  # the fake endpoint of tests/conftest.py FAKE_ENV
TOKEN_EXP_FAR = 4_102_444_800  # 2100-01-01
STAMP = "1f0e2d3c4b5a69788796a5b4c3d2e1f0"
Q_TASK = "0e5b8f2e-6a4b-4c59-9d2a-6f1d3c7b9a11"
P1 = "5f3e0c1d2b4a49e8a7c6d5e4f3a2b1c0"  # clearml-server makes ids of uuid4 hex (32 characters)
Q_POOL = "62e80aae-d20a-4608-b873-ec8bff991733"


def jwt(exp: int, api_version: str = "2.30", n: int = 1) -> str:
    part = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")
    claims = {"exp": exp, "api_version": api_version, "identity": {"user": "u1"}, "n": n}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2ln"


# --- interactions --------------------------------------------------------------------------


def interaction(method, path, req_body, req_headers, status, body, ctype) -> dict:
    return {
        "request": {
            "body": req_body,
            "headers": {k: [v] for k, v in req_headers.items()},
            "method": method,
            "uri": HOST + path,
        },
        "response": {
            "status": {"code": status, "message": {200: "OK", 204: "No Content"}.get(status, "")},
            "headers": {"Content-Type": [ctype]} if ctype else {},
            "body": {"string": body},
        },
    }


def clearml(endpoint: str, data: Any, body: dict | None = None, status: int = 200, msg="OK"):
    auth = "Basic QUtDQU5BUlk6Kioq" if endpoint == "auth.login" else "Bearer <token>"
    meta = {
        "id": STAMP,
        "trx": STAMP,
        "endpoint": {"name": endpoint, "requested_version": "2.30", "actual_version": "2.30"},
        "result_code": status,
        "result_subcode": 0 if status == 200 else 20,
        "result_msg": msg,
        "error_stack": None,
    }
    return interaction(
        "POST",
        f"/{endpoint}",
        json.dumps(body or {}),
        {"Authorization": auth, "Content-Type": "application/json"},
        status,
        json.dumps({"meta": meta, "data": data}),
        "application/json",
    )


def login(token: str | None = None):
    return clearml("auth.login", {"token": token or jwt(TOKEN_EXP_FAR)})


def qarnot(method: str, path: str, data: Any = None, body: Any = None, status=200, text=None):
    headers = {"Authorization": "<token>"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if text is not None:
        resp, ctype = text, "text/plain; charset=utf-8"
    elif data is None:
        resp, ctype = "", None
    else:
        resp, ctype = json.dumps(data), "application/json; charset=utf-8"
    req = None if body is None else json.dumps(body)
    return interaction(method, path, req, headers, status, resp, ctype)


# --- Qarnot objects from the spec's own examples ------------------------------------------

FORMATS = {
    "date-time": "2021-05-01T15:04:27Z",
    "uuid": "12345678-1234-1234-1234-123456789012",
    "date-span": "00:10:00",
}


def example_fits(schema: dict) -> bool:
    """Some upstream examples contradict their own schema (e.g. 16 for a boolean): skip those."""
    from jsonschema import Draft202012Validator

    comps = generated_schemas("qarnot")["components"]
    doc = spec_check.translate(schema, comps, strict=False)
    doc["components"] = {"schemas": spec_check._translated_components("qarnot", False)}
    return Draft202012Validator(doc).is_valid(schema["example"])


def example(schema: dict, depth: int = 0) -> Any:
    comps = generated_schemas("qarnot")["components"]
    if "$ref" in schema:
        return example(comps[schema["$ref"].rsplit("/", 1)[-1]], depth)
    if "example" in schema and example_fits(schema):
        return schema["example"]
    if "allOf" in schema:
        out: dict = {}
        for part in schema["allOf"]:
            out.update(example(part, depth))
        return out
    if "oneOf" in schema:
        return example(schema["oneOf"][0], depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        if depth > 3:
            return {}
        return {k: example(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [] if depth > 3 else [example(schema.get("items", {}), depth + 1)]
    return {
        "string": FORMATS.get(schema.get("format"), "text"),
        "integer": 1,
        "number": 1.5,
        "boolean": False,
    }[kind]


def q(schema_name: str, **over) -> dict:
    return {**example({"$ref": f"#/components/schemas/{schema_name}"}), **over}


# --- scenarios -----------------------------------------------------------------------------

SPEC = "pinned ClearML schema 2.34 (generated/clearml/schemas.json)"
QSPEC = (
    "pinned Qarnot OpenAPI v1 (generated/qarnot/schemas.json), objects from its `example` values"
)


def task(i: int, **over) -> dict:
    return {"id": f"t{i:04d}", "name": f"train-{i}", "status": "completed", **over}


def clearml_cassettes() -> dict[str, tuple[str, list]]:
    c: dict[str, tuple[str, list]] = {}
    projects = [
        {"id": "p1", "name": "vision", "last_update": "2026-01-02T10:00:00"},
        {"id": "p2", "name": "vision/segmentation", "last_update": "2026-01-03T10:00:00"},
    ]
    c["projects"] = (
        f"{SPEC}: auth.login once, then two projects.get_all pages reusing the token",
        [
            login(),
            clearml("projects.get_all", {"projects": projects}, {"page": 0, "page_size": 100}),
            clearml("projects.get_all", {"projects": projects[:1]}, {"page": 0, "page_size": 100}),
        ],
    )
    statuses = ["completed"] * 3 + ["failed", "in_progress"]
    c["project_stats"] = (
        f"{SPEC}: tasks.get_all (statuses), projects.get_user_names, projects.get_task_tags",
        [
            login(),
            clearml(
                "tasks.get_all",
                {"tasks": [{"id": f"t{i}", "status": s} for i, s in enumerate(statuses)]},
                {"project": [P1], "page": 0, "page_size": 500},
            ),
            clearml(
                "projects.get_user_names",
                {"users": [{"id": "u1", "name": "ada"}, {"id": "u2", "name": "alan"}]},
            ),
            clearml("projects.get_task_tags", {"tags": ["baseline", "sweep"]}),
        ],
    )
    page = lambda n, start: {"tasks": [task(i) for i in range(start, start + n)]}
    c["find_tasks_paged"] = (
        f"{SPEC}: 1050 tasks served in pages of 500 (the server cap), page 1 asked twice",
        [
            login(),
            clearml(
                "tasks.get_all",
                page(500, 0),
                {"status": ["completed"], "page": 0, "page_size": 500},
            ),
            clearml(
                "tasks.get_all",
                page(500, 500),
                {"status": ["completed"], "page": 1, "page_size": 500},
            ),
            clearml(
                "tasks.get_all",
                page(500, 500),
                {"status": ["completed"], "page": 1, "page_size": 500},
            ),
            clearml(
                "tasks.get_all",
                page(50, 1000),
                {"status": ["completed"], "page": 2, "page_size": 500},
            ),
        ],
    )
    c["find_tasks_three_pages"] = (
        f"{SPEC}: 1050 tasks in three pages of 500 for one call of 1200 (progress notifications)",
        [login()]
        + [
            clearml(
                "tasks.get_all",
                page(n, 500 * i),
                {"status": ["completed"], "page": i, "page_size": 500},
            )
            for i, n in enumerate((500, 500, 50))
        ],
    )
    c["project_stats_paged"] = (
        f"{SPEC}: a project of 1100 tasks counted over three tasks.get_all pages",
        [login()]
        + [
            clearml(
                "tasks.get_all",
                {"tasks": [{"id": f"t{500 * i + j}", "status": "completed"} for j in range(n)]},
                {"project": [P1], "page": i, "page_size": 500},
            )
            for i, n in enumerate((500, 500, 100))
        ]
        + [
            clearml("projects.get_user_names", {"users": [{"id": "u1", "name": "ada"}]}),
            clearml("projects.get_task_tags", {"tags": []}),
        ],
    )
    c["find_tasks_byte_cap"] = (
        f"{SPEC}: two full pages for one call cut by the byte cap, then page 0 again from the cursor",
        [
            login(),
            clearml(
                "tasks.get_all",
                page(500, 0),
                {"status": ["completed"], "page": 0, "page_size": 500},
            ),
            clearml(
                "tasks.get_all",
                page(500, 500),
                {"status": ["completed"], "page": 1, "page_size": 500},
            ),
            clearml("tasks.get_all", page(500, 0), {"page": 0, "page_size": 500}),
        ],
    )
    full = task(
        7,
        type="training",
        project="p1",
        user="u1",
        tags=["baseline"],
        last_update="2026-01-02T10:00:00",
        created="2026-01-01T09:00:00",
        started="2026-01-01T09:01:00",
        completed="2026-01-01T10:01:00",
        last_iteration=1000,
        comment="resnet baseline",
        hyperparams={
            "Args": {
                "lr": {"section": "Args", "name": "lr", "value": "0.01", "type": "float"},
                "epochs": {"section": "Args", "name": "epochs", "value": "10"},
            }
        },
        last_metrics={
            "m1": {
                "v1": {
                    "metric": "loss",
                    "variant": "train",
                    "value": 0.12,
                    "min_value": 0.1,
                    "max_value": 2.3,
                    "min_value_iteration": 950,
                    "max_value_iteration": 0,
                }
            }
        },
        execution={
            "artifacts": [
                {
                    "key": "weights",
                    "type": "custom",
                    "mode": "output",
                    "uri": "s3://b/w.pt",
                    "content_size": 1024,
                }
            ]
        },
        models={"input": [], "output": [{"name": "best", "model": "m42"}]},
    )
    log_events = [
        {
            "task": "t0007",
            "type": "log",
            "timestamp": 1767258000000 + i,
            "level": "info",
            "msg": f"epoch {i} done",
            "worker": "w1",
        }
        for i in range(3, 0, -1)
    ]
    c["get_task"] = (
        f"{SPEC}: tasks.get_all by id with every include, events.get_task_log",
        [
            login(),
            clearml("tasks.get_all", {"tasks": [full]}, {"id": ["t0007"]}),
            clearml(
                "events.get_task_log",
                {"events": log_events, "returned": 3, "total": 3},
                {"task": "t0007", "batch_size": 200, "navigate_earlier": True},
            ),
        ],
    )
    c["get_task_missing"] = (
        f"{SPEC}: tasks.get_all by an unknown id",
        [login(), clearml("tasks.get_all", {"tasks": []}, {"id": ["nope"]})],
    )
    raw1 = {"train": {"x": list(range(0, 600)), "y": [1.0 / (1 + i) for i in range(600)]}}
    raw2 = {"train": {"x": list(range(600, 1000)), "y": [1.0 / (1 + i) for i in range(600, 1000)]}}
    RAW = {
        "task": "t0007",
        "metric": {"metric": "loss"},
        "key": "iter",
        "batch_size": 10000,
        "count_total": True,
    }
    c["metric_history"] = (
        f"{SPEC}: events.scalar_metrics_iter_raw scrolled over 1000 points, then an empty page",
        [
            login(),
            clearml(
                "events.scalar_metrics_iter_raw",
                {"variants": raw1, "returned": 600, "scroll_id": "s1", "total": 1000},
                RAW,
            ),
            clearml(
                "events.scalar_metrics_iter_raw",
                {"variants": raw2, "returned": 400, "scroll_id": "s2", "total": 1000},
                {**RAW, "scroll_id": "s1"},
            ),
            clearml(
                "events.scalar_metrics_iter_raw",
                {"variants": {}, "returned": 0, "scroll_id": "s3", "total": 1000},
                {**RAW, "scroll_id": "s2"},
            ),
        ],
    )
    model = {
        "id": "m42",
        "name": "best",
        "framework": "PyTorch",
        "uri": "s3://bucket/models/best.pt",
        "ready": True,
        "task": "t0007",
        "project": "p1",
        "created": "2026-01-01T10:00:00",
        "tags": ["prod"],
        "company": "c1",
        "labels": {"cat": 0, "dog": 1},
        "design": {"design": "resnet50"},
    }
    slim = {k: model[k] for k in ("id", "name", "framework", "uri", "ready", "task")}
    c["models"] = (
        f"{SPEC}: models.get_all then models.get_by_id",
        [
            login(),
            clearml("models.get_all", {"models": [slim]}, {"task": ["t0007"]}),
            clearml("models.get_by_id", {"model": model}, {"model": "m42"}),
        ],
    )
    ds = lambda i, ver, size: {
        "id": f"d{i}",
        "name": "cats",
        "project": "p9",
        "status": "completed",
        "created": f"2026-01-0{i}T00:00:00",
        "user": "u1",
        "tags": [],
        "runtime": {
            "orig_dataset_name": "cats",
            "orig_dataset_id": "d1",
            "version": ver,
            "ds_file_count": 10 * i,
            "ds_total_size": size,
            "ds_total_size_compressed": size // 2,
        },
    }
    c["datasets"] = (
        f"{SPEC}: tasks.get_all with system tag `dataset` (how the clearml SDK stores datasets),"
        " then projects.get_user_names for the uploaders' names",
        [
            login(),
            clearml(
                "tasks.get_all",
                {"tasks": [ds(2, "1.0.1", 4096), ds(1, "1.0.0", 2048)]},
                {"system_tags": ["dataset"], "name": "(?i)cats"},
            ),
            clearml(
                "projects.get_user_names",
                {"users": [{"id": "u1", "name": "ada"}]},
                {"projects": ["p9"]},
            ),
        ],
    )
    c.update(clearml_issue17(ds))
    queue = {
        "id": "q1",
        "name": "gpu",
        "entries": [
            {"task": "t0010", "added": "2026-01-02T00:00:00"},
            {"task": "t0011", "added": "2026-01-02T00:01:00"},
        ],
    }
    worker = {
        "id": "gpu-box:0",
        "queues": [{"id": "q1", "name": "gpu", "num_tasks": 2}],
        "task": {"id": "t0009", "name": "train-9", "running_time": 120},
    }
    c["queues"] = (
        f"{SPEC}: queues.get_all, workers.get_all, tasks.get_all for the pending task names",
        [
            login(),
            clearml(
                "queues.get_all", {"queues": [queue, {"id": "q2", "name": "cpu", "entries": []}]}
            ),
            clearml("workers.get_all", {"workers": [worker]}),
            clearml(
                "tasks.get_all",
                {
                    "tasks": [
                        {"id": "t0010", "name": "train-10"},
                        {"id": "t0011", "name": "train-11"},
                    ]
                },
                {"id": ["t0010", "t0011"]},
            ),
        ],
    )
    c["writes"] = (
        f"{SPEC}: tasks.enqueue, tasks.clone, tasks.update_tags, tasks.stop, tasks.delete",
        [
            login(),
            clearml(
                "tasks.enqueue",
                {"queued": 1, "updated": 1, "fields": {"status": "queued"}},
                {"task": "t0001", "queue_name": "gpu"},
            ),
            clearml("tasks.clone", {"id": "t0100"}, {"task": "t0001", "new_task_name": "copy"}),
            clearml(
                "tasks.update_tags", {"updated": 2}, {"ids": ["t0001", "t0002"], "add_tags": ["x"]}
            ),
            clearml(
                "tasks.stop", {"updated": 1, "fields": {"status": "stopped"}}, {"task": "t0001"}
            ),
            clearml(
                "tasks.delete",
                {"deleted": True, "updated_children": 0, "updated_models": 0},
                {"task": "t0001"},
            ),
        ],
    )
    hist = {
        "loss": {
            "train": {
                "t0001": {"name": "train-1", "x": [0, 10, 20], "y": [2.0, 1.0, 0.5]},
                "t0002": {"name": "train-2", "x": [0, 10, 20], "y": [2.1, 1.2, 0.7]},
            }
        }
    }
    metrics = lambda v: {"m": {"v": {"metric": "loss", "variant": "train", "value": v}}}
    hp = lambda lr: {"Args": {"lr": {"section": "Args", "name": "lr", "value": lr}}}
    c["compare"] = (
        f"{SPEC}: one tasks.get_all for all refs, one events.multi_task_scalar_metrics_iter_histogram",
        [
            login(),
            clearml(
                "tasks.get_all",
                {
                    "tasks": [
                        task(
                            1,
                            hyperparams=hp("0.1"),
                            last_metrics=metrics(0.5),
                            started="2026-01-01T09:00:00",
                            completed="2026-01-01T10:00:00",
                        ),
                        task(2, hyperparams=hp("0.01"), last_metrics=metrics(0.7)),
                    ]
                },
                {"id": ["t0001", "t0002"]},
            ),
            clearml(
                "events.multi_task_scalar_metrics_iter_histogram",
                hist,
                {"tasks": ["t0001", "t0002"], "key": "iter", "samples": 2000},
            ),
        ],
    )
    mixed = mixed_compare(c["compare"][1])
    if mixed:
        c["compare_with_mlflow"] = mixed
    c["auth_refresh_401"] = (
        f"{SPEC}: the token is refused once (HTTP 401), labgate logs in again and retries once",
        [
            login(jwt(TOKEN_EXP_FAR, n=1)),
            clearml("queues.get_all", {}, status=401, msg="Invalid token (token expired)"),
            login(jwt(TOKEN_EXP_FAR, n=2)),
            clearml("queues.get_all", {"queues": []}),
            clearml("workers.get_all", {"workers": []}),
        ],
    )
    c["auth_expired"] = (
        f"{SPEC}: auth.login returns an already expired token; every call logs in first",
        [
            login(jwt(1, n=1)),
            clearml("projects.get_all", {"projects": []}),
            login(jwt(1, n=2)),
            clearml("projects.get_all", {"projects": []}),
        ],
    )
    c["auth_wrong_credentials"] = (
        f"{SPEC}: auth.login refuses the key pair (HTTP 401 with the server's own message)",
        [
            clearml(
                "auth.login",
                {},
                status=401,
                msg="Unauthorized (invalid credentials) (failed to locate provided credentials)",
            )
        ],
    )
    OLD_EVENTS = [
        {"type": "training_stats_scalar", "task": "t1", "metric": "loss", "variant": v, "iter": i,
         "value": 1.0 / (i + 1), "timestamp": 1767258000000 + i}
        for i, v in ((0, "train"), (1, "train"), (2, "train"), (2, "val"))
    ]  # fmt: skip
    c["old_server"] = (
        f"{SPEC}: a server speaking API 2.9 (token claim api_version): scalar history comes from"
        " events.get_scalar_metric_data (API 2.1), never from events.scalar_metrics_iter_raw (2.16)",
        [
            login(jwt(TOKEN_EXP_FAR, api_version="2.9")),
            clearml("projects.get_all", {"projects": []}),
            clearml(
                "events.get_scalar_metric_data",
                {"events": OLD_EVENTS[:3], "returned": 3, "total": 4, "scroll_id": "o1"},
                {"task": "t1", "metric": "loss"},
            ),
            clearml(
                "events.get_scalar_metric_data",
                {"events": OLD_EVENTS[3:], "returned": 1, "total": 4, "scroll_id": "o2"},
                {"task": "t1", "metric": "loss", "scroll_id": "o1"},
            ),
            clearml(
                "events.get_scalar_metric_data",
                {"events": [], "returned": 0, "total": 4, "scroll_id": "o3"},
                {"task": "t1", "metric": "loss", "scroll_id": "o2"},
            ),
        ],
    )
    return c


def artifact(key: str, preview: str | None, ctype: str, uri: str, **over) -> dict:
    type_data = {"content_type": ctype, **({"preview": preview} if preview is not None else {})}
    return {"key": key, "type": over.pop("type", "custom"), "mode": "output", "uri": uri,
            "content_size": len((preview or "").encode()), "type_data": type_data, **over}  # fmt: skip


def clearml_issue17(ds) -> dict[str, tuple[str, list]]:
    """Project names, several task ids in one call, dataset details with metadata artifacts,
    the start-up check."""
    c: dict[str, tuple[str, list]] = {}
    exact = lambda name: {
        "name": name,
        "only_fields": ["id", "name"],
        "order_by": ["name"],
        "page": 0,
        "page_size": 10,
    }
    vision = [{"id": P1, "name": "vision"}]
    c["project_by_name"] = (
        f"{SPEC}: a project name looked up (exact, any case) with projects.get_all, then the"
        " tasks and models of its id",
        [
            login(),
            clearml("projects.get_all", {"projects": vision}, exact("(?i)^Vision$")),
            clearml(
                "tasks.get_all",
                {"tasks": [task(1, project=P1), task(2, project=P1)]},
                {"project": [P1], "include_subprojects": True},
            ),
            clearml("projects.get_all", {"projects": vision}, exact("(?i)^vision$")),
            clearml(
                "models.get_all", {"models": [{"id": "m1", "name": "best"}]}, {"project": [P1]}
            ),
        ],
    )
    c["project_names_refused"] = (
        f"{SPEC}: an unknown project name (no exact match; projects.get_all by substring for"
        " candidates), then a name two projects share in different cases",
        [
            login(),
            clearml("projects.get_all", {"projects": []}, exact("(?i)^segmentation$")),
            clearml(
                "projects.get_all",
                {"projects": [{"id": "p2", "name": "vision/segmentation"}]},
                exact("(?i)segmentation"),
            ),
            clearml("projects.get_all", {"projects": []}, exact("(?i)^visoin$")),
            clearml("projects.get_all", {"projects": []}, exact("(?i)visoin")),
            clearml(
                "projects.get_all",
                {"projects": [{"id": "pa", "name": "VISION"}, {"id": "pb", "name": "vision"}]},
                exact("(?i)^Vision$"),
            ),
        ],
    )
    c["get_tasks_many"] = (
        f"{SPEC}: one tasks.get_all for three ids, one of them unknown",
        [
            login(),
            clearml(
                "tasks.get_all",
                {"tasks": [task(2, project="p1"), task(1, project="p1")]},
                {"id": ["t0001", "t0002", "nope"]},
            ),
        ],
    )
    meta_json = json.dumps(
        {"classes": ["cat", "dog"], "count": 12, "big": 123456789012345678901234567890,
         "ratio": 0.5, "source": "=cmd|' /C calc'!A0"}, indent=4)  # fmt: skip
    rows = [
        ["name", "label", "link"],
        ["cat-1.jpg", "cat", '=HYPERLINK("http://evil.example","x")'],
    ]
    rows += [[f"dog-{i}.jpg", "dog", ""] for i in range(60)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)  # as pandas writes it: quoted as needed
    csv_rows = out.getvalue()
    pandas_repr = "        name label\n0  cat-1.jpg   cat\n1  dog-1.jpg   dog"
    deep = "[" * 30 + "]" * 30
    d1 = {
        **ds(1, "1.0.0", 2048),
        "system_tags": ["dataset"],
        "runtime": {**ds(1, "1.0.0", 2048)["runtime"], "ds_link_count": 0},
        "execution": {
            "artifacts": [
                artifact(
                    "metadata",
                    meta_json,
                    "application/json",
                    "http://files/p/metadata.json",
                    type="JSON",
                ),  # fmt: skip
                artifact(
                    "labels", csv_rows, "text/csv", "http://files/p/labels.csv.gz", type="pandas"
                ),  # fmt: skip
                artifact("state", '{"files": {}}', "application/json", "http://files/p/state.json"),
                artifact("data", "archive", "application/zip", "http://files/p/dataset.zip"),
            ]
        },
    }
    d2 = {
        **ds(2, "1.0.1", 4096),
        "system_tags": ["dataset"],
        "execution": {
            "artifacts": [
                artifact("broken", '{"a": [1, 2', "application/json", "http://files/p/b.json"),
                artifact("huge", "x,y\n" + "1,2\n" * 5000, "text/csv", "http://files/p/h.csv"),
                artifact(
                    "table", pandas_repr, "text/csv", "http://files/p/t.csv.gz", type="pandas"
                ),
                artifact("deep", deep, "application/json", "http://files/p/deep.json"),
                artifact(
                    "cut",
                    "# full serialized dict too large to store, storing first 64kb\n{",
                    "application/json",
                    "http://files/p/cut.json",
                ),  # fmt: skip
                artifact("empty", None, "application/json", "http://files/p/e.json"),
            ]
        },
    }
    c["dataset_details"] = (
        f"{SPEC}: two datasets in one tasks.get_all, their metadata artifacts carried in"
        " type_data.preview (valid JSON, CSV with a formula cell, a printed table; malformed, huge,"
        " too deep, cut by the SDK, empty), then projects.get_user_names for the uploader",
        [
            login(),
            clearml("tasks.get_all", {"tasks": [d1, d2]}, {"id": ["d1", "d2"]}),
            clearml(
                "projects.get_user_names",
                {"users": [{"id": "u1", "name": "ada"}]},
                {"projects": ["p9"]},
            ),
        ],
    )
    # the pinned schema gives `user` a $ref beside its own `properties`: the strict check can
    # accept no user object with fields, so the answer carries settings only (the check reads
    # nothing of it: an answer is the proof)
    me = {"settings": {"max_download_items": "1000"}}
    c["check_ok"] = (
        f"{SPEC}: the start-up check: auth.login, then users.get_current_user",
        [login(), clearml("users.get_current_user", me)],
    )
    return c


MLFLOW_SOURCE = HERE / "mlflow" / "test_compare_tasks_known_differences.yaml"


def mixed_compare(clearml_part: list) -> tuple[str, list] | None:
    """ClearML tasks beside the MLflow runs of the MLflow suite's own recording (a real
    MLflow 3.17.2 server), moved to the fake host: compare_tasks across both trackers."""
    if not MLFLOW_SOURCE.is_file():
        return None
    from urllib.parse import urlsplit

    src = yaml.safe_load(MLFLOW_SOURCE.read_text())
    mlflow = []
    for it in src["interactions"]:
        url = urlsplit(it["request"]["uri"])
        it["request"]["uri"] = HOST + url.path + (f"?{url.query}" if url.query else "")
        mlflow.append(it)
    source = (
        f"{SPEC} for the ClearML half; the MLflow half is copied from "
        f"tests/cassettes/mlflow/{MLFLOW_SOURCE.name} (recorded from a real MLflow 3.17.2 "
        "server; run ids in tests/cassettes/mlflow/seed.json), rebuilt when that is re-recorded"
    )
    return source, clearml_part + mlflow


def qarnot_cassettes() -> dict[str, tuple[str, list]]:
    c: dict[str, tuple[str, list]] = {}
    summary = lambda i, state: q(
        "TaskSummaryOutput",
        uuid=f"00000000-0000-0000-0000-00000000000{i}",
        name=f"render-{i}",
        state=state,
    )
    page1 = {
        "data": [summary(1, "FullyExecuting"), summary(2, "Success")],
        "nextToken": "tok2",
        "isTruncated": True,
        "count": 2,
        "total": 3,
    }
    page2 = {
        "data": [summary(3, "Failure")],
        "nextToken": None,
        "isTruncated": False,
        "count": 1,
        "total": 3,
    }
    c["list_tasks"] = (
        f"{QSPEC}: two pages of POST /v1/tasks/summaries/paginate (token continuation)",
        [
            qarnot(
                "POST",
                "/v1/tasks/summaries/paginate",
                page1,
                {"maximumResults": 2, "orderBy": "CreationDate", "orderType": "DESC"},
            ),
            qarnot(
                "POST",
                "/v1/tasks/summaries/paginate",
                page2,
                {"maximumResults": 2, "token": "tok2"},
            ),
        ],
    )
    job = q(
        "JobOutput", uuid="11111111-2222-3333-4444-555555555555", name="nightly", state="Active"
    )
    pool = q("PoolSummaryOutput", uuid=Q_POOL, name="render-pool", state="FullyExecuting")
    NAME_NIGHT = {"field": "Name", "operator": "Like", "value": "night"}
    POOL_FILTER = {
        "operator": "And",
        "filters": [
            {"field": "Name", "operator": "Like", "value": "render"},
            {"field": "State", "operator": "Equal", "value": "FullyExecuting"},
        ],
    }
    leaf_state = {"field": "State", "operator": "Equal", "value": "Success"}
    leaf_name = {"field": "Name", "operator": "Like", "value": "render"}
    found = lambda *ids: {
        "data": [summary(i, "Success") for i in ids],
        "isTruncated": False,
        "count": len(ids),
        "total": len(ids),
    }
    paginate = lambda filt, data: qarnot(
        "POST",
        "/v1/tasks/summaries/paginate",
        data,
        {"maximumResults": 50, "orderBy": "CreationDate", "orderType": "DESC", "filter": filt},
    )
    c["list_filters"] = (
        f"{QSPEC}: POST /v1/tasks/summaries/paginate filtered by state, by name, then by both"
        " (an And node of two UnitValueLeaf filters)",
        [
            paginate(leaf_state, found(2, 4)),
            paginate(leaf_name, found(1, 2)),
            paginate({"operator": "And", "filters": [leaf_name, leaf_state]}, found(2)),
        ],
    )
    tag = lambda t: {"field": "Tags", "operator": "Equal", "value": t}
    c["list_tags"] = (
        f"{QSPEC}: POST /v1/tasks/summaries/paginate filtered by one tag (an Equal leaf on Tags,"
        " as the Qarnot SDK filters), by name and any of two tags (an And node over an Or node),"
        " and POST /v1/pools/summaries/paginate by a tag",
        [
            paginate(tag("demo"), found(1)),
            paginate(
                {
                    "operator": "And",
                    "filters": [
                        leaf_name,
                        {"operator": "Or", "filters": [tag("demo"), tag("gpu")]},
                    ],
                },
                found(1, 2),
            ),  # fmt: skip
            qarnot(
                "POST",
                "/v1/pools/summaries/paginate",
                {"data": [pool], "isTruncated": False, "total": 1, "count": 1},
                {"maximumResults": 50, "filter": tag("render")},
            ),
        ],
    )
    c["list_jobs_pools"] = (
        f"{QSPEC}: POST /v1/jobs/paginate and /v1/pools/summaries/paginate with name/state filters",
        [
            qarnot(
                "POST",
                "/v1/jobs/paginate",
                {"data": [job], "isTruncated": False, "total": 1, "count": 1},
                {"maximumResults": 50, "filter": NAME_NIGHT},
            ),
            qarnot(
                "POST",
                "/v1/pools/summaries/paginate",
                {"data": [pool], "isTruncated": False, "total": 1, "count": 1},
                {"maximumResults": 50, "filter": POOL_FILTER},
            ),
        ],
    )
    t = q("TaskOutput", uuid=Q_TASK, name="render", state="Success", profile="docker-batch")
    c["get_task"] = (
        f"{QSPEC}: GET /v1/tasks/{{uuid}}, twice (slim, full)",
        [qarnot("GET", f"/v1/tasks/{Q_TASK}", t), qarnot("GET", f"/v1/tasks/{Q_TASK}", t)],
    )
    log = "".join(f"frame {i:05d} rendered\n" for i in range(1000))
    c["task_output"] = (
        f"{QSPEC}: GET stdout of a task (text/plain, no response schema) and stderr of instance "
        "3, then stdout again (read from an offset)",
        [
            qarnot("GET", f"/v1/tasks/{Q_TASK}/stdout", text=log),
            qarnot("GET", f"/v1/tasks/{Q_TASK}/stderr/3", text="warning: low memory\n"),
            qarnot("GET", f"/v1/tasks/{Q_TASK}/stdout", text=log),
        ],
    )
    hw = [q("MinimumCoreHardware", coreCount=16), q("GpuHardware"), q("MinimumRamHardware")]
    c["profiles"] = (
        f"{QSPEC}: GET /v1/profiles, GET /v1/profiles/{{name}}, GET /v1/hardware-constraints",
        [
            qarnot("GET", "/v1/profiles", ["docker-batch", "blender-2.93", "docker-nvidia-batch"]),
            qarnot("GET", "/v1/profiles/blender-2.93", q("QProfile", name="blender-2.93")),
            qarnot(
                "GET",
                "/v1/hardware-constraints?Limit=200&Offset=0",
                {"data": hw, "total": 3, "limit": 200, "offset": 0},
            ),
        ],
    )
    carbon_t = example(
        {
            "$ref": "#/components/schemas/Qarnot.Credits.PublicAPI.UseCases.V1.GetTaskCarbonFacts.GetTaskCarbonFactsResponse"
        }
    )
    carbon_p = example(
        {
            "$ref": "#/components/schemas/Qarnot.Credits.PublicAPI.UseCases.V1.GetPoolCarbonFacts.GetPoolCarbonFactsResponse"
        }
    )
    many_hw = [q("SpecificHardware", specificationKey=f"cpu-model-{i:03d}") for i in range(449)] + [
        q("GpuHardware")
    ]
    c["hardware_paged"] = (
        f"{QSPEC}: 450 hardware constraints over three Limit/Offset pages of 200",
        [
            qarnot(
                "GET",
                f"/v1/hardware-constraints?Limit=200&Offset={off}",
                {"data": many_hw[off : off + 200], "total": 450, "limit": 200, "offset": off},
            )
            for off in (0, 200, 400)
        ],
    )
    c["placement_paged"] = (
        f"{QSPEC}: where_to_submit when the only GPU constraint is on the third hardware page",
        [
            qarnot("GET", "/v1/info", q("UserOutput")),
            qarnot("GET", "/v1/profiles", ["docker-batch", "docker-nvidia-batch"]),
            *c["hardware_paged"][1],
        ],
    )
    c["usage"] = (
        f"{QSPEC}: carbon facts and the task/pool for its execution time, for a task then a pool",
        [
            qarnot("GET", f"/carbon/v1/Tasks/{Q_TASK}/carbon-facts", carbon_t),
            qarnot("GET", f"/v1/tasks/{Q_TASK}", t),
            qarnot("GET", f"/carbon/v1/Pools/{Q_POOL}/carbon-facts", carbon_p),
            qarnot("GET", f"/v1/pools/{Q_POOL}", q("PoolOutput", uuid=Q_POOL, state="Closed")),
        ],
    )
    body = {
        "name": "render",
        "instanceCount": 4,
        "profile": "docker-batch",
        "constants": [{"key": "DOCKER_CMD", "value": "echo hi"}],
        "tags": ["demo"],
        "resourceBuckets": ["in"],
    }
    c["submit"] = (
        f"{QSPEC}: GET /v1/profiles to check the profile, then POST /v1/tasks",
        [
            qarnot("GET", "/v1/profiles", ["docker-batch"]),
            qarnot("POST", "/v1/tasks", {"uuid": Q_TASK}, body),
        ],
    )
    c["submit_unknown_profile"] = (
        f"{QSPEC}: GET /v1/profiles only (the profile is refused before submitting)",
        [qarnot("GET", "/v1/profiles", ["docker-batch"])],
    )
    c["abort_delete"] = (
        f"{QSPEC}: POST /v1/tasks/{{uuid}}/abort then DELETE /v1/tasks/{{uuid}} (no response bodies)",
        [
            qarnot("POST", f"/v1/tasks/{Q_TASK}/abort", status=204),
            qarnot("DELETE", f"/v1/tasks/{Q_TASK}", status=204),
        ],
    )
    c["auth_invalid_token"] = (
        f"{QSPEC}: the token is refused (HTTP 401, RequestErrorOutput message)",
        [
            qarnot(
                "GET",
                "/v1/profiles",
                q("RequestErrorOutput", message="Unauthorized: invalid token"),
                status=401,
            )
        ],
    )
    c["check"] = (
        f"{QSPEC}: the start-up check (GET /v1/info, which needs the token): answered, then"
        " refused (HTTP 401)",
        [
            qarnot("GET", "/v1/info", q("UserOutput")),
            qarnot(
                "GET",
                "/v1/info",
                q("RequestErrorOutput", message="Unauthorized: invalid token"),
                status=401,
            ),
        ],
    )
    c["placement"] = (
        f"{QSPEC}: user quotas (GET /v1/info), profiles, hardware constraints for where_to_submit",
        [
            qarnot("GET", "/v1/info", q("UserOutput")),
            qarnot("GET", "/v1/profiles", ["docker-batch", "docker-nvidia-batch"]),
            qarnot(
                "GET",
                "/v1/hardware-constraints?Limit=200&Offset=0",
                {"data": hw, "total": 3, "limit": 200, "offset": 0},
            ),
        ],
    )
    return c


# --- writing -------------------------------------------------------------------------------


def write(root: Path, backend: str, name: str, source: str, interactions: list) -> Path:
    path = root / backend / f"{name}.yaml"
    problems = []
    for i, it in enumerate(interactions):
        req, resp = it["request"], it["response"]
        if "/mlflow/" in req["uri"]:
            continue  # real MLflow recordings (mixed compare cassette)
        try:
            b, op = spec_check.check_request(
                req["method"], req["uri"], {k: v[0] for k, v in req["headers"].items()}, req["body"]
            )
            spec_check.check_response(
                b, op, resp["status"]["code"], resp["headers"], resp["body"]["string"]
            )
        except spec_check.SpecViolation as exc:
            problems.append(f"{name} #{i}: {exc}")
    if problems:
        raise SystemExit("\n".join(problems))
    header = (
        f"# Built by tests/cassettes/build.py — do not edit by hand.\n"
        f"# Source: {source}.\n"
        f"# Checked against the spec by tests/spec_check.py (strict) when built and in the test suite.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False, width=100)
    path.write_text(header + body)
    return path


def build(root: Path = HERE) -> list[Path]:
    from tests.cassettes import build_links  # runs ↔ jobs: ClearML and Qarnot in one cassette

    out = []
    every = (
        ("clearml", clearml_cassettes()),
        ("qarnot", qarnot_cassettes()),
        *build_links.scenarios(),
    )
    for backend, scenarios in every:
        for name, (source, interactions) in scenarios.items():
            out.append(write(root, backend, name, source, interactions))
    return out


def main() -> None:
    print(f"wrote {len(build())} cassettes under {HERE}")


if __name__ == "__main__":
    main()
