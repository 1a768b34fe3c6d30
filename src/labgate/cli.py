"""labgate serve | tools | a backend's own programs — the command line."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from pathlib import Path

from labgate import serving
from labgate.backends import adapters
from labgate.config import ConfigError, load
from labgate.errors import install_log_redaction


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--toolsets", help=f"comma-separated subset of {','.join(adapters())}")
    p.add_argument("--tools", choices=["curated", "all"], default=None)
    p.add_argument("--allow-write", action="store_true", default=None)
    p.add_argument("--allow-destructive", action="store_true", default=None)
    p.add_argument("--config", type=Path, help="labgate.toml (default: $LABGATE_CONFIG)")
    p.add_argument(
        "--no-check",
        dest="check",
        action="store_false",
        help="skip the start-up check of each backend (reachable, credentials accepted)",
    )


def _settings(args: argparse.Namespace):
    toolsets = (
        tuple(t.strip() for t in args.toolsets.split(",") if t.strip()) if args.toolsets else None
    )
    return load(
        args.config,
        toolsets=toolsets,
        tools=args.tools,
        allow_write=args.allow_write,
        allow_destructive=args.allow_destructive,
    )


def cmd_tools(args: argparse.Namespace) -> int:
    import orjson

    from labgate.tools import ToolBuilder

    settings = _settings(args)
    builder = ToolBuilder(settings)
    tools = [t.mcp() for t in builder.build()]
    if args.json:
        sys.stdout.write(orjson.dumps({"tools": tools}).decode() + "\n")
    else:
        for t in tools:
            flags = "".join(k[0] for k, v in t["annotations"].items() if v and k != "openWorldHint")
            print(f"{t['name']:<40} [{flags or '-'}] {t['description'][:80]}")
        size = len(orjson.dumps({"tools": tools}))
        print(f"-- {len(tools)} tools, {size} bytes of compact JSON", file=sys.stderr)
    for backend, why in settings.absent.items():
        print(f"{backend}: absent — {why}", file=sys.stderr)
    if args.check:  # one line per configured instance: reachable, credentials accepted
        import asyncio

        from labgate.health import check_once

        for line in asyncio.run(check_once(settings, builder.registry)):
            print(line, file=sys.stderr)
    return 0


def _check_at_start(args: argparse.Namespace, settings, registry) -> None:
    """One line per backend instance (reachable, credentials accepted), from a thread: serving
    neither waits for it nor stops when a backend is down."""
    if args.check:
        from labgate.health import at_start

        at_start(settings, registry, lambda line: print(f"labgate: {line}", file=sys.stderr))


def cmd_serve(args: argparse.Namespace) -> int:
    from labgate import server

    settings = _settings(args)
    if args.audit_log:
        settings.audit_log = str(args.audit_log)
    for backend, why in settings.absent.items():
        print(f"labgate: {backend} absent — {why}", file=sys.stderr)
    if args.transport == "stdio":
        mcp, builder = server.create(settings)
        _check_at_start(args, settings, builder.registry)
        serving.settle()
        mcp.run(transport="stdio", show_banner=False)
        return 0
    listed = args.allowed_hosts or os.environ.get("LABGATE_ALLOWED_HOSTS", "")
    hosts = [h.strip() for h in listed.split(",") if h.strip()]
    app = server.http_app(
        settings,
        host=args.host,
        insecure_no_auth=args.insecure_no_auth,
        stateless=not args.stateful,
        allowed_hosts=hosts or None,
        probe_interval=args.probe_interval,
    )
    print(f"labgate: streamable HTTP on http://{args.host}:{args.port}/mcp", file=sys.stderr)
    _check_at_start(args, settings, app.health.runtime.registry)
    serving.run(app, args)  # settles the collector first
    return 0


def main(argv: list[str] | None = None) -> int:
    # What is imported by now (fastmcp, pydantic) lives as long as the process: freezing it
    # keeps full GC passes during tool building from rescanning it (~60 ms of cold start).
    gc.freeze()
    logging.basicConfig(level=os.environ.get("LABGATE_LOG_LEVEL", "WARNING"), stream=sys.stderr)
    install_log_redaction()
    ap = argparse.ArgumentParser(
        prog="labgate",
        description=f"One MCP server for {', '.join(a.title for a in adapters().values())}.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the MCP server")
    serve.add_argument("--transport", choices=["stdio", "http"], default="stdio")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--insecure-no-auth", action="store_true", help="serve a non-loopback address without auth"
    )
    serve.add_argument(
        "--allowed-hosts",
        help="comma-separated Host header patterns (default: loopback names); needed to serve "
        "any address but loopback ($LABGATE_ALLOWED_HOSTS)",
    )
    serve.add_argument(
        "--audit-log",
        type=Path,
        help="append a JSON line per write/destructive call to this file ([server] audit_log)",
    )
    serve.add_argument(
        "--stateful",
        action="store_true",
        help="keep MCP sessions (default: stateless, for replicas)",
    )
    serving.add_arguments(serve)
    _common(serve)
    tools = sub.add_parser("tools", help="print the tool list a client would receive")
    tools.add_argument("--json", action="store_true")
    _common(tools)
    commands = {"serve": cmd_serve, "tools": cmd_tools}
    for adapter in adapters().values():  # a backend's own programs (a REST shim, say)
        for name, help_text, module in adapter.commands:
            program = importlib.import_module(module)
            program.add_arguments(sub.add_parser(name, help=help_text))
            commands[name] = program.run
    args = ap.parse_args(argv)
    try:
        return commands[args.command](args)
    except ConfigError as exc:
        print(f"labgate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
