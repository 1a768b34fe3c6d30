"""What a tool answered, as a client's model reads it: the first text block, parsed as JSON.

labgate sends no `structuredContent` (no tool declares an output schema), so this is the one place
tests read an answer from, whether they hold a fastmcp CallToolResult or a raw JSON-RPC result.
"""

from __future__ import annotations

import json
from typing import Any


def answer(result: Any) -> Any:
    if isinstance(result, dict):
        return json.loads(result["content"][0]["text"])
    return json.loads(result.content[0].text)
