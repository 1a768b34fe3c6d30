"""Log labgate's Trackio test data with Trackio's own Python API; print what was logged (JSON).

Runs in the Trackio venv: `python trackio_seed.py <server write-access URL>`. The data is
made so that every expected value can be computed from this description alone.
"""

import json
import sys

import trackio

URL = sys.argv[1]
PROJECT = "labgate-test"
RUNS = {
    # run name: (learning rate, steps)
    "lr-high": (0.1, 120),
    "lr-low": (0.01, 120),
}


def loss(lr: float, step: int) -> float:
    return round(1.0 / (1.0 + lr * step), 6)


def acc(step: int, steps: int) -> float:
    return round(step / (steps - 1), 6)


out = {"project": PROJECT, "runs": {}}
for name, (lr, steps) in RUNS.items():
    trackio.init(
        project=PROJECT,
        name=name,
        config={"lr": lr, "batch_size": 32, "optimizer": "adam"},
        server_url=URL,
        auto_log_cpu=False,
        auto_log_gpu=False,
    )
    for step in range(steps):
        trackio.log({"train/loss": loss(lr, step), "val/acc": acc(step, steps)}, step=step)
    for i in range(5):
        trackio.log_system({"cpu_percent": 10.0 + i, "memory_gb": 2.5})
    level = trackio.AlertLevel.ERROR if lr >= 0.1 else trackio.AlertLevel.WARN
    trackio.alert(title=f"{name} check", text="loss checked", level=level)
    trackio.finish()
    out["runs"][name] = {
        "config": {"lr": lr, "batch_size": 32, "optimizer": "adam"},
        "steps": steps,
        "metrics": {
            "train/loss": [loss(lr, s) for s in range(steps)],
            "val/acc": [acc(s, steps) for s in range(steps)],
        },
        "system": {"cpu_percent": [10.0 + i for i in range(5)], "memory_gb": [2.5] * 5},
        "alert": {"title": f"{name} check", "level": "error" if lr >= 0.1 else "warn"},
    }
# a run for the delete test to remove
trackio.init(
    project=PROJECT, name="scratch", server_url=URL, auto_log_cpu=False, auto_log_gpu=False
)
trackio.log({"train/loss": 1.0}, step=0)
trackio.finish()
out["scratch"] = "scratch"
print(json.dumps(out))
