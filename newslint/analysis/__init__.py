"""Analyses computed once per document and shared by every rule."""
