"""The tail of one job's own stdout/stderr, and nothing else.

The path comes only from `scontrol show job -o <id>` (StdOut=/StdErr=), never from the
request. It must be absolute, free of `..`, a regular file (not a symlink: a job could swap
its output for a link to another file) owned by the job's user. Locally the file is opened
with O_NOFOLLOW and checked on the open descriptor; over ssh, `stat` (no -L) then `tail -c`.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from typing import Any

from labgate.shim import cli22
from labgate.shim.handlers import Shim, ShimError, check_job_id

MAX_TAIL = 1_048_576
_UID = re.compile(r"\((\d+)\)")


def checked_path(path: str | None, stream: str) -> str:
    if not path or path in ("(null)", "/dev/null"):
        raise ShimError(404, f"the job has no {stream} file")
    if not path.startswith("/") or ".." in path.split("/") or "\x00" in path:
        raise ShimError(400, f"refusing {stream} path {path[:80]!r}: not a plain absolute path")
    if posixpath.normpath(path) != path:
        raise ShimError(400, f"refusing {stream} path {path[:80]!r}: not normalised")
    return path


def _local_tail(path: str, uid: int | None, tail: int) -> tuple[int, bytes]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise ShimError(404, f"{path} does not exist (yet)") from None
    except OSError as exc:  # ELOOP: the path is a symlink
        raise ShimError(400, f"refusing {path}: {exc.strerror}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ShimError(400, f"refusing {path}: not a regular file")
        if uid is not None and st.st_uid != uid:
            raise ShimError(400, f"refusing {path}: not owned by the job's user")
        offset = max(0, st.st_size - tail)
        os.lseek(fd, offset, os.SEEK_SET)
        data = os.read(fd, tail)
        return st.st_size, data
    finally:
        os.close(fd)


async def _remote_tail(shim: Shim, path: str, uid: int | None, tail: int) -> tuple[int, bytes]:
    res = await shim.runner.run(["stat", "-c", "%s %u %F", "--", path])
    if not res.ok:
        raise ShimError(404, f"{path}: {res.error_text()}")
    size, owner, kind = res.stdout.strip().split(" ", 2)
    if kind != "regular file" and kind != "regular empty file":
        raise ShimError(400, f"refusing {path}: {kind}, not a regular file")
    if uid is not None and int(owner) != uid:
        raise ShimError(400, f"refusing {path}: not owned by the job's user")
    data = await shim.runner.run(["tail", "-c", str(tail), "--", path])
    return int(size), data.stdout.encode()


async def job_output(shim: Shim, job_id: str, stream: str, tail_bytes: Any) -> dict[str, Any]:
    check_job_id(job_id)
    if stream not in ("stdout", "stderr"):
        raise ShimError(400, "stream must be stdout or stderr")
    try:
        tail = int(tail_bytes)
    except (TypeError, ValueError):
        raise ShimError(400, "tail_bytes must be an integer") from None
    if not 1 <= tail <= MAX_TAIL:
        raise ShimError(400, f"tail_bytes must be between 1 and {MAX_TAIL}")
    res = await shim.runner.run(["scontrol", "show", "job", "-o", job_id])
    if not res.ok:
        raise ShimError(
            404, f"job {job_id}: {res.error_text()} (scontrol keeps jobs MinJobAge seconds)"
        )
    rec = next(iter(cli22.records(res.stdout)), {})
    path = checked_path(rec.get("StdOut" if stream == "stdout" else "StdErr"), stream)
    m = _UID.search(rec.get("UserId", ""))
    uid = int(m.group(1)) if m else None
    if shim.runner.ssh:
        size, data = await _remote_tail(shim, path, uid, tail)
    else:
        size, data = _local_tail(path, uid, tail)
    body = {"job_id": job_id, "stream": stream, "path": path, "size": size,
            "offset": max(0, size - len(data)), "truncated": size > len(data),
            "text": data.decode("utf-8", "replace")}  # fmt: skip
    return shim.wrap(body, ["scontrol", "show", "job", job_id])
