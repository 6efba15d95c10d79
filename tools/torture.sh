#!/usr/bin/env bash
# Reliability suite: replays each attack of issue 21 against ./attache run and checks that every input
# ends in documents.csv or errors.csv, that exit codes are the documented ones, that no stack trace
# reaches the terminal, and that a run with ATTACHE_HEAP=256m ends within --doc-timeout plus a minute.
#   tools/torture.sh [WORK_DIR]        (default: a fresh temporary folder; needs bash, coreutils, python3)
# ATTACHE=/path/to/attache picks another launcher; DOC_TIMEOUT (default 120) the per-document budget.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
attache="${ATTACHE:-$here/attache}"
work="${1:-$(mktemp -d)}"
timeout="${DOC_TIMEOUT:-120}"
mkdir -p "$work"
failures=0
say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }

# every file (or link) under CORPUS has a row in OUT's documents.csv or errors.csv, itself or a parent folder
accounted() {
  python3 - "$1" "$2" <<'PY'
import csv, os, sys
corpus, out = sys.argv[1], sys.argv[2]
ids = set()
for name in ("documents.csv", "errors.csv"):
    path = os.path.join(out, name)
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8-sig") as f:
            ids.update(row["document"] for row in csv.DictReader(f))
missing = []
for root, dirs, files in os.walk(corpus):
    for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
        rel = os.path.relpath(os.path.join(root, name), corpus).replace(os.sep, "/")
        parts = rel.split("/")
        folders = {"/".join(parts[:i]) + "/" for i in range(1, len(parts))}
        followed = any(i.startswith(rel + "/") for i in ids)  # a linked folder that was read
        if rel not in ids and rel + "/" not in ids and not folders & ids and not followed:
            missing.append(rel)
print(len(missing), " ".join(missing[:5]))
PY
}

# run NAME EXPECTED_EXIT CORPUS [OPTIONS...]: one run, timed, checked
run() {
  local name="$1" expected="$2" corpus="$3"; shift 3
  local out="$work/out-$name" start end code
  rm -rf "$out"
  start=$(date +%s)
  ATTACHE_HEAP="${ATTACHE_HEAP:-256m}" "$attache" run "$corpus" --out "$out" --quiet --doc-timeout "$timeout" "$@" \
    >"$work/$name.stdout" 2>"$work/$name.stderr"
  code=$?
  end=$(date +%s)
  local missing
  missing="$(accounted "$corpus" "$out")"
  say "$name: exit $code in $((end - start)) s; unaccounted: $missing; errors.csv rows: $(($(wc -l <"$out/errors.csv" 2>/dev/null || echo 1) - 1))"
  [[ "$code" == "$expected" ]] || fail "$name exited $code, expected $expected ($(head -c 300 "$work/$name.stderr"))"
  [[ "${missing%% *}" == "0" ]] || fail "$name left inputs unaccounted: $missing"
  if grep -qE '^\s+at |Exception in thread' "$work/$name.stderr"; then fail "$name printed a stack trace"; fi
  if (( end - start > timeout + 60 )); then fail "$name took $((end - start)) s, over --doc-timeout + 60 s"; fi
}

say "attacks in $work (launcher $attache, ATTACHE_HEAP=${ATTACHE_HEAP:-256m}, --doc-timeout $timeout)"

# 1. the bar: a 19 MB one-line file, 40k words of alternating quote marks, and ordinary documents
bar="$work/bar"; rm -rf "$bar"; mkdir -p "$bar"
yes 'The alliance ministers said in Brussels that "support will continue" for as long as it takes.' \
  | tr '\n' ' ' | head -c 19000000 >"$bar/one-line.txt"
words=(alliance defence minister summit treaty security cyber forces deterrence support)
for i in $(seq 0 39999); do printf '"%s" ' "${words[i % 10]}"; done >"$bar/alternating-quotes.txt"
cp "$here"/corpus/*.md "$here"/corpus/*.txt "$here"/corpus/*.html "$bar"/ 2>/dev/null
run bar 0 "$bar"

# 2. names that collide: a file "a" beside a folder "a.txt/"
names="$work/names"; rm -rf "$names"; mkdir -p "$names/a.txt"
printf 'Allies met in Brussels on Monday to agree on air defence.\n' >"$names/a"
printf 'Ministers met in Madrid on Tuesday to agree on new plans.\n' >"$names/a.txt/b.txt"
run collisions 0 "$names"

# 3. symbolic links leaving the corpus: skipped with a reason (and read with --follow-links)
links="$work/links"; rm -rf "$links" "$work/outside"; mkdir -p "$links" "$work/outside"
printf 'SECRET: not part of the corpus.\n' >"$work/outside/secret.txt"
printf 'Allies met in Brussels on Monday to agree on air defence.\n' >"$links/own.txt"
ln -s "$work/outside/secret.txt" "$links/secret.txt"
ln -s "$work/outside" "$links/outside"
run links-out 0 "$links"
grep -q '^secret.txt,skipped: symbolic link' "$work/out-links-out/errors.csv" || fail "links-out: secret.txt was not skipped"
run links-followed 0 "$links" --follow-links
grep -q '^secret.txt,' "$work/out-links-followed/documents.csv" || fail "links-followed: secret.txt was not read"

# 4. random binary content under document names
binary="$work/binary"; rm -rf "$binary"; mkdir -p "$binary"
for ext in txt html md; do head -c 1000000 /dev/urandom >"$binary/noise.$ext"; done
printf 'Allies met in Brussels on Monday to agree on air defence.\n' >"$binary/own.txt"
run binary 0 "$binary"

# 5. files renamed while the corpus is read: 1,000 files, 2,000 renames
renames="$work/renames"; rm -rf "$renames"; mkdir -p "$renames"
for i in $(seq 1 1000); do printf 'Document %d: allies met in Brussels to agree on air defence.\n' "$i" >"$renames/doc-$i.txt"; done
python3 - "$renames" "$work/out-renames" <<'PY' &
import os, random, sys, time
corpus, out = sys.argv[1], sys.argv[2]
deadline = time.time() + 60
while not os.path.exists(os.path.join(out, "run.json")) and time.time() < deadline:
    time.sleep(0.01)  # start renaming when the run starts scanning
random.seed(21)
for n in range(2000):
    names = os.listdir(corpus)
    old = random.choice(names)
    os.rename(os.path.join(corpus, old), os.path.join(corpus, "r%d-%s" % (n, old.split("-", 1)[-1])))
    if n % 50 == 0:
        time.sleep(0.005)
PY
renamer=$!
run renames 0 "$renames"
wait "$renamer"
say "renames: after the renamer ended: unaccounted $(accounted "$renames" "$work/out-renames")"

if (( failures > 0 )); then say "$failures check(s) failed"; exit 1; fi
say "all attacks passed"
