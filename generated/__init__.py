# Generated; do not edit. Regenerate with `make regen`.
"""Generated clients, tools and manifests, one package per backend."""
