#!/usr/bin/env fish
# Runs `pactgraph completion fish` in fish: loads the script and asks fish what it would
# complete (complete -C), checking that the wanted word is offered, and that an option's
# choices come without file names.
#   tests/cli/completion_fish_test.fish BUILD/pactgraph
set bin $argv[1]
cd (dirname (status filename))/../..
set graph graphs/openai-frontier.toml
set -p PATH (dirname $bin)
$bin completion fish | source

set failures 0
function expect --argument-names line wanted
    set got (complete -C"$line" | string replace -r '\t.*' '')
    if string match -q -- "!*" $wanted
        if contains -- (string sub -s 2 -- $wanted) $got
            echo "FAIL: '$line' offers $wanted" >&2
            set failures (math $failures + 1)
        end
    else if not contains -- $wanted $got
        echo "FAIL: '$line' -> [$got], wanted $wanted" >&2
        set failures (math $failures + 1)
    end
end

expect "pactgraph ren" render
expect "pactgraph render --the" --theme
expect "pactgraph render $graph --theme " dark
expect "pactgraph render $graph --theme " '!README.md'
expect "pactgraph render -K " neato
expect "pactgraph neighbors $graph op" openai
expect "pactgraph render $graph --highlight mic" microsoft
expect "pactgraph completion " zsh
expect "pactgraph help re" render

if test $failures -gt 0
    echo "$failures failures" >&2
    exit 1
end
echo "fish completion: all expectations met"
