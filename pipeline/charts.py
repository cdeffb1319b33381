"""One figure style for the report's charts: matplotlib's object API on the Agg canvas (no
display, no global pyplot state), saved as PNG bytes."""
from __future__ import annotations

import io


def figure(width: float, height: float):
    from matplotlib.figure import Figure   # Agg canvas by default; no pyplot, no display
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
