#!/usr/bin/env bash
# scripts/build-progress turns ninja's per-file lines into a line per tenth of the build and
# lets warnings and errors through.
set -uo pipefail
cd "$(dirname "$0")/../.."
input=$(for i in $(seq 1 20); do echo "[$i/20] Building CXX object src/f$i.cpp.o"; done
        echo "src/x.cpp:3:1: warning: unused variable")
got=$(printf '%s\n' "$input" | scripts/build-progress setup)
want="setup: building: 10% (2/20)
setup: building: 20% (4/20)
setup: building: 30% (6/20)
setup: building: 40% (8/20)
setup: building: 50% (10/20)
setup: building: 60% (12/20)
setup: building: 70% (14/20)
setup: building: 80% (16/20)
setup: building: 90% (18/20)
setup: building: 100% (20/20)
src/x.cpp:3:1: warning: unused variable"
if [ "$got" != "$want" ]; then
  echo "FAIL: got:"; echo "$got"; exit 1
fi
# An up-to-date build ("ninja: no work to do.") says so rather than nothing.
got=$(echo "ninja: no work to do." | scripts/build-progress setup)
[ "$got" = "ninja: no work to do." ] || { echo "FAIL: $got"; exit 1; }
echo "build-progress: ok"
