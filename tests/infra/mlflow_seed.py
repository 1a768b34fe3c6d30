"""Deterministic MLflow datasets, written only through the REST API (httpx).

`seed_demo(url)` fills a server for `make run` with clearly labelled demo data; `seed_test(url)`
writes the dataset the live tests check against. Each returns a JSON-serialisable dict that
describes exactly what it created (ids, names, every param, tag, metric point and artifact), so
tests compute expected results from it rather than from the server.

    python tests/infra/mlflow_seed.py --url http://127.0.0.1:5000 --dataset demo [--out F.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from typing import Any

import httpx

BASE_TS = 1_767_225_600_000  # 2026-01-01T00:00:00Z in ms; every timestamp derives from it
BATCH_LIMIT = 1000  # MLflow's cap on metrics + params + tags in one runs/log-batch
DEMO_TAG = "labgate.demo"
DEMO_EXPERIMENTS = ("demo/image-classifier", "demo/text-sentiment")
DEMO_MODEL = "demo-image-classifier"  # registered model names cannot contain "/"
TEST_PAGING = "labgate-test/paging"
TEST_MAIN = "labgate-test/main"
PAGING_RUNS = 120
HISTORY_STEPS = 1000


class AlreadySeeded(RuntimeError):
    """The dataset's first experiment already exists on this server."""


class MlflowRestError(RuntimeError):
    pass


# ---------------------------------------------------------------- REST


class Rest:
    """The few MLflow REST calls seeding needs. Loopback only, so no proxies from the env."""

    def __init__(self, url: str, client: httpx.Client | None = None) -> None:
        self.client = client or httpx.Client(base_url=url, trust_env=False, timeout=30)

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise MlflowRestError(
                f"{response.request.method} {response.request.url.path} -> "
                f"{response.status_code}: {response.text[:500]}"
            )
        return response

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._check(self.client.post(f"/api/2.0/mlflow/{path}", json=body)).json()

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.client.get(f"/api/2.0/mlflow/{path}", params=params)

    def experiment_exists(self, name: str) -> bool:
        response = self.get("experiments/get-by-name", experiment_name=name)
        if response.status_code == 404:
            return False
        self._check(response)
        return True

    def create_experiment(self, name: str, tags: dict[str, str]) -> str:
        body = {"name": name, "tags": _kv(tags)}
        return self.post("experiments/create", body)["experiment_id"]

    def create_run(self, experiment_id: str, name: str, start: int, tags: dict[str, str]) -> str:
        body = {
            "experiment_id": experiment_id,
            "run_name": name,
            "start_time": start,
            "tags": _kv(tags),
        }
        return self.post("runs/create", body)["run"]["info"]["run_id"]

    def log_batch(self, run_id: str, params: dict, tags: dict, metrics: dict) -> None:
        items = (
            [("params", p) for p in _kv(params)]
            + [("tags", t) for t in _kv(tags)]
            + [("metrics", {"key": k, **point}) for k, pts in metrics.items() for point in pts]
        )
        for start in range(0, len(items), BATCH_LIMIT):
            body: dict[str, Any] = {"run_id": run_id, "params": [], "tags": [], "metrics": []}
            for kind, item in items[start : start + BATCH_LIMIT]:
                body[kind].append(item)
            self.post("runs/log-batch", body)

    def finish_run(self, run_id: str, status: str, end: int) -> None:
        self.post("runs/update", {"run_id": run_id, "status": status, "end_time": end})

    def upload(self, experiment_id: str, run_id: str, path: str, data: bytes) -> None:
        url = f"/api/2.0/mlflow-artifacts/artifacts/{experiment_id}/{run_id}/artifacts/{path}"
        headers = {"Content-Type": "application/octet-stream"}
        self._check(self.client.put(url, content=data, headers=headers))


def _kv(mapping: dict[str, str]) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in mapping.items()]


# ---------------------------------------------------------------- describing what is written


def _point(step: int, timestamp: int, value: float) -> dict[str, Any]:
    return {"step": step, "timestamp": timestamp, "value": value}


def _artifact(data: bytes) -> dict[str, Any]:
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _write_run(
    rest: Rest,
    experiment_id: str,
    name: str,
    *,
    start: int,
    end: int | None = None,
    status: str = "FINISHED",
    params: dict[str, str] | None = None,
    tags: dict[str, str] | None = None,
    metrics: dict[str, list[dict[str, Any]]] | None = None,
    artifacts: dict[str, bytes] | None = None,
) -> dict[str, Any]:
    """Create one run with everything in it, and return its description."""
    params, tags, metrics, artifacts = params or {}, tags or {}, metrics or {}, artifacts or {}
    run_id = rest.create_run(experiment_id, name, start, tags)
    if params or metrics:
        rest.log_batch(run_id, params, {}, metrics)
    for path, data in artifacts.items():
        rest.upload(experiment_id, run_id, path, data)
    if status != "RUNNING":
        rest.finish_run(run_id, status, end)
    return {
        "run_id": run_id,
        "run_name": name,
        "experiment_id": experiment_id,
        "status": status,
        "start_time": start,
        "end_time": end if status != "RUNNING" else None,
        "params": params,
        "tags": tags,  # user tags only; the server adds mlflow.runName etc.
        "metrics": metrics,
        "artifacts": {path: _artifact(data) for path, data in artifacts.items()},
        "artifact_uri": f"mlflow-artifacts:/{experiment_id}/{run_id}/artifacts",
    }


def _experiment(rest: Rest, name: str, tags: dict[str, str]) -> dict[str, Any]:
    return {"experiment_id": rest.create_experiment(name, tags), "name": name, "tags": tags}


# ---------------------------------------------------------------- demo dataset


DEMO_GRID = [  # (lr, batch_size, optimizer) per run; 4 runs in each demo experiment
    ("0.1", "32", "sgd"),
    ("0.01", "64", "sgd"),
    ("0.001", "32", "adam"),
    ("0.0003", "64", "adam"),
]


def _demo_curves(i: int, steps: int, start: int) -> dict[str, list[dict[str, Any]]]:
    """loss decays and accuracy rises at a rate set by the run index, with a small wobble."""
    rate = 0.02 + 0.01 * (i % 4)
    floor = 0.05 + 0.03 * (i % 3)
    loss, accuracy = [], []
    for step in range(steps):
        ts = start + 60_000 + step * 30_000
        decay = math.exp(-rate * step)
        wobble = 0.01 * math.sin(step * 0.7 + i)
        loss.append(_point(step, ts, round(floor + (2.3 - floor) * decay + wobble, 6)))
        accuracy.append(_point(step, ts, round((0.97 - floor) * (1 - decay), 6)))
    return {"loss": loss, "accuracy": accuracy}


def _demo_artifacts(i: int, name: str, curves: dict[str, list]) -> dict[str, bytes]:
    if i % 2:
        return {}
    last = {key: points[-1]["value"] for key, points in curves.items()}
    notes = f"Demo run {name} (seeded by labgate; not real results).\n".encode()
    summary = json.dumps({"run": name, "final": last}, indent=2, sort_keys=True).encode()
    mlmodel = f"# demo placeholder, not a loadable model\nrun: {name}\n".encode()
    return {"notes.txt": notes, "plots/summary/final.json": summary, "model/MLmodel": mlmodel}


def seed_demo(url: str, client: httpx.Client | None = None) -> dict[str, Any]:
    """2 demo experiments, 8 runs, metric histories, artifacts and a model with 2 versions."""
    rest = Rest(url, client)
    if rest.experiment_exists(DEMO_EXPERIMENTS[0]):
        raise AlreadySeeded(DEMO_EXPERIMENTS[0])
    started = time.monotonic()
    families = {"demo/image-classifier": "resnet18", "demo/text-sentiment": "distilbert"}
    out: dict[str, Any] = {"dataset": "demo", "experiments": {}, "runs": {}}
    for e, exp_name in enumerate(DEMO_EXPERIMENTS):
        exp = _experiment(rest, exp_name, {DEMO_TAG: "true", "mlflow.note.content": "Demo data."})
        out["experiments"][exp_name] = exp
        for j, (lr, batch_size, optimizer) in enumerate(DEMO_GRID):
            i = e * len(DEMO_GRID) + j
            name = f"demo-{families[exp_name]}-{j + 1}"
            start = BASE_TS + i * 3_600_000
            failed = i == 7  # one failed run that stopped early, as real projects have
            steps = 40 if failed else 100
            curves = _demo_curves(i, steps, start)
            out["runs"][name] = _write_run(
                rest,
                exp["experiment_id"],
                name,
                start=start,
                end=start + 60_000 + steps * 30_000,
                status="FAILED" if failed else "FINISHED",
                params={"lr": lr, "batch_size": batch_size, "optimizer": optimizer},
                tags={
                    DEMO_TAG: "true",
                    "model_family": families[exp_name],
                    "mlflow.user": "demo-user",
                    "stage": "demo",
                },
                metrics=curves,
                artifacts=_demo_artifacts(i, name, curves),
            )
    out["registered_model"] = _demo_model(rest, out["runs"])
    out["seconds"] = round(time.monotonic() - started, 3)
    return out


def _demo_model(rest: Rest, runs: dict[str, Any]) -> dict[str, Any]:
    sources = [runs["demo-resnet18-1"], runs["demo-resnet18-3"]]
    rest.post(
        "registered-models/create",
        {
            "name": DEMO_MODEL,
            "description": "Demo model seeded by labgate.",
            "tags": _kv({DEMO_TAG: "true"}),
        },
    )
    versions = []
    for number, run in enumerate(sources, start=1):
        body = {
            "name": DEMO_MODEL,
            "source": f"{run['artifact_uri']}/model",
            "run_id": run["run_id"],
            "description": f"Demo version {number} from {run['run_name']}.",
            "tags": _kv({DEMO_TAG: "true"}),
        }
        version = rest.post("model-versions/create", body)["model_version"]["version"]
        versions.append({"version": version, "run_id": run["run_id"], "source": body["source"]})
    rest.post("registered-models/alias", {"name": DEMO_MODEL, "alias": "champion", "version": "2"})
    return {"name": DEMO_MODEL, "versions": versions, "aliases": {"champion": "2"}}


# ---------------------------------------------------------------- test dataset


def _paging_runs(rest: Rest, experiment_id: str) -> list[dict[str, Any]]:
    runs = []
    for i in range(PAGING_RUNS):
        start = BASE_TS + i * 1_000  # distinct start times make the default order total
        runs.append(
            _write_run(
                rest,
                experiment_id,
                f"page-{i:03d}",
                start=start,
                end=start + 500,
                params={"index": str(i), "parity": "odd" if i % 2 else "even"},
                tags={"group": f"g{i % 3}"},
                metrics={"score": [_point(0, start + 100, float(i))]},
            )
        )
    return runs


# Two runs whose params, tags and metrics differ in known keys.
COMPARE = {
    "compare-a": {
        "params": {"optimizer": "adam", "lr": "0.01", "dropout": "0.1"},
        "tags": {"suite": "compare", "variant": "a", "baseline": "yes"},
        "metrics": {"loss": 0.5, "epochs_done": 3.0, "acc_top1": 0.8},
    },
    "compare-b": {
        "params": {"optimizer": "adam", "lr": "0.001", "warmup": "100"},
        "tags": {"suite": "compare", "variant": "b"},
        "metrics": {"loss": 0.25, "epochs_done": 3.0, "f1": 0.7},
    },
}


def _diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, list[str]]:
    return {
        "only_a": sorted(a.keys() - b.keys()),
        "only_b": sorted(b.keys() - a.keys()),
        "changed": sorted(k for k in a.keys() & b.keys() if a[k] != b[k]),
        "same": sorted(k for k in a.keys() & b.keys() if a[k] == b[k]),
    }


def _compare_runs(rest: Rest, experiment_id: str) -> dict[str, Any]:
    runs = {}
    for n, (name, spec) in enumerate(COMPARE.items()):
        start = BASE_TS + 10_000_000 + n * 60_000
        metrics = {k: [_point(0, start + 1_000, v)] for k, v in spec["metrics"].items()}
        runs[name] = _write_run(
            rest,
            experiment_id,
            name,
            start=start,
            end=start + 30_000,
            params=spec["params"],
            tags=spec["tags"],
            metrics=metrics,
        )
    a, b = COMPARE["compare-a"], COMPARE["compare-b"]
    diff = {kind: _diff(a[kind], b[kind]) for kind in ("params", "tags", "metrics")}
    return {"runs": runs, "diff": diff}


def _curve(step: int) -> float:
    return round(math.sin(step / 50) + step / 1000, 6)


def _history_run(rest: Rest, experiment_id: str) -> dict[str, Any]:
    start = BASE_TS + 20_000_000
    points = [_point(s, start + s * 1_000, _curve(s)) for s in range(HISTORY_STEPS)]
    return _write_run(
        rest,
        experiment_id,
        "history-1000",
        start=start,
        end=start + HISTORY_STEPS * 1_000,
        params={"steps": str(HISTORY_STEPS)},
        metrics={"curve": points},
    )


TEST_ARTIFACTS = {
    "notes.txt": b"labgate test artifact\nline two\n",
    "data/blob.bin": bytes(i % 256 for i in range(4096)),
    "data/table.csv": b"step,value\n" + b"".join(b"%d,%d\n" % (i, i * i) for i in range(10)),
    "data/nested/deep.txt": b"deep\n",
}


def _artifact_run(rest: Rest, experiment_id: str) -> dict[str, Any]:
    start = BASE_TS + 30_000_000
    return _write_run(
        rest,
        experiment_id,
        "artifacts",
        start=start,
        end=start + 1_000,
        artifacts=TEST_ARTIFACTS,
    )


def seed_test(url: str, client: httpx.Client | None = None) -> dict[str, Any]:
    """The live tests' dataset: paging, comparing, a long history and known artifacts."""
    rest = Rest(url, client)
    if rest.experiment_exists(TEST_PAGING):
        raise AlreadySeeded(TEST_PAGING)
    started = time.monotonic()
    paging = _experiment(rest, TEST_PAGING, {"labgate.test": "paging"})
    main = _experiment(rest, TEST_MAIN, {"labgate.test": "main"})
    paging_runs = _paging_runs(rest, paging["experiment_id"])
    compare = _compare_runs(rest, main["experiment_id"])
    history = _history_run(rest, main["experiment_id"])
    artifacts = _artifact_run(rest, main["experiment_id"])
    main_runs = {**compare["runs"], "history-1000": history, "artifacts": artifacts}
    return {
        "dataset": "test",
        "experiments": {TEST_PAGING: paging, TEST_MAIN: main},
        "runs": {**{r["run_name"]: r for r in paging_runs}, **main_runs},
        "paging": {
            "experiment_id": paging["experiment_id"],
            "count": PAGING_RUNS,
            # MLflow's default order is start_time DESC, so the newest run comes first.
            "run_ids_newest_first": [r["run_id"] for r in reversed(paging_runs)],
            "even_count": sum(1 for r in paging_runs if r["params"]["parity"] == "even"),
        },
        "compare": {"a": "compare-a", "b": "compare-b", "diff": compare["diff"]},
        "history": {
            "run_id": history["run_id"],
            "metric_key": "curve",
            "steps": HISTORY_STEPS,
            "last_value": _curve(HISTORY_STEPS - 1),
        },
        "artifacts": {"run_id": artifacts["run_id"], "files": artifacts["artifacts"]},
        "seconds": round(time.monotonic() - started, 3),
    }


# ---------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="e.g. http://127.0.0.1:5000")
    parser.add_argument("--dataset", choices=["demo", "test"], required=True)
    parser.add_argument("--out", help="write the description as JSON to this file")
    args = parser.parse_args(argv)
    seed = seed_demo if args.dataset == "demo" else seed_test
    try:
        summary = seed(args.url)
    except AlreadySeeded as err:
        print(f"already seeded: experiment {err} exists", file=sys.stderr)
        return 0
    text = json.dumps(summary, indent=1, sort_keys=True)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(text + "\n")
    print(f"seeded {args.dataset}: {len(summary['runs'])} runs in {summary['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
