"""Alembic revisions: append new ones, never edit old ones."""
