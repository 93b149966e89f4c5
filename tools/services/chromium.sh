#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser suites (apps/admin
# *.browser.test.ts drive it with playwright-core), and print the line
# `CHROMIUM_PATH=/usr/bin/chromium`.
#
#   tools/services/chromium.sh     install when missing (idempotent), then check it runs
#
# Environment:
#   CHROMIUM_PATH   a Chromium to use instead of /usr/bin/chromium (must exist)
#
# Chromium is a program, not a server: nothing is started or left running.
# Progress goes to stderr; stdout carries only the CHROMIUM_PATH line.
set -euo pipefail

BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { echo "chromium.sh: $*" >&2; }
die() {
  say "ERROR: $*"
  exit 1
}

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "Chromium is not installed and neither root nor sudo is available to install it (apt-get install chromium)."
  fi
}

install_chromium() {
  [[ -z "${CHROMIUM_PATH:-}" ]] || die "CHROMIUM_PATH=$CHROMIUM_PATH does not exist."
  command -v apt-get >/dev/null || die "Chromium is not installed and apt-get is unavailable. Install Chromium and set CHROMIUM_PATH."
  say "Chromium not found at $BIN; installing Debian's chromium package."
  as_root apt-get update >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation >&2
}

[[ -x "$BIN" ]] || install_chromium
[[ -x "$BIN" ]] || die "Chromium is still missing at $BIN after installing the package."
version="$("$BIN" --headless --no-sandbox --disable-gpu --version 2>/dev/null)" || die "$BIN is installed but does not run (try: $BIN --headless --no-sandbox --version)."
say "Using $version at $BIN."
echo "CHROMIUM_PATH=$BIN"
