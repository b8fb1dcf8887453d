"""PyMuPDF, imported without its optional layout analyser.

PyMuPDF 2 installs ``pymupdf_layout`` and ``pymupdf4llm`` beside itself and
imports both with the package: the first builds ONNX sessions of a page-layout
model (about 2 s and a hundred MB on first import), the second its Markdown
helpers. yuanzhi uses neither (it lays pages out itself, ``layout/``).
Importing PyMuPDF through ``load()`` skips them; code that wants them can still
import them explicitly afterwards.
"""

from __future__ import annotations

import sys
from types import ModuleType

_OPTIONAL = ("pymupdf.layout", "pymupdf4llm")


def load() -> ModuleType:
    """The ``pymupdf`` module (imported on first call, optional add-ons left out)."""
    loaded = sys.modules.get("pymupdf")
    if loaded is not None:
        return loaded
    blocked = [name for name in _OPTIONAL if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # its import fails quietly inside pymupdf
    try:
        import pymupdf
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return pymupdf
