# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: clearml 2.34 from 21 pinned files under clearml/schema (combined sha256 98bf78124837).
"""ClearML typed client: `rpc.ClearMLClient` and `models`."""
