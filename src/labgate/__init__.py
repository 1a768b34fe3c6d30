"""labgate: one MCP server for MLflow, ClearML, Qarnot and Slurm."""

__version__ = "0.1.0"
