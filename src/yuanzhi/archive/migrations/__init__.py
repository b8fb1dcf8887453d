"""Alembic migrations of the archive schema (both backends); see schema.py."""
