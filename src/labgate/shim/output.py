"""The tail of one job's own stdout/stderr, or a window of it from a byte offset, and nothing
else.

The path comes only from `scontrol show job -o <id>` (StdOut=/StdErr=), never from the request,
but whoever submits a job chooses it (`--output=/proc/self/environ`), so:

- the job must be the shim user's (`UserId=name(uid)`), else 403;
- the path must be absolute, normalised, without control characters, and outside `/proc`,
  `/sys`, `/dev` and the shim's own state (`own_state`); with `--output-roots` it must also be
  under one of those roots;
- the file must be reached without a symlink in any component, be a regular file with one
  link (a second name could be a hard link to a refused file) and be owned by the uid of the
  shim's user (`pwd` locally, `id -u` on the login node over ssh; cached).

Locally each directory is opened from its parent's fd with O_NOFOLLOW and the file is checked
on the open descriptor (fstat), so nothing can be swapped in between. Over ssh one remote `sh`
opens the file on fd 3 and reports what fd 3 really is (`readlink`, `stat -L` of
/proc/self/fd/3) before `tail` reads the same descriptor.
"""

from __future__ import annotations

import base64
import os
import posixpath
import pwd
import re
import stat
from collections.abc import Mapping
from typing import Any

from labgate.shim import cli22
from labgate.shim.handlers import Shim, ShimError, check_job_id

MAX_TAIL = 1_048_576
MAX_OFFSET = 1 << 53  # a window from a byte offset: offsets are JSON-safe integers
ALWAYS_REFUSED = ("/proc", "/sys", "/dev")
_JOB_USER = re.compile(r"^(?P<name>[^()]*)\((?P<uid>\d+)\)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_REMOTE_MISSING = 44
# $1 path, $2 bytes. Refuses a non-regular file before opening it (a FIFO would block).
_REMOTE_TAIL = f"""[ -e "$1" ] || [ -h "$1" ] || exit {_REMOTE_MISSING}
[ -f "$1" ] && [ ! -h "$1" ] || {{ echo "not a regular file" >&2; exit 3; }}
exec 3<"$1"
readlink /proc/self/fd/3 && stat -L -c '%s %u %h %F' /proc/self/fd/3 && tail -c "$2" <&3"""
# $1 path, $2 first byte (1-based), $3 bytes: the same checks, then that window in base64 (bytes
# kept exact for offsets; both numbers are digits the shim formatted itself).
_REMOTE_RANGE = _REMOTE_TAIL.replace(
    'tail -c "$2" <&3', 'tail -c +"$2" <&3 | head -c "$3" | base64 -w0'
)


def own_state(env: Mapping[str, str]) -> tuple[str, ...]:
    """What belongs to the shim rather than to its user's jobs: its ssh identity (`~/.ssh`,
    used for `--ssh`), labgate's configuration (`~/.config/labgate`, `$XDG_CONFIG_HOME/labgate`,
    `$LABGATE_CONFIG`). Its token lives in its environment, which `/proc` covers."""
    paths = []
    if env.get("HOME"):
        paths += [f"{env['HOME']}/.ssh", f"{env['HOME']}/.config/labgate"]
    if env.get("XDG_CONFIG_HOME"):
        paths.append(f"{env['XDG_CONFIG_HOME']}/labgate")
    if env.get("LABGATE_CONFIG"):
        paths.append(env["LABGATE_CONFIG"])
    return tuple(os.path.realpath(p) for p in paths)  # a relative $LABGATE_CONFIG: from cwd


def under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def checked_path(path: str | None, stream: str, allowed_roots: tuple[str, ...]) -> str:
    if not path or path in ("(null)", "/dev/null"):
        raise ShimError(404, f"the job has no {stream} file")
    refusing = f"refusing {stream} path {path[:80]!r}"
    if not path.startswith("/") or path.startswith("//") or ".." in path.split("/"):
        raise ShimError(400, f"{refusing}: not a plain absolute path")
    if posixpath.normpath(path) != path or _CONTROL.search(path):
        raise ShimError(400, f"{refusing}: not normalised")
    refused = next((r for r in (*ALWAYS_REFUSED, *own_state(os.environ)) if under(path, r)), None)
    if refused:
        raise ShimError(400, f"{refusing}: under {refused}, which the shim never serves")
    if allowed_roots and not any(under(path, r) for r in allowed_roots):
        raise ShimError(400, f"{refusing}: outside --output-roots {','.join(allowed_roots)}")
    return path


def check_job_user(shim: Shim, job_id: str, user_id: str, uid: int) -> None:
    m = _JOB_USER.fullmatch(user_id)
    if not m or m["name"] != shim.user or int(m["uid"]) != uid:
        raise ShimError(
            403, f"job {job_id} is not {shim.user}'s ({user_id[:40] or 'no UserId'}): refused"
        )


async def user_uid(shim: Shim) -> int:
    """The uid of the shim's user where the files are (locally or on the login node), cached."""
    if shim.uid is None:
        if shim.runner.ssh:
            res = await shim.runner.run(["id", "-u", "--", shim.user])
            if not res.ok or not res.stdout.strip().isdigit():
                raise ShimError(502, f"id -u {shim.user}: {res.error_text()}", source="id")
            shim.uid = int(res.stdout)
        else:
            try:
                shim.uid = pwd.getpwnam(shim.user).pw_uid
            except KeyError:
                raise ShimError(502, f"no local user {shim.user!r} to check output files") from None
    return shim.uid


def check_file(path: str, kind: str, owner: int, links: int, uid: int) -> None:
    if kind != "regular file":
        raise ShimError(400, f"refusing {path}: {kind}, not a regular file")
    if owner != uid:
        raise ShimError(400, f"refusing {path}: not owned by the job's user")
    if links != 1:
        raise ShimError(400, f"refusing {path}: {links} hard links (one expected)")


def open_without_symlinks(path: str) -> int:
    """Open `path` read-only, each directory from its parent's fd, never following a symlink."""
    names = path.strip("/").split("/")
    dir_fd = os.open("/", os.O_PATH | os.O_DIRECTORY)
    try:
        for name in names[:-1]:
            next_fd = os.open(name, os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=dir_fd)
            os.close(dir_fd)
            dir_fd = next_fd
        return os.open(names[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
    except FileNotFoundError:
        raise ShimError(404, f"{path} does not exist (yet)") from None
    except OSError as exc:  # ELOOP, ENOTDIR: a symlink on the way; EACCES
        raise ShimError(
            400, f"refusing {path}: {exc.strerror} (symlinks are not followed)"
        ) from None
    finally:
        os.close(dir_fd)


def _local_tail(path: str, uid: int, tail: int, offset: int | None = None) -> tuple[int, bytes]:
    """(file size, the last `tail` bytes), or with `offset` the `tail` bytes from there."""
    fd = open_without_symlinks(path)
    try:
        st = os.fstat(fd)
        kind = "regular file" if stat.S_ISREG(st.st_mode) else "not a regular file"
        check_file(path, kind, st.st_uid, st.st_nlink, uid)
        if offset is not None:
            return st.st_size, os.pread(fd, tail, offset) if offset < st.st_size else b""
        os.lseek(fd, max(0, st.st_size - tail), os.SEEK_SET)
        return st.st_size, os.read(fd, tail)
    finally:
        os.close(fd)


async def _remote_tail(
    shim: Shim, path: str, uid: int, tail: int, offset: int | None = None
) -> tuple[int, bytes]:
    if offset is None:
        argv = ["sh", "-c", _REMOTE_TAIL, "sh", path, str(tail)]
    else:
        argv = ["sh", "-c", _REMOTE_RANGE, "sh", path, str(offset + 1), str(tail)]
    res = await shim.runner.run(argv)
    if res.returncode == _REMOTE_MISSING:
        raise ShimError(404, f"{path} does not exist (yet)")
    if not res.ok:
        raise ShimError(400, f"refusing {path}: {res.error_text()[:200]}")
    parts = res.stdout.split("\n", 2)
    if len(parts) != 3:
        raise ShimError(502, f"reading {path} on the login node printed no header")
    real, header, data = parts
    if real != path:
        raise ShimError(400, f"refusing {path}: a symlink on the way (it is {real[:80]!r})")
    size, owner, links, kind = header.split(" ", 3)
    check_file(path, "regular file" if kind == "regular empty file" else kind, int(owner),
               int(links), uid)  # fmt: skip
    if offset is None:
        return int(size), data.encode()
    try:
        return int(size), base64.b64decode(data.strip(), validate=True)
    except ValueError:
        raise ShimError(502, f"reading {path} on the login node printed no base64") from None


def number(value: Any, what: str, low: int, high: int) -> int:
    """A query value as an integer in [low, high], from ASCII digits only (it may reach a
    remote shell as an argument): else 400 naming it."""
    text = str(value)
    if not (text.isascii() and text.isdigit() and len(text) <= 20):
        raise ShimError(400, f"{what} must be an integer")
    if not low <= int(text) <= high:
        raise ShimError(400, f"{what} must be between {low} and {high}")
    return int(text)


def line_window(data: bytes, offset: int, size: int) -> bytes:
    """A window ends at its last newline unless it reaches the end of the file (or holds no
    newline at all: one long line, cut), so the next window starts on a line."""
    if offset + len(data) >= size or b"\n" not in data:
        return data
    return data[: data.rindex(b"\n") + 1]


async def job_output(
    shim: Shim,
    job_id: str,
    stream: str,
    tail_bytes: Any,
    offset: Any = None,
    length: Any = None,
) -> dict[str, Any]:
    """The last `tail_bytes` of the file; with `offset`, `length` bytes from that byte on,
    ending on a line (`length` in the answer: the bytes it covers, where the next starts)."""
    check_job_id(job_id)
    if stream not in ("stdout", "stderr"):
        raise ShimError(400, "stream must be stdout or stderr")
    start = None if offset is None else number(offset, "offset", 0, MAX_OFFSET)
    if start is None:
        tail = number(tail_bytes, "tail_bytes", 1, MAX_TAIL)
    else:
        tail = number(65536 if length is None else length, "length", 1, MAX_TAIL)
    res = await shim.runner.run(["scontrol", "show", "job", "-o", job_id])
    if not res.ok:
        raise ShimError(
            404, f"job {job_id}: {res.error_text()} (scontrol keeps jobs MinJobAge seconds)"
        )
    rec = next(iter(cli22.records(res.stdout)), {})
    uid = await user_uid(shim)
    check_job_user(shim, job_id, rec.get("UserId", ""), uid)
    field = rec.get("StdOut" if stream == "stdout" else "StdErr")
    path = checked_path(field, stream, shim.output_roots)
    if shim.runner.ssh:
        size, data = await _remote_tail(shim, path, uid, tail, start)
    else:
        size, data = _local_tail(path, uid, tail, start)
    if start is None:
        body = {"job_id": job_id, "stream": stream, "path": path, "size": size,
                "offset": max(0, size - len(data)), "truncated": size > len(data),
                "text": data.decode("utf-8", "replace")}  # fmt: skip
    else:
        data = line_window(data[:tail], start, size)
        body = {"job_id": job_id, "stream": stream, "path": path, "size": size, "offset": start,
                "length": len(data), "eof": start + len(data) >= size, "truncated": start > 0,
                "text": data.decode("utf-8", "replace")}  # fmt: skip
    return shim.wrap(body, ["scontrol", "show", "job", job_id])
