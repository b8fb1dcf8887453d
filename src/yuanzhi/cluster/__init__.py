"""Distributed ingest on a Dask cluster (``yuanzhi ingest --workers N`` / ``--cluster ADDRESS``).

``jobs`` is what a worker does with one issue (pure pipeline functions);
``engine`` sends the jobs and writes each result in one transaction;
``local`` starts a local cluster or connects to a running scheduler.
Dask distributed was chosen over Ray by measurement (docs/scaling.md).
"""
