"""`slurm_get_job(why=true)` without a cluster: accounting records in the v0.0.42 shape (as the
shim and slurmrestd answer them) read into plain words, and stderr tails searched for known
failures. The live test on the real cluster is in test_slurm_tools.py."""

from __future__ import annotations

import time

import pytest
from labgate_overrides.slurm_tools import diagnosis, failures


def nv(n):
    return {"set": True, "infinite": False, "number": n}


def record(state="FAILED", rc=0, sig=0, cpus=2, mem_mb=1024, elapsed=100, cpu_s=50,
           peak_bytes=None, gpus=0, step_state=None, limit=None, reason="None"):  # fmt: skip
    alloc = [{"type": "cpu", "count": cpus}, {"type": "mem", "count": mem_mb},
             {"type": "node", "count": 1}]  # fmt: skip
    if gpus:
        alloc += [{"type": "gres", "name": "gpu", "count": gpus},
                  {"type": "gres", "name": "gpu:a100", "count": gpus}]  # fmt: skip
    step = {"state": [step_state or state], "time": {"total": {"seconds": cpu_s, "microseconds": 0}},
            "tres": {"requested": {"max": [{"type": "mem", "count": peak_bytes}] if peak_bytes else []}}}  # fmt: skip
    return {
        "job_id": 7,
        "state": {"current": [state], "reason": reason},
        "exit_code": {"return_code": nv(rc), "signal": {"id": nv(sig)}},
        "tres": {"allocated": alloc},
        "time": {"elapsed": elapsed, "limit": nv(limit) if limit else nv(None) | {"set": False},
                 "total": {"seconds": 0, "microseconds": 0}},
        "steps": [step],
        "nodes": "gpu-node-3",
    }  # fmt: skip


def test_out_of_memory_is_told_with_peak_against_request() -> None:
    why = diagnosis(record("OUT_OF_MEMORY", rc=0, peak_bytes=1020 * 2**20, mem_mb=1024))
    assert why["state"] == "OUT_OF_MEMORY" and "ran out of memory" in why["verdict"]
    assert why["memory"] == {"requested_mb": 1024, "peak_mb": 1020.0, "peak_pct": 99.6}


def test_a_step_killed_for_memory_names_it_even_when_the_job_says_failed() -> None:
    why = diagnosis(record("FAILED", rc=1, step_state="OUT_OF_MEMORY"))
    assert "ran out of memory" in why["verdict"]


@pytest.mark.parametrize(
    ("state", "words"),
    [("TIMEOUT", "time limit"), ("NODE_FAIL", "node it ran on failed"), ("CANCELLED", "cancelled"),
     ("COMPLETED", "completed successfully")],
)  # fmt: skip
def test_states_are_told_plainly(state, words) -> None:
    why = diagnosis(record(state, limit=30))
    assert words in why["verdict"]
    if state == "TIMEOUT":
        assert why["time_limit_min"] == 30
    if state == "NODE_FAIL":
        assert why["nodes"] == "gpu-node-3"


def test_signals_and_shell_codes_are_named() -> None:
    segv = diagnosis(record("FAILED", sig=11))
    assert segv["verdict"] == "was killed by SIGSEGV" and segv["exit_code"] == "0:11"
    killed = diagnosis(record("FAILED", rc=137))
    assert killed["verdict"] == "exited with code 137: 128+9, killed by SIGKILL"
    assert diagnosis(record("FAILED", rc=3))["verdict"] == "exited with code 3"


def test_cpu_efficiency_and_gpus() -> None:
    why = diagnosis(record("COMPLETED", cpus=4, elapsed=100, cpu_s=100, gpus=2))
    assert why["cpu"] == {"cpus": 4, "elapsed_s": 100, "cpu_time_s": 100.0, "efficiency_pct": 25.0}
    assert why["gpus"] == 2  # the untyped total, not doubled by the typed entry
    assert diagnosis(record("COMPLETED"))["memory"]["peak_mb"] is None  # no step statistics


STDERR = """\
loading data
Traceback (most recent call last):
  File "train.py", line 3, in <module>
    model.cuda()
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB
[rank0]:[E ProcessGroupNCCL.cpp:1] Watchdog caught collective operation timeout
/var/spool/slurmd/job07/slurm_script: line 5:  4242 Segmentation fault (core dumped) ./a.out
slurmstepd: error: Detected 1 oom-kill event(s) in StepId=7.batch.
slurmstepd: error: *** JOB 7 ON vm CANCELLED AT 2026-12-07T17:00:00 DUE TO TIME LIMIT ***
"""


def test_failures_in_stderr_are_picked_out() -> None:
    last, found = failures(STDERR)
    kinds = {f["kind"]: f["text"] for f in found}
    assert set(kinds) == {"python_traceback", "cuda_oom", "nccl", "segfault", "oom_kill",
                          "time_limit"}  # fmt: skip
    assert kinds["python_traceback"].startswith("torch.OutOfMemoryError: CUDA out of memory")
    assert "Watchdog" in kinds["nccl"] and "4242 Segmentation fault" in kinds["segfault"]
    assert last[-1].startswith("slurmstepd: error: *** JOB 7") and len(last) == 9


def test_failures_scan_is_linear_and_bounded() -> None:
    """A hostile tail (long lines, many matches) costs one pass; lines are cut to 300 chars."""
    text = ("Traceback (most recent call last):\n" + "x: " + "a" * 100_000 + "\n") * 300
    t0 = time.perf_counter()
    last, found = failures(text)
    assert time.perf_counter() - t0 < 2
    assert len(last) == 20 and all(len(line) <= 300 for line in last)
    assert [len(f["text"]) for f in found] == [300]
