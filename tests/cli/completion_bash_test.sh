#!/usr/bin/env bash
# Runs `pactgraph completion bash` for real: sources the script, then calls its completion
# function as bash would (COMP_WORDS, COMP_CWORD) and checks COMPREPLY.
#   tests/cli/completion_bash_test.sh BUILD/pactgraph
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
graph=graphs/openai-frontier.toml
PATH="$(dirname "$bin"):$PATH"
# shellcheck disable=SC1090
source <("$bin" completion bash)

failures=0
# expect WORDS... -- WANTED: completes the last word of WORDS and wants WANTED among the replies
# (or, with WANTED "!X", X absent).
expect() {
  local words=() wanted
  while [ "$1" != "--" ]; do words+=("$1"); shift; done
  wanted=$2
  COMP_WORDS=("${words[@]}")
  COMP_CWORD=$(( ${#words[@]} - 1 ))
  COMP_LINE="${words[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _pactgraph pactgraph "${words[-1]}" "${words[-2]:-}"
  local got=" ${COMPREPLY[*]} "
  if [[ $wanted == !* ]]; then
    [[ $got != *" ${wanted#!} "* ]] && return
  else
    [[ $got == *" $wanted "* ]] && return
  fi
  echo "FAIL: ${words[*]} -> [${COMPREPLY[*]}], wanted $wanted" >&2
  failures=$((failures + 1))
}

expect pactgraph ren -- render
expect pactgraph "" -- neighbors
expect pactgraph "" -- '!__complete-ids'
expect pactgraph render --the -- --theme
expect pactgraph render "$graph" --theme "" -- dark
expect pactgraph render -K "" -- neato
expect pactgraph render -T s -- svg
expect pactgraph metrics "$graph" --metrics pa -- pagerank
expect pactgraph neighbors "$graph" op -- openai
expect pactgraph paths "$graph" openai mic -- microsoft
expect pactgraph completion "" -- zsh
expect pactgraph help re -- render

if [ "$failures" -gt 0 ]; then echo "$failures failures" >&2; exit 1; fi
echo "bash completion: all expectations met"
