#!/bin/sh
# Runs the Spark job (org.sinoterm.examples.spark.ExtractCorpus) in local mode without a Spark installation: Spark's
# own SparkSubmit, from the Spark jars Maven resolved for this module, submits target/sinoterm-spark.jar exactly as
# spark-submit would. Build first (from the repository root): mvn -B -q package -DskipTests
#
#   examples/spark-local.sh [--partitions N] [--types AGENCY,...] [--overwrite] INPUT_DIR OUTPUT_DIR
#
# SPARK_MASTER (default local[2]) and SPARK_DRIVER_MEMORY (default 2g) change the master and the driver's heap.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for file in sinoterm-spark.jar spark-classpath.txt spark-jvm-options.txt; do
  if [ ! -f "$here/target/$file" ]; then
    echo "spark-local.sh: $here/target/$file is missing; build first: mvn -B -q package -DskipTests" >&2
    exit 1
  fi
done
exec java "@$here/target/spark-jvm-options.txt" -Xmx"${SPARK_DRIVER_MEMORY:-2g}" \
  -cp "$(cat "$here/target/spark-classpath.txt")" \
  org.apache.spark.deploy.SparkSubmit --master "${SPARK_MASTER:-local[2]}" \
  --conf spark.ui.enabled=false \
  --class org.sinoterm.examples.spark.ExtractCorpus "$here/target/sinoterm-spark.jar" "$@"
