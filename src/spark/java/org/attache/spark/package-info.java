/**
 * The pipeline on Apache Spark ({@code mvn -Pspark package}, {@code spark-submit target/attache-spark.jar}):
 * the corpus listed through Hadoop's file system API, the site templates learned as a first distributed
 * stage, each task running the pipeline's own per-document processor over one share into a shard folder,
 * and the driver merging the shards with the project's own merge. Ranked with cli: it runs the pipeline.
 * Imports {@code model}, {@code ingest}, {@code nlp}, {@code pipeline} and {@code report}; may import any
 * package of the product but {@code cli}, and none imports it.
 */
package org.attache.spark;
