#!/usr/bin/env bash
# One command: install what is missing, build (benchmarks included, not run), and run the
# whole test suite through CTest. Widget tests use the offscreen platform; anything a test
# needs beyond that is started here on loopback and stopped when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd "${LINTAS_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
