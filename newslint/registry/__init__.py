"""The name registry: who is who, with every accepted spelling, role and party.

``load_registry`` reads the shipped registry and a newsroom's own files (later
files extend or override earlier entries by id) through a compiled cache.
"""

from __future__ import annotations

from newslint.registry.compiled import Registry
from newslint.registry.loader import load_registry
from newslint.registry.model import Entity, Membership, Organisation, Party, Person, Role
from newslint.registry.schema import Problem, RegistryError

__all__ = [
    "Entity",
    "Membership",
    "Organisation",
    "Party",
    "Person",
    "Problem",
    "Registry",
    "RegistryError",
    "Role",
    "load_registry",
]
