"""Ingesters: one per upstream spec format, each turning a parsed spec into a BackendModel."""
