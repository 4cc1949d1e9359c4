"""Offline-first delivery of station records to the central registry. No Qt, no station.

- :mod:`sync.outbox`: the outbox table and ``enqueue`` (written in the record's transaction).
- :mod:`sync.packets`, :mod:`sync.envelope`, :mod:`sync.batch`: packet bodies with stable ids,
  templates encrypted to the centre, Ed25519 signatures per packet or per batch manifest.
- :mod:`sync.uploader`, :mod:`sync.worker`: batches, backoff with jitter, resume, status and
  revocation pulls; :mod:`sync.client`: the HTTP client and ``register_station``.
- :mod:`sync.central`: the central registry service (FastAPI), national 1:N dedup, reports.
"""
