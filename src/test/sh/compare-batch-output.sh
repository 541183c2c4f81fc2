#!/usr/bin/env bash
# Byte-for-byte comparison of assess-batch output between two builds (issue 17: every speed lever must leave every
# answer identical). Usage, from the project directory:
#   src/test/sh/compare-batch-output.sh OLD_DIR NEW_DIR INPUT.ndjson
# OLD_DIR and NEW_DIR each hold a writguard.jar with its lib/ beside it (copy target/writguard.jar and target/lib
# of the commit before the change, and of the change). INPUT is any NDJSON of cases, e.g. the fixture mix (the
# "case" of every fixture under src/test/resources/fixtures, one per line; bench writes the same mix) or
# `bin/writguard generate holds --count 100000 --out holds.ndjson`. Runs each build with --threads 1 and with the
# default threads, full reports and the lean record; exits 1 on any difference. On a shared machine, set
# WRITGUARD_LOCK to the lock file every build and benchmark takes, and each run takes it too.
set -euo pipefail
old="$1"; new="$2"; input="$3"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
lock="${WRITGUARD_LOCK:-$tmp/lock}"
status=0
for output in report findings; do
  for threads in 1 0; do
    t=(); [ "$threads" = 0 ] || t=(--threads "$threads")
    for side in old new; do
      dir=$old; [ "$side" = new ] && dir=$new
      flock "$lock" java -Xmx512m -Dwritguard.home="$home" -jar "$dir/writguard.jar" assess-batch "$input" \
        "$tmp/$side.ndjson" --no-progress --output "$output" "${t[@]}" 2>"$tmp/$side.err" || true
    done
    if cmp -s "$tmp/old.ndjson" "$tmp/new.ndjson"; then
      echo "--output $output, threads ${threads/0/default}: identical ($(wc -c <"$tmp/new.ndjson") bytes; $(head -1 "$tmp/new.err"))"
    else
      echo "--output $output, threads ${threads/0/default}: DIFFERENT"; cmp "$tmp/old.ndjson" "$tmp/new.ndjson" || true; status=1
    fi
  done
done
exit $status
