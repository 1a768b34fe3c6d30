"""`make regen`: every backend from its pinned spec to generated/<backend>/, deterministically."""

from __future__ import annotations

import filecmp
import re
import shutil
import tempfile
import time
import tomllib
from pathlib import Path

from codegen import specs
from codegen.backends import Context, load
from codegen.emit import files
from codegen.emit import tools as tool_emit
from codegen.emit.schema import size
from codegen.model import BackendModel

GENERATED = specs.ROOT / "generated"
GENERATOR = "labgate codegen (codegen/pipeline.py)"


def check_overrides(model: BackendModel) -> None:
    """An override naming an operation the spec no longer has must fail the regen, loudly."""
    path = specs.ROOT / "overrides" / f"{model.name}.toml"
    if not path.is_file():
        return
    named = set(tomllib.loads(path.read_text()).get("operations", {}))
    stale = sorted(named - {op.id for op in model.operations})
    if stale:
        raise RuntimeError(
            f"overrides/{model.name}.toml names operations the {model.name} spec no longer has: {', '.join(stale)}"
        )


def mark_credentials(model: BackendModel, pattern: re.Pattern[str] | None) -> None:
    for op in model.operations:
        if pattern is not None and pattern.fullmatch(op.id):
            op.safety = "credential"


def _emit(model: BackendModel, ctx: Context) -> dict:
    tools = tool_emit.build_tools(model)
    missing = [t.op.id for t in tools if t.op.binding is None]
    if missing:
        raise RuntimeError(f"{model.name}: operations without a client binding: {missing[:5]}")
    header = files.python_header(model, GENERATOR)
    (ctx.out / "__init__.py").write_text(
        f'{header}\n"""{model.title}: generated client and tools."""\n'
    )
    (ctx.out / "calls.py").write_text(tool_emit.calls_module(model, tools, header))
    files.write_json(
        ctx.out / "tools.json",
        {"backend": model.name, "tools": [tool_emit.tool_entry(t) for t in tools]},
        model,
        GENERATOR,
    )
    files.write_json(ctx.out / "manifest.json", tool_emit.manifest(model, tools), model, GENERATOR)
    files.write_json(ctx.out / "schemas.json", tool_emit.schemas(model, tools), model, GENERATOR)
    largest = max(tools, key=lambda t: size(t.input_schema))
    return {
        "operations": len(model.operations),
        "tools": len(tools),
        "largest_input_schema": {"tool": largest.name, "bytes": size(largest.input_schema)},
        "largest_unbounded_input_schema": max(t.unbounded_bytes for t in tools),
    }


def regen_backend(
    name: str, out_root: Path, versions: dict[str, str], log=print, *, strict: bool = True
) -> dict:
    """One backend into out_root/<name>. `strict=False` lets overrides name vanished operations
    (the surface diff of `make bump` reports them instead of stopping)."""
    mod = load(name)
    stage = out_root / f".{name}.staging"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    timings = {}
    with tempfile.TemporaryDirectory(prefix=f"labgate-{name}-") as build:
        ctx = Context(out=stage, build=Path(build), versions=versions, log=log)
        t0 = time.perf_counter()
        model = mod.ingest(ctx).sorted()
        mark_credentials(model, getattr(mod, "CREDENTIAL", None))
        if strict:
            check_overrides(model)
        timings["ingest"] = time.perf_counter() - t0
        mod.emit_client(model, ctx)
        timings["client"] = time.perf_counter() - t0 - timings["ingest"]
        summary = _emit(model, ctx)
        files.stamp_tree(stage, model, GENERATOR)
        files.ruff_format(stage)
    target = out_root / name
    shutil.rmtree(target, ignore_errors=True)
    stage.rename(target)
    summary["seconds"] = {k: round(v, 2) for k, v in timings.items()}
    return summary


def bar(done: int, total: int, width: int = 20) -> str:
    """A text progress bar for the regen log: `[##########----------] 2/4`."""
    filled = round(width * done / total) if total else width
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total}"


def regen(
    backends: list[str],
    out_root: Path = GENERATED,
    versions: dict[str, str] | None = None,
    log=print,
    *,
    strict: bool = True,
) -> dict:
    out_root.mkdir(parents=True, exist_ok=True)
    init = out_root / "__init__.py"
    init.write_text(
        f'# {files.NOTICE}\n"""Generated clients, tools and manifests, one package per backend."""\n'
    )
    report = {}
    for i, name in enumerate(backends, 1):
        t0 = time.perf_counter()
        log(f"{bar(i - 1, len(backends))} {name}: regenerating…")
        report[name] = regen_backend(name, out_root, versions or {}, log, strict=strict)
        s = report[name]
        log(
            f"{bar(i, len(backends))} {name}: {s['operations']} operations, {s['tools']} tools, "
            f"largest input schema {s['largest_input_schema']['bytes']} B "
            f"({s['largest_input_schema']['tool']}), {time.perf_counter() - t0:.1f} s"
        )
    return report


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in {a.name}: {x}" for x in cmp.left_only] + [f"new: {x}" for x in cmp.right_only]
    out += [f"changed: {x}" for x in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += [f"{sub}/{line}" for line in _diff(a / sub, b / sub)]
    return out


def check(backends: list[str], versions: dict[str, str] | None = None, log=print) -> list[str]:
    """Regenerate into a temporary copy and list every difference from generated/."""
    with tempfile.TemporaryDirectory(prefix="labgate-regen-check-") as tmp:
        out = Path(tmp) / "generated"
        regen(backends, out, versions, log)
        diffs = []
        for name in backends:
            if not (GENERATED / name).is_dir():
                diffs.append(f"{name}: not generated yet")
                continue
            diffs += [f"{name}/{d}" for d in _diff(GENERATED / name, out / name)]
        return diffs
