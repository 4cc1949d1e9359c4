"""``python -m sync.central serve|stats ...``: the central registry without the station."""

from sync.central.cli import main

raise SystemExit(main())
