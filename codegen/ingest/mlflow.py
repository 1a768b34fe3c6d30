"""MLflow: protobuf RPCs (descriptor JSON + HTTP endpoint index + .proto comments) → model.

Decisions (see tests/codegen/test_mlflow_ingest.py for the checks):

- One Operation per RPC, not per HTTP binding: 183 RPCs → 183 operations. Four RPCs are
  bound twice (POST and GET: searchExperiments, getLatestVersions,
  searchEvaluationDatasets, searchPromptOptimizationJobs); the first binding (POST, JSON
  body) is the operation, every binding is listed in `op.extra["bindings"]`.
- Ids and names are the snake_case RPC name (`search_runs`, `get_metric_history`). When two
  services share an RPC name, the non-tracking one gets its qualifier after the verb
  (MlflowArtifactsService.listArtifacts → `list_proxied_artifacts`).
- URL: `/api/{since.major}.0{path}` (since.minor ignored, as the server does); the same
  routes also answer under `/ajax-api/`. Flask `<path:x>` becomes `{x}` (the value may
  contain slashes: `op.extra["slash_params"]`; sent %2F-encoded it still works),
  `{assessment.trace_id}` becomes `{trace_id}` (the server binds the last segment).
  An endpoint may carry a `url` key (added by specs/mlflow/patches.json) that replaces the
  rule: search-datasets has no leading slash upstream, so the rule gives
  `/api/2.0mlflow/...`, a route 3.17.2 maps to no handler (empty 404); the model uses
  `/ajax-api/2.0/mlflow/experiments/search-datasets`, which the server registers
  explicitly (checked live: 200).
- An RPC the patches mark `"internal": true` (Databricks-only RPCs the OSS server leaves
  unimplemented) becomes an internal operation: in the manifest, never a tool.
- Messages → `schemas` (components). Component names drop the proto package and join
  nesting (`CreateExperiment.Response` → `CreateExperimentResponse`); a clash gets the
  sub-package as prefix (`mlflow.artifacts.FileInfo` → `ArtifactsFileInfo`).
- proto2: every field optional; `required` lists the fields marked `(validate_required)`
  in the .proto source (the descriptor JSON carries empty field options), fields whose
  comment says "Must be provided." or starts with "Required:", and the request fields an
  RPC's patched-in `required` list names (what the 3.17.2 server enforces). repeated →
  array, map → object with additionalProperties, enum → string enum (by name), int64 →
  `{"type": ["integer", "string"], "format": "int64"}`: the server writes numbers, but its
  trace-info responses and other MLflow-compatible servers write strings, and protobuf's
  parser accepts both.
- GET: the request fields become query parameters (repeated → array, sent as repeated
  `key=v1&key=v2`). Other methods: a JSON body referencing the request message minus the
  fields already bound to the URL path. POST/PUT/PATCH bodies are required (the server
  rejects a POST without `Content-Type: application/json`). uploadArtifact takes raw bytes
  and downloadArtifact returns raw bytes (`extra["request_content_type"]` / `...response...`).
- Summary: the first sentence of the rpc's comment, else its `rpc_doc_title`, else the
  humanized RPC name; description: the rpc's comment (else the request message's).
- Safety from the RPC verb: get/search/list/query/calculate/download/batch_get → read
  (even POST searches), delete/cancel/abort → destructive, the rest → write.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from codegen.ingest.proto_comments import ProtoDocs
from codegen.model import BackendModel, Operation, Parameter, Safety, SpecSource

SERVICES = {  # service → tag, for the services an OSS MLflow server mounts
    "MlflowService": "tracking",
    "ModelRegistryService": "model_registry",
    "MlflowArtifactsService": "artifacts",
    "WebhookService": "webhooks",
}
QUALIFIERS = {
    "MlflowArtifactsService": "proxied",
    "ModelRegistryService": "registry",
    "WebhookService": "webhook",
}
# Proto cannot say it: these move raw bytes, not JSON (mlflow/server/handlers.py streams them).
RAW_REQUEST = {("MlflowArtifactsService", "uploadArtifact")}
RAW_RESPONSE = {("MlflowArtifactsService", "downloadArtifact")}
BINARY = {"type": "string", "format": "binary"}

INT64 = {"type": ["integer", "string"], "format": "int64"}
SCALARS: dict[str, dict[str, Any]] = {
    "TYPE_STRING": {"type": "string"},
    "TYPE_BOOL": {"type": "boolean"},
    "TYPE_DOUBLE": {"type": "number", "format": "double"},
    "TYPE_FLOAT": {"type": "number", "format": "float"},
    "TYPE_BYTES": {"type": "string", "format": "byte"},
    **{
        t: {"type": "integer", "format": "int32"}
        for t in ("TYPE_INT32", "TYPE_SINT32", "TYPE_SFIXED32", "TYPE_UINT32", "TYPE_FIXED32")
    },
    **{
        t: INT64
        for t in ("TYPE_INT64", "TYPE_SINT64", "TYPE_SFIXED64", "TYPE_UINT64", "TYPE_FIXED64")
    },
}
# Message types defined outside the descriptor set (protobuf well-known types, OpenTelemetry).
EXTERNAL: dict[str, dict[str, Any]] = {
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.Duration": {
        "type": "string",
        "description": 'A duration in seconds with an "s" suffix, e.g. "3.5s".',
    },
    "google.protobuf.FieldMask": {"type": "string", "description": "Comma-separated field paths."},
    "google.protobuf.Value": {"description": "Any JSON value."},
    "google.protobuf.Struct": {"type": "object"},
    "google.protobuf.ListValue": {"type": "array", "items": {}},
    "opentelemetry.proto.trace.v1.Span": {
        "type": "object",
        "description": "An OpenTelemetry span in protobuf JSON form.",
    },
}
READ_VERBS = {"get", "search", "list", "query", "calculate", "download", "batch"}
DESTRUCTIVE_VERBS = {"delete", "cancel", "abort"}
_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\{([\w.]+)\}")
_REQUIRED_DOC = re.compile(r"(^|\.\s+)Must be provided\.?$|^Required:", re.MULTILINE)


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def humanize(rpc: str) -> str:
    return snake(rpc).replace("_", " ").capitalize()


def safety(stem: str) -> Safety:
    verb = stem.split("_", 1)[0]
    if stem.startswith("get_or_create"):
        return "write"
    if verb in READ_VERBS:
        return "read"
    return "destructive" if verb in DESTRUCTIVE_VERBS else "write"


def normalize_endpoints(doc: dict[str, Any]) -> dict[str, Any]:
    """`rpcs` may be a JSON list or the Python repr of one; return the doc with a list."""
    if isinstance(doc.get("rpcs"), str):
        doc = {**doc, "rpcs": ast.literal_eval(doc["rpcs"])}
    return doc


@dataclass
class _Index:
    """Messages and enums of the descriptor set by full name (no leading dot)."""

    messages: dict[str, tuple[dict, str]]  # full name → (DescriptorProto, package)
    enums: dict[str, tuple[dict, str]]
    services: dict[str, str]  # service name → package

    @classmethod
    def build(cls, descriptor_set: dict[str, Any]) -> _Index:
        idx = cls({}, {}, {})
        for f in descriptor_set["file"]:
            pkg = f.get("package", "")
            idx._walk(pkg, pkg, f.get("message_type", []), f.get("enum_type", []))
            idx.services.update({s["name"]: pkg for s in f.get("service", [])})
        return idx

    def _walk(self, prefix: str, pkg: str, messages: list, enums: list) -> None:
        for e in enums:
            self.enums[f"{prefix}.{e['name']}"] = (e, pkg)
        for m in messages:
            full = f"{prefix}.{m['name']}"
            self.messages[full] = (m, pkg)
            self._walk(full, pkg, m.get("nested_type", []), m.get("enum_type", []))


class _Schemas:
    """Builds component schemas on demand, naming each proto message/enum once."""

    def __init__(self, index: _Index, docs: ProtoDocs):
        self.index, self.docs = index, docs
        self.names = self._component_names()
        self.schemas: dict[str, dict[str, Any]] = {}
        self.trimmed: set[str] = set()  # request components built without path-bound fields
        self.forced: set[str] = set()  # full field names a patch marks required (`rpc["required"]`)
        self.unresolved: set[str] = set()

    def _component_names(self) -> dict[str, str]:
        def short(full: str, pkg: str) -> str:
            return "".join(p[:1].upper() + p[1:] for p in full[len(pkg) + 1 :].split("."))

        items = {**self.index.messages, **self.index.enums}
        base = {full: short(full, pkg) for full, (_, pkg) in items.items()}
        counts: dict[str, int] = {}
        for n in base.values():
            counts[n] = counts.get(n, 0) + 1
        names = {}
        for full, (_, pkg) in items.items():
            name = base[full]
            if counts[name] > 1 and pkg != "mlflow":
                name = "".join(p.title() for p in pkg.split(".")[-1].split("_")) + name
            names[full] = name
        clash = len(set(names.values())) != len(names)
        if clash:
            raise ValueError("MLflow proto names do not map to unique component names")
        return names

    def ref(self, full: str) -> dict[str, Any]:
        name = self.names[full]
        if name in self.trimmed:
            raise ValueError(f"{full} is a request message with path fields and also a field type")
        if name not in self.schemas:
            self.schemas[name] = {}  # reserve first: messages may be recursive
            self.schemas[name] = (
                self._enum(full) if full in self.index.enums else self.message(full)
            )
        return {"$ref": f"#/components/schemas/{name}"}

    def request_ref(self, full: str, omit: set[str]) -> dict[str, Any]:
        if not omit:
            return self.ref(full)
        name = self.names[full]
        if name in self.schemas:
            raise ValueError(f"{full} has path-bound fields and is also used as a field type")
        self.trimmed.add(name)
        self.schemas[name] = self.message(full, omit)
        return {"$ref": f"#/components/schemas/{name}"}

    def _enum(self, full: str) -> dict[str, Any]:
        enum, _ = self.index.enums[full]
        values = [v["name"] for v in enum["value"]]
        doc = self.docs.comments.get(full, "")
        value_docs = [
            f"- {v}: {self.docs.comments[f'{full}.{v}']}"
            for v in values
            if f"{full}.{v}" in self.docs.comments
        ]
        desc = "\n".join(filter(None, [doc, "\n".join(value_docs)]))
        return {"type": "string", "enum": values, **({"description": desc} if desc else {})}

    def is_required(self, full_field: str) -> bool:
        if full_field in self.docs.required or full_field in self.forced:
            return True
        return bool(_REQUIRED_DOC.search(self.docs.comments.get(full_field, "")))

    def message(self, full: str, omit: AbstractSet[str] = frozenset()) -> dict[str, Any]:
        msg, _ = self.index.messages[full]
        props, required = {}, []
        for f in sorted(msg.get("field", []), key=lambda f: f["number"]):
            if f["name"] in omit:
                continue
            props[f["name"]] = self.field(full, f, with_doc=True)
            if self.is_required(f"{full}.{f['name']}"):
                required.append(f["name"])
        out: dict[str, Any] = {"type": "object", "properties": props}
        if required:
            out["required"] = required
        if doc := self.docs.comments.get(full):
            out["description"] = doc
        return out

    def field(self, owner: str, f: dict[str, Any], with_doc: bool) -> dict[str, Any]:
        """JSON schema of one field; `with_doc` puts its comment (and flags) into the schema."""
        schema = self._value(f)
        if f["label"] == "LABEL_REPEATED" and not self._is_map(f):
            schema = {"type": "array", "items": schema}
        doc = self.docs.comments.get(f"{owner}.{f['name']}", "")
        extra: dict[str, Any] = {}
        if with_doc and doc:
            extra["description"] = doc
        if "default_value" in f:
            extra["default"] = self._default(f)
        if f.get("options", {}).get("deprecated") or doc.startswith("[Deprecated"):
            extra["deprecated"] = True
        return {**schema, **extra}

    def _is_map(self, f: dict[str, Any]) -> bool:
        target = self.index.messages.get(f.get("type_name", "").lstrip("."))
        return bool(target and target[0].get("options", {}).get("map_entry"))

    def _value(self, f: dict[str, Any]) -> dict[str, Any]:
        kind = f["type"]
        if kind in SCALARS:
            return dict(SCALARS[kind])
        full = f["type_name"].lstrip(".")
        if kind == "TYPE_ENUM":
            return self.ref(full)
        if self._is_map(f):
            entry, _ = self.index.messages[full]
            value = next(x for x in entry["field"] if x["name"] == "value")
            return {"type": "object", "additionalProperties": self._value(value)}
        if full in self.index.messages:
            return self.ref(full)
        if full not in EXTERNAL:
            self.unresolved.add(full)
        return copy.deepcopy(EXTERNAL.get(full, {"type": "object"}))

    def _default(self, f: dict[str, Any]) -> Any:
        raw, kind = f["default_value"], f["type"]
        if kind == "TYPE_BOOL":
            return raw == "true"
        if kind in ("TYPE_DOUBLE", "TYPE_FLOAT"):
            return float(raw)
        if SCALARS.get(kind, {}).get("format") in ("int32", "int64"):
            return int(raw)
        return raw

    def find_field(self, full: str, dotted: str) -> tuple[str, dict[str, Any]] | None:
        """The field a path template names: `a.b`, or `b` at top level or one message deeper."""
        msg, _ = self.index.messages[full]
        fields = {f["name"]: f for f in msg.get("field", [])}
        head, _, rest = dotted.partition(".")
        if head in fields:
            f = fields[head]
            if not rest:
                return full, f
            return (
                self.find_field(f["type_name"].lstrip("."), rest)
                if f["type"] == "TYPE_MESSAGE"
                else None
            )
        for f in sorted(fields.values(), key=lambda f: f["number"]):
            sub = f.get("type_name", "").lstrip(".")
            if f["type"] == "TYPE_MESSAGE" and sub in self.index.messages:
                inner = {g["name"]: g for g in self.index.messages[sub][0].get("field", [])}
                if dotted in inner:
                    return sub, inner[dotted]
        return None


def http_path(endpoint: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """(URL path with `{param}` templates, {param: field path as written upstream})."""
    url = endpoint.get("url") or f"/api/{endpoint['since'].split('.')[0]}.0{endpoint['path']}"
    params: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        written = m.group(1) or m.group(2)
        name = written.rsplit(".", 1)[-1]
        params[name] = written
        return "{" + name + "}"

    return _PARAM.sub(sub, url), params


class _Builder:
    def __init__(self, index: _Index, docs: ProtoDocs, services: dict[str, str]):
        self.schemas = _Schemas(index, docs)
        self.docs, self.services = docs, services

    def operation(self, rpc: dict[str, Any], stem: str) -> Operation:
        service, endpoint = rpc["service"], rpc["endpoints"][0]
        path, templated = http_path(endpoint)
        method = endpoint["method"].upper()
        params, body, body_required = self._request(rpc, method, templated)
        raw_response = (service, rpc["rpc"]) in RAW_RESPONSE
        summary, description = self._describe(rpc)
        return Operation(
            backend="mlflow",
            id=stem,
            name=stem,
            method=method,
            path=path,
            summary=summary,
            description=description,
            parameters=params,
            body_schema=body,
            body_required=body_required,
            response_schema=dict(BINARY) if raw_response else self.schemas.ref(rpc["response"]),
            tags=[self.services[service]],
            safety=safety(stem),
            internal=bool(rpc.get("internal")),
            extra=self._extra(rpc, templated),
        )

    def _request(
        self, rpc: dict[str, Any], method: str, templated: dict[str, str]
    ) -> tuple[list[Parameter], dict[str, Any] | None, bool]:
        """(parameters, body schema, body required): path params, then query or JSON body."""
        req = rpc["request"]
        params = [self._path_param(req, name, written) for name, written in templated.items()]
        omit = {w for w in templated.values() if "." not in w}
        if (rpc["service"], rpc["rpc"]) in RAW_REQUEST:
            return params, dict(BINARY), True
        if method == "GET":
            return params + self._query_params(req, omit), None, False
        if not self._fields(req, omit) and method == "DELETE":
            return params, None, False
        required = method in ("POST", "PUT", "PATCH") or self._has_required(req, omit)
        return params, self.schemas.request_ref(req, omit), required

    def _describe(self, rpc: dict[str, Any]) -> tuple[str, str]:
        """(summary, description): the comment's first sentence, else rpc_doc_title or name."""
        service = rpc["service"]
        full_rpc = f"{self.schemas.index.services[service]}.{service}.{rpc['rpc']}"
        title = self.docs.titles.get(full_rpc) or humanize(rpc["rpc"])
        message_doc = self.docs.comments.get(rpc["request"], "")
        if message_doc.lower().endswith(" request"):  # "Create webhook request": no news
            message_doc = ""
        description = self.docs.comments.get(full_rpc) or message_doc
        if not description or description.startswith("Throws"):
            return title, f"{title}.\n\n{description}".strip()
        first = re.split(r"(?<=\.)\s|\n\n", description, maxsplit=1)[0].replace("\n", " ")
        return (first if len(first) <= 160 else title), description

    def _extra(self, rpc: dict[str, Any], templated: dict[str, str]) -> dict[str, Any]:
        endpoint, key = rpc["endpoints"][0], (rpc["service"], rpc["rpc"])
        extra: dict[str, Any] = {
            "service": rpc["service"],
            "rpc": rpc["rpc"],
            "request": rpc["request"],
            "response": rpc["response"],
            "visibility": rpc.get("visibility", ""),
            "since": endpoint["since"],
            "bindings": [[e["method"].upper(), http_path(e)[0]] for e in rpc["endpoints"]],
        }
        slash = sorted(n for n, w in templated.items() if f"<path:{w}>" in endpoint["path"])
        if slash:
            extra["slash_params"] = slash
        if key in RAW_REQUEST:
            extra["request_content_type"] = "application/octet-stream"
        if key in RAW_RESPONSE:
            extra["response_content_type"] = "application/octet-stream"
        if "url" in endpoint:
            extra["upstream_path"] = endpoint["path"]
        return extra

    def _fields(self, message: str, omit: set[str]) -> list[dict[str, Any]]:
        msg, _ = self.schemas.index.messages[message]
        return [
            f
            for f in sorted(msg.get("field", []), key=lambda f: f["number"])
            if f["name"] not in omit
        ]

    def _has_required(self, message: str, omit: set[str]) -> bool:
        return any(
            self.schemas.is_required(f"{message}.{f['name']}") for f in self._fields(message, omit)
        )

    def _path_param(self, message: str, name: str, written: str) -> Parameter:
        found = self.schemas.find_field(message, written)
        if found is None:
            desc = (
                "Artifact path relative to the artifact root; may contain slashes."
                if name == "artifact_path"
                else ""
            )
            return Parameter(name, "path", True, {"type": "string"}, desc)
        owner, f = found
        schema = self.schemas.field(owner, f, with_doc=False)
        return Parameter(
            name, "path", True, schema, self.docs.comments.get(f"{owner}.{f['name']}", "")
        )

    def _query_params(self, message: str, omit: set[str]) -> list[Parameter]:
        out = []
        for f in self._fields(message, omit):
            if f["type"] == "TYPE_MESSAGE" and f["type_name"].lstrip(".") not in EXTERNAL:
                raise ValueError(
                    f"{message}.{f['name']}: a message-typed field cannot be a query parameter"
                )
            full = f"{message}.{f['name']}"
            schema = self.schemas.field(message, f, with_doc=False)
            out.append(
                Parameter(
                    f["name"],
                    "query",
                    self.schemas.is_required(full),
                    schema,
                    self.docs.comments.get(full, ""),
                )
            )
        return out


def stems(rpcs: list[dict[str, Any]]) -> list[str]:
    """snake_case RPC names; a name used by several services is qualified outside tracking."""
    base = [snake(r["rpc"]) for r in rpcs]
    out = []
    for r, b in zip(rpcs, base, strict=True):
        if base.count(b) > 1 and r["service"] in QUALIFIERS:
            verb, _, rest = b.partition("_")
            b = f"{verb}_{QUALIFIERS[r['service']]}_{rest}"
        out.append(b)
    if len(set(out)) != len(out):
        raise ValueError(
            f"duplicate MLflow operation ids: {sorted({s for s in out if out.count(s) > 1})}"
        )
    return out


def forced_required(rpcs: list[dict[str, Any]], index: _Index) -> set[str]:
    """Full names of the request fields listed in the (patched-in) `required` key of an RPC."""
    out = set()
    for r in rpcs:
        known = {f["name"] for f in index.messages[r["request"]][0].get("field", [])}
        for name in r.get("required", []):
            if name not in known:
                raise ValueError(
                    f"{r['rpc']}: `required` names {name!r}, not a field of {r['request']}"
                )
            out.add(f"{r['request']}.{name}")
    return out


def build_model(
    descriptor_set: dict[str, Any],
    endpoints: dict[str, Any],
    docs: ProtoDocs,
    source: SpecSource,
    services: dict[str, str] = SERVICES,
    api_version: str = "",
) -> BackendModel:
    """The model of every RPC of `services` (endpoints already patched)."""
    rpcs = [r for r in normalize_endpoints(endpoints)["rpcs"] if r["service"] in services]
    builder = _Builder(_Index.build(descriptor_set), docs, services)
    builder.schemas.forced = forced_required(rpcs, builder.schemas.index)
    ops = [builder.operation(r, s) for r, s in zip(rpcs, stems(rpcs), strict=True)]
    counts = {svc: sum(1 for r in rpcs if r["service"] == svc) for svc in services}
    extra: dict[str, Any] = {"services": counts}
    if builder.schemas.unresolved:
        extra["unresolved_types"] = sorted(builder.schemas.unresolved)
    schemas = dict(sorted(builder.schemas.schemas.items()))
    return BackendModel(
        name="mlflow",
        title="MLflow REST API",
        api_version=api_version or source.version,
        source=source,
        operations=ops,
        schemas=schemas,
        extra=extra,
    ).sorted()
