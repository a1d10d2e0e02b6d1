#!/usr/bin/env zsh
# Runs `pactgraph completion zsh` in zsh: the script uses bashcompinit, so this calls the
# completion function as bashcompinit's wrapper does (sh emulation, COMP_WORDS) and checks that
# COMPREPLY holds the wanted word. (zsh's compgen emulation does not filter by the typed prefix;
# zsh's completion system does that afterwards, so only membership is checked.)
#   tests/cli/completion_zsh_test.zsh BUILD/pactgraph
bin=$1
cd "${0:A:h}/../.."
graph=graphs/openai-frontier.toml
path=("${bin:A:h}" $path)
autoload -U compinit && compinit -u 2>/dev/null
source <("$bin" completion zsh)

failures=0
expect() {  # expect WORDS... -- WANTED
  emulate -L sh
  setopt kshglob noshglob braceexpand
  local words wanted
  words=()
  while [ "$1" != "--" ]; do words+=("$1"); shift; done
  wanted=$2
  COMP_WORDS=("${words[@]}")
  COMP_CWORD=$(( ${#words[@]} - 1 ))
  COMPREPLY=()
  _pactgraph
  case " ${COMPREPLY[*]} " in
    *" $wanted "*) ;;
    *) echo "FAIL: ${words[*]} -> [${COMPREPLY[*]}], wanted $wanted" >&2; failures=$((failures + 1)) ;;
  esac
}

expect pactgraph ren -- render
expect pactgraph render --the -- --theme
expect pactgraph render "$graph" --theme "" -- dark
expect pactgraph render -K "" -- neato
expect pactgraph metrics "$graph" --metrics pagerank,b -- pagerank,betweenness
expect pactgraph neighbors "$graph" op -- openai
expect pactgraph completion "" -- fish

if [ "$failures" -gt 0 ]; then echo "$failures failures" >&2; exit 1; fi
echo "zsh completion: all expectations met"
