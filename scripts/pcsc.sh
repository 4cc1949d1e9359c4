#!/usr/bin/env bash
# Starts pcscd when no PC/SC service answers. Sourced by ./run and ./test.
set -euo pipefail

sws_pcscd_running() {
  [[ -S /run/pcscd/pcscd.comm ]] && pgrep -x pcscd >/dev/null 2>&1
}

sws_start_pcscd() {
  if sws_pcscd_running; then
    return 0
  fi
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  mkdir -p "$SWS_ROOT/.sws-run"
  echo "sws: starting pcscd" >&2
  # --foreground keeps it attached to nothing but its own log; setsid detaches it from our shell.
  $sudo setsid pcscd --foreground >"$SWS_ROOT/.sws-run/pcscd.log" 2>&1 < /dev/null &
  local i
  for i in $(seq 1 50); do
    [[ -S /run/pcscd/pcscd.comm ]] && return 0
    sleep 0.1
  done
  echo "sws: pcscd did not start; see .sws-run/pcscd.log" >&2
  return 1
}
