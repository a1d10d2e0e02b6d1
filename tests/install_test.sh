#!/usr/bin/env bash
# cmake --install puts the binary, the man page and the completion scripts where the system
# looks for them, and the man page reads as one.
#   tests/install_test.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
for f in bin/pactgraph share/man/man1/pactgraph.1 share/bash-completion/completions/pactgraph \
         share/zsh/site-functions/_pactgraph share/fish/vendor_completions.d/pactgraph.fish; do
  [ -s "$prefix/$f" ] || { echo "FAIL: $f not installed" >&2; status=1; }
done
"$prefix/bin/pactgraph" --version >/dev/null || { echo "FAIL: installed binary does not run" >&2; status=1; }
if command -v man >/dev/null; then
  page=$(MANWIDTH=100 man -l "$prefix/share/man/man1/pactgraph.1" 2>&1) || status=1
  for want in "NAME" "pactgraph render" "--theme" "EXIT STATUS"; do
    grep -qF -- "$want" <<<"$page" || { echo "FAIL: man page lacks '$want'" >&2; status=1; }
  done
fi
[ "$status" -eq 0 ] && echo "install layout: ok"
exit "$status"
