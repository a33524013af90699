#!/usr/bin/env bash
# Runs clang-format (check only) and clang-tidy over the project's own sources.
# Usage: scripts/lint.sh [build-dir]   (the build dir must have compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
files=$(git ls-files 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'server/*.cpp' 'server/*.h')
status=0
echo "== clang-format"
if ! clang-format --dry-run --Werror $files; then status=1; fi
echo "== clang-tidy"
if [ -f "$build/compile_commands.json" ]; then
  cpp=$(echo "$files" | grep '\.cpp$' || true)
  if ! clang-tidy -p "$build" --quiet $cpp 2>/dev/null | grep -E 'warning:|error:' ; then :; else status=1; fi
else
  echo "no $build/compile_commands.json; configure first" >&2
  status=1
fi
exit $status
