package org.sinoterm.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.sinoterm.EntityType;

/**
 * A Spark job: extracts the entities of every {@code .txt} and {@code .md} file under a directory (one file is one
 * document), writes them as Parquet and JSON Lines, and aggregates the corpus's bilingual glossary with Spark.
 *
 * <pre>
 * spark-submit --class org.sinoterm.examples.spark.ExtractCorpus examples/target/sinoterm-spark.jar \
 *     [--partitions N] [--types AGENCY,...] [--overwrite] INPUT_DIR OUTPUT_DIR
 * </pre>
 *
 * <p>OUTPUT_DIR gets {@code entities/} (Parquet: source, id, type, lang, start, end, text, normalized as a string map,
 * confidence), {@code entities-jsonl/} (the same rows as JSON Lines), {@code links/} (Parquet), {@code glossary/}
 * (Parquet) and {@code glossary-jsonl/} (one JSON Lines file); see {@link CorpusGlossary} for the glossary's rows.
 * Each partition builds one extractor and streams its documents through it; {@code --partitions} spreads the files
 * over that many partitions first (many small files otherwise make many small partitions). The master comes from
 * spark-submit (or {@code -Dspark.master=local[2]} in a plain JVM).
 */
public final class ExtractCorpus {

  /**
   * What to run.
   *
   * @param input the directory of text files (any Hadoop path: a local directory, hdfs://, s3a://)
   * @param output the directory to write; must not exist unless {@code overwrite}
   * @param partitions the number of partitions to extract in, or 0 to keep the input's partitioning
   * @param types the entity types to extract
   * @param overwrite whether to replace an existing output
   */
  record Job(String input, String output, int partitions, EnumSet<EntityType> types, boolean overwrite) {
    Job {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      types = EnumSet.copyOf(types);
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be positive: " + partitions);
      }
    }
  }

  /** What a run did. */
  record Summary(long documents, long chars, long entities, long links, long glossaryRows, long extractorsBuilt) {
  }

  private ExtractCorpus() {
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Job job;
    try {
      job = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ExtractCorpus [--partitions N] [--types AGENCY,...] [--overwrite] INPUT_DIR "
          + "OUTPUT_DIR");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("sinoterm-extract-corpus").getOrCreate();
    try {
      Summary summary = run(spark, job);
      out.printf(Locale.ROOT, "%d documents, %d chars, %d entities, %d links, %d glossary rows; %d extractors built%n",
          summary.documents(), summary.chars(), summary.entities(), summary.links(), summary.glossaryRows(),
          summary.extractorsBuilt());
    } finally {
      spark.stop();
    }
  }

  static Job parse(String[] args) {
    int partitions = 0;
    EnumSet<EntityType> types = EnumSet.allOf(EntityType.class);
    boolean overwrite = false;
    String input = null;
    String output = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--partitions" -> {
          String value = value(args, ++i, arg);
          try {
            partitions = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions: not a number: " + value, e);
          }
          if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be positive: " + partitions);
          }
        }
        case "--types" -> {
          types = EnumSet.noneOf(EntityType.class);
          for (String name : value(args, ++i, arg).split(",")) {
            try {
              types.add(EntityType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("--types: unknown entity type '" + name.strip() + "'", e);
            }
          }
        }
        case "--overwrite" -> overwrite = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          } else if (input == null) {
            input = arg;
          } else if (output == null) {
            output = arg;
          } else {
            throw new IllegalArgumentException("too many arguments: " + arg);
          }
        }
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("INPUT_DIR and OUTPUT_DIR are required");
    }
    return new Job(input, output, partitions, types, overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** Runs the job on an existing session; the caller stops the session. */
  static Summary run(SparkSession spark, Job job) {
    LongAccumulator extractorsBuilt = spark.sparkContext().longAccumulator("sinoterm extractors built");
    Dataset<Row> files = spark.read()
        .option("wholetext", "true")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.{txt,md}")
        .text(job.input())
        .select(input_file_name().as("source"), col("value").as("text"));
    if (job.partitions() > 0) {
      files = files.repartition(job.partitions());
    }
    Dataset<Row> documents = files
        .mapPartitions(new PartitionExtraction(job.types(), extractorsBuilt), Encoders.row(PartitionExtraction.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> entities = documents.select(col("source"), explode(col("entities")).as("e"))
          .select(col("source"), col("e.*"));
      Dataset<Row> links = documents.select(col("source"), explode(col("links")).as("l"))
          .select(col("source"), col("l.*"));
      SaveMode mode = job.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      String output = job.output().endsWith("/") ? job.output() : job.output() + "/";
      entities.write().mode(mode).parquet(output + "entities");
      entities.write().mode(mode).json(output + "entities-jsonl");
      links.write().mode(mode).parquet(output + "links");
      Dataset<Row> glossary = CorpusGlossary.of(entities, links).persist(StorageLevel.MEMORY_AND_DISK());
      glossary.write().mode(mode).parquet(output + "glossary");
      glossary.coalesce(1).write().mode(mode).json(output + "glossary-jsonl");
      Row totals = documents.selectExpr("count(*)", "coalesce(sum(chars), 0)", "coalesce(sum(size(entities)), 0)",
          "coalesce(sum(size(links)), 0)").first();
      Summary summary = new Summary(totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3),
          glossary.count(), extractorsBuilt.value());
      glossary.unpersist();
      return summary;
    } finally {
      documents.unpersist();
    }
  }
}
