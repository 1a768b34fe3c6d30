"""labgate: one MCP server for a research lab's experiment trackers and compute."""

__version__ = "0.1.0"
