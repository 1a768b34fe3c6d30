"""Backend faults between labgate and the REAL backends: MLflow 3.17.2 and the Slurm shim over
a real Slurm cluster, with a fault-injecting proxy in between.

Every call under a fault ends within its timeout plus a bound, with an error that names the
backend (and carries the backend's message when there is one, never a traceback); the proxy's
request count shows retries for idempotent reads only, a write is sent once; composites answer
with what the healthy sources gave plus a per-source error; a session stuck on a slow backend
does not hold up the others. Live: LABGATE_LIVE_MLFLOW=1 / LABGATE_LIVE_SLURM=1 (skipped
otherwise, by the fixtures).
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
import pytest

from labgate.config import load
from labgate.envelope import dumps
from labgate.errors import LabgateError
from labgate.tools import ToolBuilder, as_fastmcp
from tests.answer import answer
from tests.conftest import mlflow_infra
from tests.reliability.faultproxy import FaultProxy, _response

pytestmark = pytest.mark.live

TIMEOUT = 2.0  # every instance's timeout here
BOUND = 3.0  # what a call may take past it (retry pauses, a real backend on a busy machine)
LARGE = 30_000_000
JOB = {"script": "#!/bin/sh\ntrue\n", "name": "lgfault", "workdir": "/tmp"}


class Proxy(FaultProxy):
    """FaultProxy in front of a real backend, plus: `only` limits the fault to requests whose
    head or body contain it (the rest pass through, so a tool's other calls still work), and
    the `large` fault inflates the backend's real answer to LARGE bytes."""

    def __init__(self, upstream: str):
        super().__init__(upstream)
        self.only: bytes | None = None
        self.faulted = 0  # requests the fault applied to (retries included)

    def arm(self, kind: str | None, only: bytes | None = None, **kw: Any) -> None:
        self.set(kind, **kw)
        self.only, self.faulted = only, 0

    async def _respond(self, head: bytes, body: bytes, writer: asyncio.StreamWriter) -> None:
        if self.config.kind is None or (self.only and self.only not in head + body):
            writer.write(await self._forward(head, body))
        elif self.config.kind == "large":
            self.faulted += 1
            writer.write(inflate(await self._forward(head, body), self.config.large_bytes))
        else:
            self.faulted += 1
            await super()._respond(head, body, writer)
            return
        await writer.drain()


def inflate(raw: bytes, size: int) -> bytes:
    """The real answer made `size` bytes large: its first non-empty top-level list repeated,
    or (no list) a padding field the tools do not read."""
    head, payload = raw.split(b"\r\n\r\n", 1)
    data = orjson.loads(payload)
    key = next((k for k, v in data.items() if isinstance(v, list) and v), None)
    if key:
        data[key] = data[key] * (size // len(orjson.dumps(data[key])) + 1)
    else:
        data["padding"] = "x" * size
    return _response(int(head.split(b" ", 2)[1]), orjson.dumps(data))


# ------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def mlflow_proxy(mlflow_server):
    with Proxy(mlflow_server.url) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def slurm_proxy(slurm_shim):
    with Proxy(slurm_shim.url) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def scratch_run(mlflow_server) -> str:
    """A run of our own to write tags on (the seeded ones are checked by other tests)."""
    rest = mlflow_infra()[1].Rest(mlflow_server.url)
    experiment = rest.create_experiment("reliability/faults", {})
    return rest.create_run(experiment, "fault-target", 1_767_225_600_000, {})


def config_toml(mlflow: dict[str, str] | None = None, slurm: dict[str, str] | None = None) -> str:
    """labgate.toml with the given instances ({name: url}), all with TIMEOUT."""
    out = []
    for name, url in (mlflow or {}).items():
        out.append(f'[[mlflow]]\nname = "{name}"\nurl = "{url}"\ntimeout = {TIMEOUT}\n')
    for name, url in (slurm or {}).items():
        out.append(
            f'[[slurm]]\nname = "{name}"\nurl = "{url}"\ntimeout = {TIMEOUT}\n'
            'user = "root"\ntoken_env = "SHIM_TOKEN"\n'
        )
    return "\n".join(out)


@dataclass
class Labgate:
    builder: ToolBuilder

    async def call(
        self, name: str, args: dict[str, Any], limit: float = TIMEOUT + BOUND
    ) -> tuple[Any, str | None]:
        """(structured result, None) or (None, error message); fails past `limit` seconds."""
        tool = next(t for t in self.builder.build() if t.name == name)
        t0 = time.monotonic()
        try:
            return answer(await as_fastmcp(tool).run(args)), None
        except LabgateError as exc:
            return None, str(exc)
        finally:
            elapsed = time.monotonic() - t0
            assert elapsed < limit, f"{name} took {elapsed:.1f} s"


@pytest.fixture
async def labgate(tmp_path):
    """labgate in-process (read and write tools) over the instances given to start()."""
    made: list[ToolBuilder] = []

    def start(mlflow=None, slurm=None, token: str = "") -> Labgate:
        cfg = tmp_path / f"labgate{len(made)}.toml"
        cfg.write_text(config_toml(mlflow, slurm))
        env = {"HOME": "/nonexistent", "SHIM_TOKEN": token}
        made.append(ToolBuilder(load(cfg, env=env, allow_write=True)))
        return Labgate(made[-1])

    yield start
    for b in made:
        await b.runtime.aclose()


@dataclass
class Target:
    """One backend behind the proxy: a read tool (one idempotent call) and a write tool."""

    backend: str
    proxy: Proxy
    lg: Labgate
    read: tuple[str, dict[str, Any]]
    write: tuple[str, dict[str, Any]]
    write_mark: bytes  # what identifies the write's request at the proxy
    secret: str = ""  # the credential labgate sends, which no error may show


@pytest.fixture(params=["mlflow", "slurm"])
def target(request, labgate) -> Target:
    if request.param == "mlflow":
        seed, run = request.getfixturevalue("mlflow_seeded"), request.getfixturevalue("scratch_run")
        proxy = request.getfixturevalue("mlflow_proxy")
        return Target(
            "mlflow", proxy, labgate(mlflow={"default": proxy.url}),
            ("mlflow_get_run", {"run_id": seed["runs"]["compare-a"]["run_id"]}),
            # a key per test: a write a fault delayed past the timeout still lands later, and
            # MLflow 3.17.2's sqlite store fails two concurrent set-tags of one key (IntegrityError)
            ("mlflow_set_tag", {"run_id": run, "key": f"fault-{uuid.uuid4().hex[:8]}", "value": "x"}),
            b"/runs/set-tag",
        )  # fmt: skip
    shim, proxy = request.getfixturevalue("slurm_shim"), request.getfixturevalue("slurm_proxy")
    return Target(
        "slurm", proxy, labgate(slurm={"c1": proxy.url}, token=shim.token),
        ("slurm_list_jobs", {}), ("slurm_submit_job", JOB), b"/job/submit", shim.token,
    )  # fmt: skip


# (id, fault, proxy settings, attempts a read makes, the error it ends with: regex on "{b}")
FAULTS = [
    ("delay", "delay", {"delay": TIMEOUT + 4}, 1, r"{b} did not answer within 2 s"),
    ("reset", "reset", {}, 3, r"cannot reach {b} at http://127\.0\.0\.1:\d+: \w+"),
    ("500", "status", {"status": 500}, 1, r"{b} returned HTTP 500: \"injected failure\" \(hint"),
    ("502", "status", {"status": 502}, 3, r"{b} returned HTTP 502: \"injected failure\""),
    ("503", "status", {"status": 503, "retry_after": "0"}, 3, r"{b} returned HTTP 503: \"injected"),
    ("429", "status", {"status": 429, "retry_after": "0"}, 3, r"{b} returned HTTP 429: \"injected"),
    # Retry-After is honoured while it fits the deadline: 1 s fits once in 2 s
    ("429-wait-1s", "status", {"status": 429, "retry_after": "1"}, 2, r"{b} returned HTTP 429"),
    ("429-wait-1h", "status", {"status": 429, "retry_after": "3600"}, 1, r"HTTP 429.*rate limit"),
    ("malformed", "malformed", {}, 1, r"{b} returned malformed JSON \(HTTP 200, \d+ bytes\)"),
    ("truncated", "truncated", {}, 3, r"cannot reach {b} at .*: RemoteProtocolError"),
]
FAULT_IDS = [f[0] for f in FAULTS]


def assert_clear(error: str | None, pattern: str, backend: str, token: str = "") -> None:
    assert error is not None, "the call succeeded under a fault"
    assert re.search(pattern.format(b=backend), error), error
    assert "Traceback" not in error and "\n" not in error
    assert not token or token not in error


# ------------------------------------------------------------------- one backend, one call
async def test_passthrough_answers_like_the_backend(target: Target) -> None:
    target.proxy.arm(None)
    out, err = await target.lg.call(*target.read)
    assert err is None and target.proxy.requests == 1
    if target.backend == "mlflow":
        assert out["name"] == "compare-a" and out["params"]["lr"] == "0.01"
    else:
        assert isinstance(out["items"], list) and out["total"] == len(out["items"])


@pytest.mark.parametrize(("kind", "settings", "attempts", "message"), [f[1:] for f in FAULTS],
                         ids=FAULT_IDS)  # fmt: skip
async def test_a_read_under_a_fault(target: Target, kind, settings, attempts, message) -> None:
    target.proxy.arm(kind, **settings)
    t0 = time.monotonic()
    out, err = await target.lg.call(*target.read)
    assert_clear(err, message, target.backend, target.secret)
    assert target.proxy.faulted == attempts  # retried: idempotent, and only when worth it
    if settings.get("retry_after") == "1":
        assert time.monotonic() - t0 >= 1.0  # the Retry-After pause was kept


@pytest.mark.parametrize(("kind", "settings", "attempts", "message"), [f[1:] for f in FAULTS],
                         ids=FAULT_IDS)  # fmt: skip
async def test_a_write_under_a_fault_is_sent_once(
    target: Target, kind, settings, attempts, message
) -> None:
    target.proxy.arm(kind, only=target.write_mark, **settings)
    out, err = await target.lg.call(*target.write)
    assert_clear(err, message, target.backend, target.secret)
    assert target.proxy.faulted == 1  # never retried, whatever the fault


async def test_a_very_large_answer_is_capped(target: Target) -> None:
    target.proxy.arm(None)
    plain, err = await target.lg.call(*target.read)
    assert err is None
    target.proxy.arm("large", large_bytes=LARGE)
    out, err = await target.lg.call(*target.read)
    assert err is None and target.proxy.faulted == 1
    assert len(dumps(out)) <= target.lg.builder.settings.byte_cap
    if plain.get("items"):  # a queue with jobs: the list itself was inflated, then cut
        assert out["truncated"] is True and out["items"][0] == plain["items"][0]
    else:  # the padding is not part of the answer, the answer is intact
        assert out == plain
    target.proxy.arm("large", only=target.write_mark, large_bytes=LARGE)
    out, err = await target.lg.call(*target.write)
    assert err is None and target.proxy.faulted == 1
    assert len(dumps(out)) <= target.lg.builder.settings.byte_cap


async def test_a_very_large_list_is_cut_to_the_byte_cap(mlflow_seeded, mlflow_proxy, labgate):
    lg = labgate(mlflow={"default": mlflow_proxy.url})
    paging = mlflow_seeded["paging"]
    mlflow_proxy.arm("large", large_bytes=LARGE)
    out, err = await lg.call("mlflow_search_runs", {"experiment_ids": [paging["experiment_id"]]})
    assert err is None and mlflow_proxy.faulted == 1
    assert len(dumps(out)) <= lg.builder.settings.byte_cap
    assert out["truncated"] is True and out["next_cursor"]
    ids = [r["info"]["run_id"] for r in out["items"]]
    assert ids and ids == paging["run_ids_newest_first"][: len(ids)]


# ------------------------------------------------------------------------------ composites
COMPOSITE_FAULTS = ["delay", "reset", "503", "malformed", "truncated"]


def fault(fid: str) -> tuple[str, dict[str, Any]]:
    f = next(f for f in FAULTS if f[0] == fid)
    return f[1], f[2]


@pytest.mark.parametrize("fid", COMPOSITE_FAULTS)
async def test_where_to_submit_ranks_the_healthy_cluster(slurm_shim, slurm_proxy, labgate, fid):
    lg = labgate(slurm={"bad": slurm_proxy.url, "good": slurm_shim.url}, token=slurm_shim.token)
    kind, settings = fault(fid)
    slurm_proxy.arm(kind, **settings)
    out, err = await lg.call("where_to_submit", {"cpus": 1})
    assert err is None, err
    assert {r["cluster"] for r in out["ranked"]} == {"good"}
    assert {r["partition"] for r in out["ranked"]} == {"debug", "gpu"}
    (down,) = out["unreachable"]
    assert down["cluster"] == "bad" and "slurm" in down["error"]
    assert out["answer"].startswith("Submit to") and " on good " in out["answer"]


async def test_where_to_submit_without_one_clusters_start_estimate(
    slurm_shim, slurm_proxy, labgate
):
    """Only the shim's estimate endpoint fails on one cluster: both clusters are still ranked."""
    lg = labgate(slurm={"bad": slurm_proxy.url, "good": slurm_shim.url}, token=slurm_shim.token)
    for fid in COMPOSITE_FAULTS:
        kind, settings = fault(fid)
        slurm_proxy.arm(kind, only=b"/job/estimate", **settings)
        out, err = await lg.call("where_to_submit", {"cpus": 1})
        assert err is None, (fid, err)
        assert out["unreachable"] == [], (fid, out["unreachable"])
        assert {r["cluster"] for r in out["ranked"]} == {"bad", "good"}, fid
        assert slurm_proxy.faulted >= 1, fid
        for r in out["ranked"]:  # the missing estimate is said, with the backend's reason
            missing = [x for x in r["reasons"] if re.match(r"no start estimate: .*slurm ", x)]
            assert bool(missing) == (r["cluster"] == "bad"), (fid, r["reasons"])


async def test_slurm_get_job_answers_when_its_output_tail_fails(slurm_shim, slurm_proxy, labgate):
    lg = labgate(slurm={"c1": slurm_proxy.url}, token=slurm_shim.token)
    slurm_proxy.arm(None)
    sub, err = await lg.call("slurm_submit_job", {**JOB, "script": "#!/bin/sh\necho tail\n"})
    assert err is None, err
    job = str(sub["job_id"])
    for fid in COMPOSITE_FAULTS:
        kind, settings = fault(fid)
        slurm_proxy.arm(kind, only=b"/output", **settings)
        out, err = await lg.call("slurm_get_job", {"job_id": job, "output": "stdout"})
        assert err is None, (fid, err)
        assert str(out["job_id"]) == job and out["state"] and slurm_proxy.faulted >= 1
        assert "slurm" in out["output"]["error"] and "text" not in out["output"], fid


@pytest.mark.parametrize("fid", COMPOSITE_FAULTS)
@pytest.mark.parametrize("n", [2, 3])
async def test_compare_tasks_answers_for_the_healthy_refs(
    mlflow_seeded, mlflow_proxy, labgate, fid, n
):
    """The requests for one run fail; the others are compared, that run gets its own error.
    (Two refs: one get-run each; three: one batched search, then one get-run each.)"""
    runs = mlflow_seeded["runs"]
    ids = [runs[r]["run_id"] for r in ("compare-a", "compare-b", "history-1000")][:n]
    lg = labgate(mlflow={"default": mlflow_proxy.url})
    kind, settings = fault(fid)
    mlflow_proxy.arm(kind, only=ids[1].encode(), **settings)
    # Three refs: the batched search and then the fallback get-run may each wait out the timeout.
    limit = (2 if n == 3 else 1) * TIMEOUT + BOUND
    out, err = await lg.call("compare_tasks", {"refs": [f"mlflow:{i}" for i in ids]}, limit)
    assert err is None, err
    healthy = [f"mlflow:{i}" for i in ids if i != ids[1]]
    assert sorted(out["summary"]) == sorted(healthy)
    assert out["summary"][healthy[0]]["name"] == "compare-a"
    assert list(out["errors"]) == [f"mlflow:{ids[1]}"]
    assert "mlflow" in out["errors"][f"mlflow:{ids[1]}"]
    assert out["metrics"]["loss"][healthy[0]]["last"] == 0.5


# ------------------------------------------------------------------------ other sessions
async def test_a_slow_backend_does_not_hold_up_other_sessions(
    mlflow_server, mlflow_seeded, mlflow_proxy, labgate_http, tmp_path
):
    """Session A waits on a slow MLflow instance; session B keeps getting answers meanwhile
    from the real MLflow (the same server, direct), then A gets its real answer."""
    cfg = tmp_path / "two.toml"
    cfg.write_text(
        f'[[mlflow]]\nname = "direct"\nurl = "{mlflow_server.url}"\n\n'
        f'[[mlflow]]\nname = "slow"\nurl = "{mlflow_proxy.url}"\ntimeout = 30\n'
    )
    base = labgate_http("--toolsets", "mlflow", env={"LABGATE_CONFIG": str(cfg)})
    mlflow_proxy.arm("delay", delay=4.0)
    run = mlflow_seeded["runs"]["compare-b"]["run_id"]
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}

    def body(name: str, args: dict[str, Any]) -> str:
        params = {"name": name, "arguments": args}
        return json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": params})

    search = {"filter": "name = 'labgate-test/main'", "instance": "slow"}
    async with (
        httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as a,
        httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as b,
    ):
        await b.post("/mcp", content=body("mlflow_get_run", {"run_id": run}))  # warm imports
        slow = asyncio.create_task(
            a.post("/mcp", content=body("mlflow_search_experiments", search))
        )
        await asyncio.sleep(0.3)
        for _ in range(5):
            t0 = time.monotonic()
            r = await b.post("/mcp", content=body("mlflow_get_run", {"run_id": run}))
            assert time.monotonic() - t0 < 2.0 and not slow.done()  # not queued behind A
            assert answer(r.json()["result"])["name"] == "compare-b"
        r = await slow
    (exp,) = answer(r.json()["result"])["items"]
    assert exp["name"] == "labgate-test/main" and mlflow_proxy.faulted == 1
