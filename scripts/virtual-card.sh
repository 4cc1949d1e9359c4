#!/usr/bin/env bash
# Starts the project's virtual card behind vpcd when no physical reader is attached.
# Sourced by ./run after pcscd is up. SWS_VPCD_PORT picks the vpcd slot (default 35963,
# the reader "Virtual PCD 00 00").
set -euo pipefail

sws_physical_readers() {
  python - <<'PY'
from smartcard.System import readers
try:
    names = [str(r) for r in readers()]
except Exception:  # no service or no reader: nothing physical to report
    names = []
print("\n".join(n for n in names if not n.startswith("Virtual PCD")))
PY
}

sws_ensure_card_reader() {
  local physical
  physical="$(sws_physical_readers)"
  if [[ -n "$physical" ]]; then
    echo "sws: card reader: $physical" >&2
    return 0
  fi
  local port="${SWS_VPCD_PORT:-35963}"
  if pgrep -f "cardio.virtual .*--port $port" >/dev/null 2>&1; then
    return 0
  fi
  local state_dir
  state_dir="$(python -c 'from station.config import load_settings; print(load_settings().data_dir)')"
  mkdir -p "$state_dir"
  echo "sws: no physical reader; the virtual card answers on vpcd (state: $state_dir/virtual-card.state)" >&2
  setsid python -m cardio.virtual --state "$state_dir/virtual-card.state" --port "$port" \
    >"$state_dir/virtual-card.log" 2>&1 < /dev/null &
  SWS_STARTED_CARD_PID=$!  # ./run stops it after a one-shot command (--screenshots)
}
