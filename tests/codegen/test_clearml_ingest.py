"""ClearML: HOCON ingest (golden fixture + the real pinned schema), models, RPC client."""

from __future__ import annotations

import base64
import dataclasses
import importlib
import json
import os
import re
import sys
import time
from pathlib import Path

import httpx
import orjson
import pytest

from codegen import specs
from codegen.backends import Context
from codegen.emit import clearml_client
from codegen.ingest import clearml as hocon
from codegen.model import SpecSource

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "clearml"
GOLDEN = HERE / "golden" / "clearml"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    assert path.is_file(), f"no golden {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(), f"{name} differs from its golden (UPDATE_GOLDEN=1 refreshes)"


def fixture_model():
    source = SpecSource(files=[("fixture/schema", "0" * 64)], version="fixture")
    return hocon.ingest_dir(
        FIXTURE / "schema", source=source, max_version="2.9", patch_file=FIXTURE / "patches.json"
    )


def load_package(root: Path, name: str):
    """Import `root/<name>/client/{rpc,models}.py` as package `name` (a fresh one per test)."""
    (root / name / "__init__.py").touch()
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(f"{name}.client.rpc")
    finally:
        sys.path.remove(str(root))


# --- golden records on the tiny fixture ---------------------------------------------------


@pytest.fixture(scope="module")
def fx():
    model = fixture_model()
    clearml_client.bind(model)
    return model


def test_fixture_model_matches_golden(fx):
    doc = orjson.dumps(dataclasses.asdict(fx), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    check_golden("model.json", doc.decode() + "\n")


def test_fixture_rpc_matches_golden(fx):
    check_golden("rpc.py", clearml_client.render_rpc(fx))


def test_fixture_models_match_golden(fx, tmp_path):
    out = tmp_path / "models.py"
    clearml_client.generate_models(clearml_client.models_schema(fx), tmp_path / "build", out)
    check_golden("models.py", out.read_text())


def test_fixture_versions_refs_flags(fx):
    ops = {op.id: op for op in fx.operations}
    get_all = ops["alpha.get_all"]
    assert get_all.extra["version"] == "2.5"  # 2.10 is newer than the pinned 2.9
    assert get_all.extra["versions"] == ["2.1", "2.5", "2.10"]
    assert get_all.extra["min_version"] == "2.1"
    assert set(get_all.body_schema["properties"]) == {"status", "page_size"}  # ${} + merge
    assert get_all.response_schema["properties"]["things"]["items"] == {
        "$ref": "#/components/schemas/alpha__thing"
    }
    assert "alpha.future_only" not in ops
    assert fx.extra["endpoints_newer_than_max"] == ["alpha.future_only"]
    # shared definitions keep the name of the file that defines them; overrides stay local
    assert {"common__status_enum", "common__tagged", "beta__status_enum", "alpha__thing"} == set(
        fx.schemas
    )
    assert fx.extra["templates_skipped"] == ["alpha.batch_operation", "beta.batch_operation"]
    assert ops["beta.info"].internal is False and ops["beta.info"].extra["authorize"] is False
    assert ops["beta.stop"].internal is True and ops["alpha.secret"].internal is True
    assert (
        ops["beta.info"]
        .response_schema["properties"]["version"]["description"]
        .startswith("Upstream")
    )
    batch = ops["alpha.add_batch"]
    assert batch.extra["batch_request"]["endpoint"] == "alpha.add"
    assert batch.body_schema["properties"]["requests"]["items"] == ops["alpha.add"].body_schema
    assert [op.binding is not None for op in fx.operations] == [
        not op.internal for op in fx.operations
    ]


def test_parse_cache_returns_the_same_data(tmp_path):
    fresh = hocon.parse_dir(FIXTURE / "schema", tmp_path)
    assert len(list(tmp_path.glob("clearml-hocon-*.json"))) == 1
    assert (
        hocon.parse_dir(FIXTURE / "schema", tmp_path)
        == fresh
        == hocon.parse_dir(FIXTURE / "schema")
    )


@pytest.mark.parametrize(
    ("endpoint", "safety"),
    [
        ("tasks.get_all", "read"),
        ("projects.get_all_ex", "read"),
        ("workers.get_stats", "read"),
        ("projects.validate_delete", "read"),
        ("tasks.delete", "destructive"),
        ("tasks.archive_many", "destructive"),
        ("tasks.unarchive_many", "write"),
        ("tasks.stop", "destructive"),
        ("tasks.stopped", "write"),
        ("tasks.dequeue", "destructive"),
        ("queues.clear_queue", "destructive"),
        ("queues.get_next_task", "destructive"),
        ("tasks.enqueue", "write"),
        ("tasks.clone", "write"),
        ("models.publish_many", "write"),
    ],
)
def test_safety(endpoint, safety):
    assert hocon.safety(endpoint) == safety


# --- the real pinned schema ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    try:
        for f in specs.load_pin("clearml").files:
            specs.ensure("clearml", f.path)
    except (specs.PinError, OSError) as exc:
        pytest.skip(f"ClearML spec not available offline: {exc}")
    from codegen.backends import clearml as backend

    ctx = Context(
        out=tmp_path_factory.mktemp("clearml_out"), build=tmp_path_factory.mktemp("build")
    )
    t0 = time.perf_counter()
    model = backend.ingest(ctx).sorted()
    ingest_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    backend.emit_client(model, ctx)
    return model, ctx, ingest_s, time.perf_counter() - t0


def test_real_counts_and_versions(real):
    model, ctx, ingest_s, client_s = real
    ops = model.operations
    assert len(ops) == 204
    assert sum(not op.internal for op in ops) == 182
    assert len({op.extra["service"] for op in ops}) == 16
    versions = {v for op in ops for v in op.extra["versions"]}
    assert min(versions, key=hocon.vkey) == "1.5" and max(versions, key=hocon.vkey) == "2.34"
    assert sum(len(op.extra["versions"]) for op in ops) == 356
    assert all(hocon.vkey(op.extra["version"]) <= (2, 34) for op in ops)
    assert len(model.extra["patches"]) == 4
    print(f"clearml ingest {ingest_s:.2f} s, client {client_s:.2f} s; {ctx.notes}")


def test_real_names_ids_and_refs(real):
    model = real[0]
    names = [op.name for op in model.operations]
    assert len(set(names)) == len(names) and all(len(n) <= 50 for n in names)
    assert len({op.id for op in model.operations}) == len(model.operations)
    ops = {op.id: op for op in model.operations}
    assert ops["tasks.get_all"].name == "tasks_get_all"
    assert ops["tasks.get_all"].path == "/tasks.get_all" and ops["tasks.get_all"].method == "POST"
    assert ops["projects.get_all_ex"].internal and ops["reports.get_all_ex"].internal is False
    assert ops["events.add_batch"].extra["batch_request"]["endpoint"] == "events.add"
    assert ops["tasks.update_batch"].extra["batch_request"]["version"] == "2.1"
    assert ops["server.info"].internal and ops["auth.login"].internal is False
    assert "metadata" in ops["models.create"].body_schema["properties"]  # patched
    assert "metrics" in ops["events.get_task_log"].body_schema["properties"]  # patched
    assert ops["events.add"].body_required  # anyOf of event kinds: never an empty body

    refs = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.add(node["$ref"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk([model.schemas] + [[op.body_schema, op.response_schema] for op in model.operations])
    assert refs and all(r.startswith("#/components/schemas/") for r in refs)
    assert {r.rsplit("/", 1)[1] for r in refs} <= set(model.schemas)


def test_real_generated_client_imports(real, tmp_path):
    model, ctx = real[0], real[1]
    pkg = tmp_path / "clearml_gen"
    pkg.mkdir()
    (pkg / "client").symlink_to(ctx.out / "client", target_is_directory=True)
    t0 = time.perf_counter()
    rpc = load_package(tmp_path, "clearml_gen")
    rpc_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    models = importlib.import_module("clearml_gen.client.models")
    models_s = time.perf_counter() - t0
    print(f"import rpc {rpc_s:.3f} s, models {models_s:.3f} s")
    public = [op for op in model.operations if not op.internal]
    assert all(hasattr(rpc.ClearMLClient, op.binding.function) for op in public)
    assert len(rpc.ENDPOINTS) == 204 and rpc.BATCH_ENDPOINTS == {
        "events.add_batch",
        "tasks.update_batch",
    }
    for op in public:
        cls = op.binding.args[0][2].removeprefix("pydantic:")
        assert op.binding.imports == (f"from .client.models import {cls}",)
        assert hasattr(models, cls)
    assert rpc.ClearMLClient.models("tasks.get_all") == (
        models.TasksGetAllRequest,
        models.TasksGetAllResponse,
    )
    # tolerant enums, naive datetimes, `_all_` alias populated by name, extras kept
    req = models.TasksGetAllRequest.model_validate(
        {"status": ["brand_new"], "_all_": {"fields": ["name"]}, "x": 1}
    )
    assert rpc.to_json(req) == {"status": ["brand_new"], "_all_": {"fields": ["name"]}, "x": 1}
    resp = models.TasksGetAllResponse.model_validate(
        {"tasks": [{"id": "t", "status": "x", "created": "2024-01-02T03:04:05"}]}
    )
    assert resp.tasks[0].created.year == 2024
    batch = models.EventsAddBatchRequest.model_validate(
        {"requests": [{"task": "t", "type": "log", "msg": "hi"}]}
    )
    assert rpc.encode("events.add_batch", batch)[1] == "application/json-lines"


# --- the RPC client against httpx.MockTransport -------------------------------------------


def jwt(**claims) -> str:
    part = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"e30.{part}.sig"


def envelope(data=None, code=200, msg="OK", subcode=0) -> dict:
    meta = {"result_code": code, "result_subcode": subcode, "result_msg": msg}
    return {"meta": meta, "data": data or {}}


@pytest.fixture
def rpc(fx, tmp_path):
    """The fixture's rpc.py as a fresh package (no models: the RPC needs only httpx)."""
    name = "fxgen_" + re.sub(r"\W", "_", tmp_path.name)
    client_dir = tmp_path / name / "client"
    client_dir.mkdir(parents=True)
    (client_dir / "__init__.py").touch()
    (client_dir / "rpc.py").write_text(clearml_client.render_rpc(fx))
    return load_package(tmp_path, name)


class Server:
    """A scripted ClearML server: records requests, answers from `script` or defaults."""

    def __init__(self, api_version="2.9", exp_in=3600.0):
        self.requests: list[httpx.Request] = []
        self.logins = 0
        self.api_version = api_version
        self.exp_in = exp_in
        self.script: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/auth.login"):
            self.logins += 1
            token = jwt(exp=time.time() + self.exp_in, api_version=self.api_version, n=self.logins)
            return httpx.Response(200, json=envelope({"token": token}))
        if self.script:
            return self.script.pop(0)
        return httpx.Response(200, json=envelope({"things": []}))

    def client(self, rpc, **kw):
        return rpc.ClearMLClient(
            "http://clearml.test", "AK", "SK", transport=httpx.MockTransport(self), **kw
        )


async def test_login_call_401_relogin_once_then_success(rpc):
    server = Server()
    server.script = [httpx.Response(401, json=envelope(code=401, msg="Invalid token")),
                     httpx.Response(200, json=envelope({"things": [{"id": "a"}]}))]  # fmt: skip
    async with server.client(rpc) as client:
        data = await client.alpha_get_all({"page_size": 5})
    assert data == {"things": [{"id": "a"}]}
    assert server.logins == 2
    paths = [r.url.path for r in server.requests]
    assert paths == ["/auth.login", "/alpha.get_all", "/auth.login", "/alpha.get_all"]
    login = server.requests[0]
    assert login.headers["authorization"] == "Basic " + base64.b64encode(b"AK:SK").decode()
    first, retry = server.requests[1], server.requests[3]
    assert first.headers["authorization"] != retry.headers["authorization"]
    assert retry.headers["authorization"].startswith("Bearer ")
    assert json.loads(retry.content) == {"page_size": 5}


async def test_token_is_reused_and_renewed_before_expiry(rpc):
    server = Server()
    async with server.client(rpc) as client:
        await client.alpha_get_all()
        await client.alpha_get_all()
        assert server.logins == 1
        server.exp_in = 10  # the next token expires within the refresh margin
        client._expires_at = time.time()  # the current one has expired
        await client.alpha_get_all()
        assert server.logins == 2
        await client.alpha_get_all()
        assert server.logins == 3


async def test_401_twice_raises_auth_error_after_one_renewal(rpc):
    server = Server()
    denied = httpx.Response(401, json=envelope(code=401, msg="Unauthorized"))
    server.script = [denied, denied]
    async with server.client(rpc) as client:
        with pytest.raises(rpc.ClearMLAuthError) as err:
            await client.alpha_get_all()
    assert server.logins == 2 and err.value.status_code == 401


async def test_envelope_error_is_typed(rpc):
    server = Server()
    server.script = [
        httpx.Response(400, json=envelope(code=400, subcode=101, msg="Invalid task id"))
    ]
    async with server.client(rpc) as client:
        with pytest.raises(rpc.ClearMLError) as err:
            await client.alpha_delete_many({"ids": ["nope"]})
    e = err.value
    assert (e.status_code, e.result_code, e.result_subcode, e.result_msg) == (
        400,
        400,
        101,
        "Invalid task id",
    )
    assert e.endpoint == "alpha.delete_many" and "Invalid task id" in str(e)


async def test_error_code_inside_a_200_envelope_and_non_json(rpc):
    server = Server()
    server.script = [httpx.Response(200, json=envelope(code=500, msg="boom")),
                     httpx.Response(200, text="line 1\nline 2")]  # fmt: skip
    async with server.client(rpc) as client:
        with pytest.raises(rpc.ClearMLError, match="boom"):
            await client.alpha_get_all()
        assert await client.alpha_get_all() == "line 1\nline 2"


async def test_versions_negotiated_not_hardwired(rpc):
    server = Server(api_version="2.1")  # older than alpha.delete_many (2.5)
    async with server.client(rpc) as client:
        await client.alpha_get_all()
        assert server.requests[-1].url.path == "/alpha.get_all"  # no /vX.Y/ prefix
        assert client.server_api_version == "2.1"
        with pytest.raises(rpc.ClearMLVersionError):
            await client.alpha_delete_many({"ids": ["a"]})
    assert [r.url.path for r in server.requests].count("/alpha.delete_many") == 0
    pinned = Server()
    async with pinned.client(rpc, api_version="2.5") as client:
        await client.alpha_get_all()
    assert [r.url.path for r in pinned.requests] == ["/v2.5/auth.login", "/v2.5/alpha.get_all"]


async def test_batch_endpoint_sends_json_lines(rpc):
    server = Server()
    async with server.client(rpc) as client:
        await client.alpha_add_batch({"requests": [{"name": "a"}, {"name": "b"}]})
    sent = server.requests[-1]
    assert sent.headers["content-type"] == "application/json-lines"
    assert sent.content == b'{"name": "a"}\n{"name": "b"}'


async def test_unauthorized_endpoint_needs_no_login(rpc):
    server = Server()
    client = rpc.ClearMLClient("http://clearml.test", transport=httpx.MockTransport(server))
    await client.beta_info()
    await client.aclose()
    assert server.logins == 0 and "authorization" not in server.requests[0].headers


def test_from_env(rpc, monkeypatch):
    monkeypatch.setenv("CLEARML_API_HOST", "http://clearml.test/")
    monkeypatch.setenv("CLEARML_API_ACCESS_KEY", "AK")
    monkeypatch.setenv("CLEARML_API_SECRET_KEY", "SK")
    client = rpc.ClearMLClient.from_env()
    assert client.base_url == "http://clearml.test" and client._key == ("AK", "SK")
    monkeypatch.delenv("CLEARML_API_HOST")
    with pytest.raises(ValueError):
        rpc.ClearMLClient.from_env()
