"""`labgate slurm-shim --listen 127.0.0.1:6830 [--ssh user@host] [--token-env VAR] [--user NAME]
[--output-roots /home,/scratch]`."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys

DEFAULT_TOKEN_ENV = "LABGATE_SHIM_TOKEN"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--listen", default="127.0.0.1:6830", help="HOST:PORT (default 127.0.0.1:6830)")
    p.add_argument("--ssh", help="run the Slurm CLI on this login node (user@host) over ssh")
    p.add_argument(
        "--token-env",
        default=DEFAULT_TOKEN_ENV,
        help=f"variable holding the token clients send as X-SLURM-USER-TOKEN (default {DEFAULT_TOKEN_ENV})",
    )
    p.add_argument(
        "--user", help="the X-SLURM-USER-NAME clients must send (default: the CLI's user)"
    )
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per CLI command")
    p.add_argument(
        "--output-roots",
        type=output_roots,
        default=(),
        help="comma-separated absolute directories (e.g. /home,/scratch): job output tails are "
        "served only from under them (always refused: /proc, /sys, /dev, the shim's own state)",
    )


def output_roots(text: str) -> tuple[str, ...]:
    roots = tuple(r for r in text.split(",") if r)
    for root in roots:
        if not root.startswith("/") or root.startswith("//") or os.path.normpath(root) != root:
            raise argparse.ArgumentTypeError(f"{root!r} is not a normalised absolute directory")
    return roots


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from labgate.shim.app import create_app
    from labgate.shim.handlers import Shim
    from labgate.shim.runner import Runner

    host, _, port = args.listen.rpartition(":")
    if not host or not port.isdigit():
        print(f"labgate slurm-shim: --listen wants HOST:PORT, got {args.listen!r}", file=sys.stderr)
        return 2
    token = os.environ.get(args.token_env, "")
    if not token:
        token = secrets.token_urlsafe(32)
        print(f"labgate slurm-shim: {args.token_env} is not set; this run's token: {token}",
              file=sys.stderr)  # fmt: skip
    user = args.user or (
        args.ssh.split("@", 1)[0] if args.ssh and "@" in args.ssh else getpass.getuser()
    )
    shim = Shim(Runner(ssh=args.ssh, timeout=args.timeout), user=user,
                output_roots=args.output_roots)  # fmt: skip
    where = f"ssh {args.ssh}" if args.ssh else "the local Slurm CLI"
    print(f"labgate slurm-shim: http://{args.listen} over {where} (user {user})", file=sys.stderr)
    uvicorn.run(create_app(shim, token), host=host, port=int(port), log_level="warning")
    return 0
