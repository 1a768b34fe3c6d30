"""python -m codegen {specs|regen|check|bump|surface} [--backend NAME ...] [--spec-version NAME=V]

bump:    --backend B --to VERSION [--source P] [--url U] [--commit C] [--wheel W]
         [--dry-run] [--json]
surface: [--backend B ...] [--old DIR] [--new DIR] [--json]  (default: generated/ against a regen)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from codegen import bump, pipeline, specs, surface, upstream
from codegen.backends import BACKENDS


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m codegen")
    ap.add_argument("command", choices=["specs", "regen", "check", "bump", "surface"])
    ap.add_argument("--backend", action="append", choices=BACKENDS, help="default: all")
    ap.add_argument(
        "--spec-version",
        action="append",
        default=[],
        metavar="NAME=VERSION",
        help="regen, check, surface: a backend's spec at another pinned version (default: its pin)",
    )
    ap.add_argument("--to", help="bump: the release to move the pin to")
    ap.add_argument("--source", type=Path, help="bump: a local copy of the release's files")
    ap.add_argument("--url", help="bump: the URL the release is published at")
    ap.add_argument("--commit", help="bump: the upstream git commit of the release")
    ap.add_argument("--wheel", type=Path, help="bump: a local wheel of the release")
    ap.add_argument("--dry-run", action="store_true", help="bump: leave pin and generated/")
    ap.add_argument("--old", type=Path, help="surface: old generated tree (default: generated/)")
    ap.add_argument("--new", type=Path, help="surface: new generated tree (default: a regen)")
    ap.add_argument("--json", action="store_true", help="bump, surface: print JSON")
    return ap.parse_args(argv)


def _bump(args: argparse.Namespace) -> int:
    if not args.backend or len(args.backend) != 1 or not args.to:
        print("error: bump needs one --backend and --to VERSION", file=sys.stderr)
        return 2
    inputs = {"source": args.source, "url": args.url, "commit": args.commit, "wheel": args.wheel}
    log = (lambda m: None) if args.json else print
    report = bump.bump(args.backend[0], args.to, dry_run=args.dry_run, log=log, **inputs)
    print(json.dumps(report, indent=1) if args.json else bump.render(report))
    return 1 if bump.failed(report) else 0


def _surface(args: argparse.Namespace, backends: list[str]) -> int:
    old = args.old or pipeline.GENERATED
    with tempfile.TemporaryDirectory(prefix="labgate-surface-") as tmp:
        new = args.new
        if new is None:
            new = Path(tmp)
            pipeline.regen(backends, new, args.versions, log=lambda m: None, strict=False)
        reports = [surface.diff(b, old, new) for b in backends]
    if args.json:
        print(json.dumps(reports, indent=1))
    else:
        print("\n".join(surface.render(r) for r in reports))
    return 1 if any(any(r["unresolved"].values()) for r in reports) else 0


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    backends = args.backend or list(BACKENDS)
    try:
        args.versions = dict(v.split("=", 1) for v in args.spec_version)
    except ValueError:
        print("error: --spec-version takes NAME=VERSION", file=sys.stderr)
        return 2
    try:
        if args.command == "specs":
            for path in specs.ensure_all():
                print(f"ok {path.relative_to(specs.CACHE_DIR)}")
            return 0
        if args.command == "bump":
            return _bump(args)
        if args.command == "surface":
            return _surface(args, backends)
        if args.command == "regen":
            t0 = time.perf_counter()
            pipeline.regen(backends, versions=args.versions)
            print(f"regen: {len(backends)} backends in {time.perf_counter() - t0:.1f} s")
            return 0
        diffs = pipeline.check(backends, args.versions, log=lambda m: None)
        for d in diffs:
            print(f"regen-check: {d}")
        print(
            "regen-check: no difference" if not diffs else f"regen-check: {len(diffs)} differences"
        )
        return 1 if diffs else 0
    except (specs.PinError, upstream.NeedsInput) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
