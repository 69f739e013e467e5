#!/usr/bin/env bash
# The project's test command (README → Two commands), for a fresh machine with Java 17 and Maven 3.8: installs what
# the tests need beyond Maven — Debian's Chromium and its driver for the report's browser test, and a Chinese font
# for its screenshot — when they are missing (apt-get, as root or through sudo), then runs every module's tests.
# Idempotent: apt is not touched when they are present. Extra arguments go to Maven (e.g. -pl cli -am).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  packages+=(fonts-wqy-zenhei)
fi
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "scripts/test.sh: needs ${packages[*]}; run as root or install sudo" >&2
    exit 1
  fi
  echo "scripts/test.sh: installing ${packages[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

exec mvn -B -ntp verify "$@"
