"""PNG line charts of metric curves, returned as MCP image content (matplotlib, imported lazily)."""

from __future__ import annotations

import base64
import io

from mcp.types import ImageContent

from labgate.errors import LabgateError


def line_chart(title: str, curves: dict[str, dict[str, list[list[float]]]]) -> ImageContent:
    """curves: {metric: {label: [[step, value], ...]}} → one subplot per metric."""
    try:
        import matplotlib
    except ImportError:
        raise LabgateError("chart=true needs matplotlib on the labgate server") from None

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = sorted(curves)
    fig, axes = plt.subplots(
        len(metrics) or 1, 1, figsize=(7, 2.6 * max(1, len(metrics))), squeeze=False
    )
    for ax, metric in zip(axes[:, 0], metrics, strict=False):
        for label, pts in sorted(curves[metric].items()):
            if pts:
                ax.plot([p[0] for p in pts], [p[1] for p in pts], label=label, linewidth=1.4)
        ax.set_title(metric, fontsize=10)
        ax.set_xlabel("step", fontsize=8)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, loc="best")
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    return ImageContent(
        type="image", data=base64.b64encode(buf.getvalue()).decode(), mimeType="image/png"
    )
