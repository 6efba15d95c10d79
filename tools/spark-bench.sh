#!/usr/bin/env bash
# The Spark job against ./attache run on K copies of the sample corpus (default 20), back to back on this
# machine: Spark in local[2] (SPARK_MASTER to change), started through spark-submit's own entry point
# (org.apache.spark.deploy.SparkSubmit) on the class path of a Spark distribution (spark-core and its
# dependencies as Maven resolves them for Spark alone, not for Attaché), with target/attache-spark.jar as
# `mvn -Pspark package` builds it. The Spark rate leaves out the context's start-up (the job prints it);
# the local rate is the wall time of ./attache run, start-up included. Outputs are compared too.
# The Spark JVM gets the launcher's JIT and collector choice (C1 only, serial GC: README, Performance) unless
# SPARK_JAVA_OPTS says otherwise; on a cluster, long-lived executors are better served by the JVM's defaults.
# Usage: tools/spark-bench.sh [COPIES]   (env: PARTITIONS, default 4; WORK, default /tmp/attache-spark-bench)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-20}"
partitions="${PARTITIONS:-4}"
master="${SPARK_MASTER:-local[2]}"
work="${WORK:-/tmp/attache-spark-bench}"
cd "$here"
jar="$here/target/attache-spark.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml src/main src/spark models -newer "$jar" -print -quit)" ]]; then
  echo "spark-bench: building $jar..." >&2
  mvn -q -B -Pspark -DskipTests package >&2
fi
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml | head -1)"
mkdir -p "$work/spark-dist"
cat > "$work/spark-dist/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId>
    <version>$spark_version</version></dependency></dependencies></project>
POM
(cd "$work/spark-dist" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=classpath.txt >&2)

rm -rf "$work/corpus" "$work/local" "$work/spark"
for k in $(seq -f %03g 1 "$copies"); do
  mkdir -p "$work/corpus/copy-$k" && cp -R corpus/. "$work/corpus/copy-$k/"
done
words() { sed -n 's/.*"words": *\([0-9]*\).*/\1/p' "$1/run.json" | head -1; }

./attache --version >/dev/null # the launcher builds its jar and class-data archive now, not in the timed run
t0=$(date +%s.%N)
./attache run "$work/corpus" --out "$work/local" --quiet --keep-duplicates
t1=$(date +%s.%N)
local_words=$(words "$work/local")
local_s=$(awk "BEGIN { print $t1 - $t0 }")
local_rate=$(awk "BEGIN { print $local_words / $local_s }")
printf 'local run:  %d words in %.1f s: %.0f words/s (./attache run, 2 threads, start-up included)\n' \
  "$local_words" "$local_s" "$local_rate"

opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
# shellcheck disable=SC2206 # the options are words
java_opts=(${SPARK_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC})
java -Xmx2g "${java_opts[@]}" "${opens[@]}" -cp "$(cat "$work/spark-dist/classpath.txt")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --conf spark.ui.enabled=false --class org.attache.spark.SparkRun "$jar" \
  "$work/corpus" --out "$work/spark" --partitions "$partitions" --keep-duplicates 2> "$work/spark.log" \
  || { tail -40 "$work/spark.log" >&2; exit 1; }
line="$(grep 'attache on Spark' "$work/spark.log")"
echo "spark job:  ${line#*attache on Spark: } ($master, $partitions partitions)"
spark_rate=$(echo "$line" | sed -n 's/.*: \([0-9]*\) words\/s.*/\1/p')
printf 'spark/local throughput: %.2f\n' "$(awk "BEGIN { print $spark_rate / $local_rate }")"
if diff -rq -x index -x run.json -x '.*' "$work/local" "$work/spark" >/dev/null; then
  echo "outputs: identical (CSV files, report.html, clean texts)"
else
  echo "outputs: DIFFER: diff -r -x index -x run.json -x '.*' $work/local $work/spark" >&2
  exit 1
fi
