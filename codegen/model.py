"""The intermediate model every ingester produces and every emitter reads.

Ingesters (one per input format) turn a patched upstream spec into a `BackendModel`;
templates and emitters read only this model, never the raw spec.
Schemas inside the model are plain JSON Schema dicts whose `$ref`s point at
`#/components/schemas/<name>` of `BackendModel.schemas` (OpenAPI style), so one
resolver serves every backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# `credential`: mints, reveals or changes credentials or users. labgate never lists or calls
# such an operation, whatever the switches (a token handed to a client skips every switch).
Safety = Literal["read", "write", "destructive", "credential"]
Location = Literal["path", "query", "header"]

SAFETY_ORDER: tuple[Safety, ...] = ("read", "write", "destructive", "credential")


@dataclass(frozen=True)
class Parameter:
    """A path/query/header parameter (body fields live in `Operation.body_schema`)."""

    name: str
    location: Location
    required: bool
    schema: dict[str, Any]
    description: str = ""


@dataclass(frozen=True)
class ClientBinding:
    """How the generated typed client exposes this operation (filled by the client emitter).

    kind "openapi": `module` is the openapi-python-client endpoint module relative to the
    backend package (e.g. `client.api.jobs.list_jobs`) and `function` is its
    `_get_kwargs`; the call template builds the request with it and sends it through the
    client's httpx client (the generated strict response parsing is skipped on purpose).
    kind "rpc": `module`/`function` name the generated RPC client method to await with
    the request body (ClearML).
    `args` lists (source, python keyword, converter): source is a parameter name or
    "body"; converter is one of `raw`, `enum:<Class>`, `enum_list:<Class>`,
    `attrs:<Class>` (Class.from_dict), `pydantic:<Class>` (Class.model_validate).
    `imports` are full "from .x import Y" lines the converters need.
    """

    kind: Literal["openapi", "rpc"]
    module: str
    function: str
    args: tuple[tuple[str, str, str], ...] = ()  # (model name, python kwarg, converter)
    imports: tuple[str, ...] = ()  # extra "from X import Y" lines the converters need


@dataclass
class Operation:
    backend: str
    id: str  # stable operation id, unique within the backend
    method: str  # upper-case HTTP method
    path: str  # URL path relative to the backend base URL, `{param}` templating
    summary: str
    description: str
    parameters: list[Parameter] = field(default_factory=list)
    body_schema: dict[str, Any] | None = None
    body_required: bool = False
    response_schema: dict[str, Any] | None = None
    tags: list[str] = field(default_factory=list)
    safety: Safety = "read"
    deprecated: bool = False
    internal: bool = False  # e.g. ClearML internal endpoints: in the manifest, never a tool
    extra: dict[str, Any] = field(
        default_factory=dict
    )  # backend-specific facts (versions, service...)
    binding: ClientBinding | None = None
    name: str = ""  # snake_case tool stem without the backend prefix (emitter dedupes/shortens)


@dataclass
class SpecSource:
    """Which pinned upstream file(s) a model came from."""

    files: list[tuple[str, str]]  # (cache-relative path, sha256)
    version: str  # upstream version/commit label

    @property
    def label(self) -> str:
        if len(self.files) <= 3:
            return ", ".join(f"{p} (sha256 {h[:12]})" for p, h in self.files)
        import hashlib

        combined = hashlib.sha256("".join(h for _, h in sorted(self.files)).encode()).hexdigest()
        folders = sorted({p.rsplit("/", 1)[0] for p, _ in self.files})
        return f"{len(self.files)} pinned files under {', '.join(folders)} (combined sha256 {combined[:12]})"


@dataclass
class BackendModel:
    name: str  # "qarnot" | "slurm" | "clearml" | "mlflow" | ...
    title: str
    api_version: str
    source: SpecSource
    operations: list[Operation]
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)  # components/schemas
    extra: dict[str, Any] = field(default_factory=dict)

    def sorted(self) -> BackendModel:
        self.operations.sort(key=lambda op: op.id)
        return self
