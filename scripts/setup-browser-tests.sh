#!/usr/bin/env bash
# Installs what the SCORM browser tests need on a fresh Debian machine: Debian's Chromium (launched by path,
# never downloaded by Playwright) and the npm packages of tests/browser (scorm-again, axe-core).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "setup-browser-tests: installing chromium (apt)"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi
echo "setup-browser-tests: $(chromium --version 2>/dev/null | tail -n 1)"

if ! command -v npm >/dev/null 2>&1; then
  echo "setup-browser-tests: installing nodejs and npm (apt)"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi

# node_modules is reinstalled only when the lock file changed since the last install.
stamp=tests/browser/node_modules/.courseware-installed-lock
if ! cmp -s tests/browser/package-lock.json "$stamp" 2>/dev/null; then
  echo "setup-browser-tests: npm ci in tests/browser"
  (cd tests/browser && npm ci --no-audit --no-fund --ignore-scripts)
  cp tests/browser/package-lock.json "$stamp"
fi
echo "setup-browser-tests: ready"
