"""Route modules, one per kind of page; each page has a JSON twin under /api."""
