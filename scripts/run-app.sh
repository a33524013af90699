#!/usr/bin/env bash
# One command: install what is missing, build, and start the Lintas desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec "${LINTAS_BUILD_DIR:-build}/app/lintas" "$@"
