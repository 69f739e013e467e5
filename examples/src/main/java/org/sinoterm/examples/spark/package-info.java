/**
 * The Spark job: extracts the entities of a corpus of text files, one extractor per partition, writes them as Parquet
 * and JSON Lines, and aggregates a bilingual glossary of the corpus with Spark.
 */
package org.sinoterm.examples.spark;
