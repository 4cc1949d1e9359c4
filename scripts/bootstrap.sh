#!/usr/bin/env bash
# Shared set-up for ./run and ./test: installs what is missing, and nothing twice.
#   Debian packages (only those not installed), the venv in .venv/, the project (editable).
# Sourced, not executed: it exports SWS_ROOT and puts .venv/bin on PATH.
set -euo pipefail
SWS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SWS_ROOT

DEB_PACKAGES=(
  python3 python3-venv python3-dev gcc
  pcscd vsmartcard-vpcd libpcsclite-dev swig pcsc-tools
  postgresql
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0
  libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  fonts-khmeros fonts-noto-core poppler-utils
  libfprint-2-2 gir1.2-fprint-2.0 python3-gi
)

_sws_missing_debs() {
  local p missing=()
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

_sws_apt() {
  local missing
  missing="$(_sws_missing_debs)"
  [[ -z "${missing// /}" ]] && return 0
  echo "sws: installing Debian packages: $missing" >&2
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Runs a set-up step with its chatter in .venv/setup.log; shows the log's tail only on failure.
_sws_quiet() {
  local log="$SWS_ROOT/.venv/setup.log"
  if ! "$@" >>"$log" 2>&1; then
    echo "sws: set-up step failed: $*" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
}

_sws_venv() {
  local venv="$SWS_ROOT/.venv" stamp want
  # A Debian python3 is preferred; any python3 >= 3.11 on PATH works.
  local py="${SWS_PYTHON:-python3}"
  if [[ ! -x "$venv/bin/python" ]]; then
    echo "sws: creating $venv" >&2
    "$py" -m venv "$venv"
    _sws_quiet "$venv/bin/python" -m pip install --upgrade pip setuptools wheel
  fi
  want="$(cat "$SWS_ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  stamp="$venv/.sws-installed"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "sws: installing the project into $venv" >&2
    _sws_quiet "$venv/bin/python" -m pip install -e "$SWS_ROOT[dev,bench]"
    echo "$want" > "$stamp"
  fi
  export PATH="$venv/bin:$PATH"
  export VIRTUAL_ENV="$venv"
}

_sws_apt
_sws_venv
