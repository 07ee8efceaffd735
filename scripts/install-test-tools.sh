#!/usr/bin/env bash
# Installs the Debian tools the tests read outputs with (fonts for PDF, poppler and qpdf for PDF checks, pandoc for Word read-back,
# xmllint for schemas, unzip to test zips). Idempotent: only missing packages are installed.
set -euo pipefail

packages=(fonts-dejavu-core fonts-noto-core poppler-utils qpdf libxml2-utils pandoc unzip)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-tools: missing ${missing[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
  echo "install-test-tools: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
