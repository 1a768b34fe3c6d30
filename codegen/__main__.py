"""python -m codegen {specs|regen|check} [--backend NAME ...] [--slurm-version vX]"""

from __future__ import annotations

import argparse
import sys
import time

from codegen import pipeline, specs
from codegen.backends import BACKENDS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m codegen")
    ap.add_argument("command", choices=["specs", "regen", "check"])
    ap.add_argument("--backend", action="append", choices=BACKENDS, help="default: all")
    ap.add_argument("--slurm-version", default="v0.0.42")
    args = ap.parse_args(argv)
    backends = args.backend or list(BACKENDS)
    try:
        if args.command == "specs":
            for path in specs.ensure_all():
                print(f"ok {path.relative_to(specs.CACHE_DIR)}")
            return 0
        if args.command == "regen":
            t0 = time.perf_counter()
            pipeline.regen(backends, slurm_version=args.slurm_version)
            print(f"regen: {len(backends)} backends in {time.perf_counter() - t0:.1f} s")
            return 0
        diffs = pipeline.check(backends, args.slurm_version, log=lambda m: None)
        for d in diffs:
            print(f"regen-check: {d}")
        print(
            "regen-check: no difference" if not diffs else f"regen-check: {len(diffs)} differences"
        )
        return 1 if diffs else 0
    except specs.PinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
