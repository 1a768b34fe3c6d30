"""Composite tools across backends: each module holds one tool with its logic; the backends'
adapters declare the providers they bring to it."""

MODULES = ("compare_tasks", "where_to_submit", "tracking", "links", "lab_overview")
