"""Parsers for the Slurm CLI's text output (what 22.05 has no `--json` for) and argv checks."""

from __future__ import annotations

import re
import time
from typing import Any

# Job ids as the API takes them: 123, 123_4 (array task). Nothing else reaches the CLI.
JOB_ID = re.compile(r"^[0-9]{1,12}(_[0-9]{1,9})?$")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")  # node, partition, reservation
# Values passed as one `--flag=value` argv element: printable, no shell metacharacters.
SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.,:@%+=/ -]{0,4096}$")
SHELL_META = re.compile(r"[;&|`$<>(){}\[\]\\'\"*?!~#\n\r\t\x00]")

_KV_SPLIT = re.compile(r" (?=[A-Za-z][A-Za-z0-9/:_]*=)")
TEST_ONLY = re.compile(
    r"Job (?P<id>\d+) to start at (?P<start>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)"
    r" using (?P<cpus>\d+) processors on nodes (?P<nodes>\S+) in partition (?P<part>\S+)"
)
_DURATION = re.compile(r"^(?:(?P<d>\d+)-)?(?:(?P<h>\d+):)?(?P<m>\d+)(?::(?P<s>\d+))?$")


def key_values(line: str) -> dict[str, str]:
    """One `scontrol show -o` record: `Key=value Key2=value with spaces ...`."""
    out = {}
    for part in _KV_SPLIT.split(line.strip()):
        key, sep, value = part.partition("=")
        if sep:
            out[key] = value
    return out


def records(text: str) -> list[dict[str, str]]:
    return [key_values(line) for line in text.splitlines() if "=" in line]


def minutes(value: str | None) -> int | str | None:
    """Slurm durations (`01:00:00`, `2-00:00:00`, `30`) → minutes; UNLIMITED/INFINITE kept."""
    if not value or value in ("NONE", "N/A", "(null)"):
        return None
    if value.upper() in ("UNLIMITED", "INFINITE"):
        return "INFINITE"
    m = _DURATION.match(value)
    if not m:
        return None
    d, h, mi, s = (int(m.group(k) or 0) for k in ("d", "h", "m", "s"))
    if m.group("h") is None and m.group("s") is not None:  # MM:SS
        h, mi, s = 0, int(m.group("m")), int(m.group("s"))
    return d * 1440 + h * 60 + mi + (1 if s else 0)


def integer(value: str | None) -> int | str | None:
    if value is None:
        return None
    if value.upper() in ("UNLIMITED", "INFINITE"):
        return "INFINITE"
    return int(value) if value.isdigit() else None


def sdiag(text: str) -> dict[str, Any]:
    """The counters of `sdiag` that map one-to-one onto v0.0.42 stats_msg."""
    names = {
        "Server thread count": "server_thread_count",
        "Agent queue size": "agent_queue_size",
        "Agent count": "agent_count",
        "Agent thread count": "agent_thread_count",
        "DBD Agent queue size": "dbd_agent_queue_size",
        "Jobs submitted": "jobs_submitted",
        "Jobs started": "jobs_started",
        "Jobs completed": "jobs_completed",
        "Jobs canceled": "jobs_canceled",
        "Jobs failed": "jobs_failed",
        "Jobs pending": "jobs_pending",
        "Jobs running": "jobs_running",
    }
    out: dict[str, Any] = {}
    section = ""
    for line in text.splitlines():
        if not line.startswith("\t"):
            section = line
        key, _, value = line.strip().partition(":")
        value = value.strip().split(" ")[0]
        if key in names and value.isdigit():
            out[names[key]] = int(value)
        elif section.startswith("Main schedule") and value.isdigit():
            sub = {"Last cycle": "schedule_cycle_last", "Max cycle": "schedule_cycle_max",
                   "Total cycles": "schedule_cycle_total", "Mean cycle": "schedule_cycle_mean",
                   "Cycles per minute": "schedule_cycle_per_minute",
                   "Last queue length": "schedule_queue_length"}.get(key)  # fmt: skip
            if sub:
                out[sub] = int(value)
        elif section.startswith("Data since"):
            pass
    m = re.search(r"Data since .*\((\d+)\)", text)
    if m:
        out["req_time_start"] = int(m.group(1))
    m = re.search(r"sdiag output at .*\((\d+)\)", text)
    if m:
        out["req_time"] = int(m.group(1))
    return out


def sshare(text: str) -> list[dict[str, Any]]:
    """`sshare -P -a -l` rows → v0.0.42 assoc_shares_obj_wrap dicts (before coercion)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return []
    head = lines[0].split("|")
    out = []
    parent_stack: list[str] = []
    for i, line in enumerate(lines[1:], 1):
        row = dict(zip(head, line.split("|"), strict=False))
        account = row.get("Account", "")
        depth = len(account) - len(account.lstrip(" "))
        account = account.strip()
        user = row.get("User", "")
        parent_stack = parent_stack[:depth]
        parent = parent_stack[-1] if parent_stack else ""
        if not user:
            parent_stack.append(account)

        num = lambda key, row=row: _float(row.get(key, ""))
        raw = num("RawShares")
        out.append({
            "id": i,
            "name": user or account,
            "parent": account if user else parent,
            "type": ["USER" if user else "ASSOCIATION"],
            "shares": int(raw) if raw is not None else None,
            "shares_normalized": num("NormShares"),
            "usage": int(num("RawUsage") or 0),
            "usage_normalized": num("NormUsage"),
            "effective_usage": num("EffectvUsage"),
            "fairshare": {"factor": num("FairShare"), "level": num("LevelFS")},
        })  # fmt: skip
    return out


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def exit_code(text: str | None) -> dict[str, Any]:
    """sacct's `3:0` (exit status:signal) → v0.0.42 process_exit_code_verbose."""
    status, _, signal = (text or "").partition(":")
    code = int(status) if status.isdigit() else None
    sig = int(signal) if signal.isdigit() else 0
    if code is None:
        return {"status": ["INVALID"]}
    word = "SIGNALED" if sig else ("SUCCESS" if code == 0 else "ERROR")
    out: dict[str, Any] = {
        "status": [word],
        "return_code": {"set": True, "infinite": False, "number": code},
    }
    if sig:
        out["signal"] = {"id": {"set": True, "infinite": False, "number": sig}}
    return out


def wait_status(raw: int | None) -> dict[str, Any]:
    """squeue's raw wait status (768 = exit 3) → exit code struct."""
    if raw is None:
        return {"status": ["INVALID"]}
    sig, code = raw & 0x7F, (raw >> 8) & 0xFF
    return exit_code(f"{code}:{sig}")


def test_only(stderr: str) -> dict[str, Any] | None:
    m = TEST_ONLY.search(stderr)
    if not m:
        return None
    start = int(time.mktime(time.strptime(m["start"], "%Y-%m-%dT%H:%M:%S")))
    return {"start_time": start, "start": m["start"], "partition": m["part"],
            "nodes": m["nodes"], "cpus": int(m["cpus"])}  # fmt: skip
