"""Built-in Python rules, one module per rule, grouped by family.

Each family module exposes ``RULES``, the list its entry point in pyproject.toml names.
"""
