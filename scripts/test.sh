#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-test-tools.sh
if [ -x scripts/setup-browser-tests.sh ]; then
  ./scripts/setup-browser-tests.sh
fi

# The read-only shared folder (SCORM schemas, the seed page) sits beside the checkout.
if [ -z "${COURSEWARE_SHARED:-}" ] && [ -d ../shared ]; then
  COURSEWARE_SHARED="$(cd ../shared && pwd)"
  export COURSEWARE_SHARED
fi
if [ -z "${COURSEWARE_SCORM_SCHEMAS:-}" ] && [ -n "${COURSEWARE_SHARED:-}" ]; then
  export COURSEWARE_SCORM_SCHEMAS="$COURSEWARE_SHARED/scorm-schemas"
fi

dotnet test Courseware.sln --configuration Release "$@"
