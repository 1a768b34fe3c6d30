"""Emitters: everything written under generated/ from the intermediate model."""
