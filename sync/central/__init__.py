"""The central registry: verifies and stores packets once, deduplicates nationally, reports.

``python -m sync.central serve --db URL --port N`` (or ``sws central serve``) runs it;
the OpenAPI document is at ``/openapi.json``.
"""
