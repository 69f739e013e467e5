package org.sinoterm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Sinoterm;

/**
 * Runs the job in {@code local[2]} on a small corpus of our own and checks every output against what the library
 * gives for each file directly; the glossary is recomputed here in plain Java and must match Spark's.
 */
class ExtractCorpusTest {

  private static final Map<String, String> CORPUS = Map.of(
      "export-rules.txt", "The Ministry of Commerce (MOFCOM) announced new export rules on Monday. MIIT and the "
          + "NDRC agreed to help.\n",
      "chips.txt", "MOFCOM (Ministry of Commerce) met MIIT officials in Hefei to discuss chips.\n",
      "notices/joint-notice.md", "# Joint notice\n\nThe Ministry of Commerce (商务部) and 科技部办公厅 signed the joint "
          + "notice.\n",
      "notices/通知.txt", "工业和信息化部、商务部联合发布通知，国家发展改革委参与。\n",
      "empty.txt", "",
      "not-text.csv", "MIIT,NDRC,MOFCOM\n");

  private static SparkSession spark;
  @TempDir
  static Path dir;
  private static Path input;
  private static Path output;
  private static ExtractCorpus.Summary summary;

  @BeforeAll
  static void runTheJob() throws IOException {
    input = dir.resolve("corpus");
    for (Map.Entry<String, String> file : CORPUS.entrySet()) {
      Path path = input.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("ExtractCorpusTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    output = dir.resolve("out");
    summary = ExtractCorpus.run(spark, new ExtractCorpus.Job(input.toString(), output.toString(), 2,
        EnumSet.allOf(EntityType.class), false));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The documents the job must read: the .txt and .md files, in subdirectories too. */
  private static Map<String, String> documents() {
    Map<String, String> documents = new TreeMap<>(CORPUS);
    documents.keySet().removeIf(name -> !(name.endsWith(".txt") || name.endsWith(".md")));
    return documents;
  }

  private static String nameOf(String source) {
    String prefix = input.toUri().toString();
    int at = source.indexOf("/corpus/");
    assertTrue(at >= 0 && prefix.endsWith("/corpus/") || prefix.endsWith("/corpus"), source);
    return java.net.URLDecoder.decode(source.substring(at + "/corpus/".length()), StandardCharsets.UTF_8);
  }

  @Test
  void oneExtractorPerPartitionNotPerDocument() {
    assertEquals(4, summary.documents()); // Spark's whole-text reader gives no row for the empty file
    assertEquals(2, summary.extractorsBuilt());
    long chars = documents().values().stream().mapToLong(String::length).sum();
    assertEquals(chars, summary.chars());
  }

  @Test
  void theEntitiesInParquetAndJsonLinesAreTheLibrarysForEachFile() {
    Set<String> expected = new HashSet<>();
    int links = 0;
    for (Map.Entry<String, String> document : documents().entrySet()) {
      Extraction extraction = Sinoterm.extractor().extract(document.getValue());
      int id = 1;
      for (Entity e : extraction.entities()) {
        expected.add(String.join("|", document.getKey(), "e" + id++, e.type().name(), e.lang(),
            String.valueOf(e.start()), String.valueOf(e.end()), e.text(), String.valueOf(e.confidence())));
      }
      links += extraction.links().size();
    }
    assertTrue(expected.size() > 10, "the corpus should give entities: " + expected);
    assertEquals(expected.size(), summary.entities());
    assertEquals(links, summary.links());

    for (String format : List.of("parquet", "json")) {
      String path = output.resolve(format.equals("parquet") ? "entities" : "entities-jsonl").toString();
      List<Row> rows = spark.read().format(format).load(path).collectAsList();
      Set<String> actual = new HashSet<>();
      for (Row row : rows) {
        String source = nameOf(row.getAs("source"));
        String text = row.getAs("text");
        int start = ((Number) row.getAs("start")).intValue();
        int end = ((Number) row.getAs("end")).intValue();
        assertEquals(documents().get(source).substring(start, end), text, format + ": " + row);
        actual.add(String.join("|", source, row.getAs("id"), row.getAs("type"), row.getAs("lang"),
            String.valueOf(start), String.valueOf(end), text, String.valueOf((double) row.getAs("confidence"))));
      }
      assertEquals(expected, actual, format);
    }
  }

  @Test
  void normalizedValuesAreQueryableByField() {
    List<Row> rows = spark.read().parquet(output.resolve("entities").toString())
        .filter("text = '科技部办公厅'")
        .selectExpr("normalized['key']", "normalized['en']", "normalized['office.zh']", "normalized['count']")
        .collectAsList();
    assertEquals(1, rows.size());
    assertEquals("MOST", rows.get(0).getString(0));
    assertEquals("Ministry of Science and Technology", rows.get(0).getString(1));
    assertEquals("办公厅", rows.get(0).getString(2));
    assertEquals(null, rows.get(0).get(3));
  }

  @Test
  void theGlossaryIsTheCorpusCountOfPairsAndBilingualEntities() throws IOException {
    // recomputed here from the library, without Spark: relation|type|term|counterpart|key -> [occurrences, docs]
    Map<String, long[]> expected = new HashMap<>();
    Map<String, Set<String>> documentsOf = new HashMap<>();
    for (Map.Entry<String, String> document : documents().entrySet()) {
      Extraction extraction = Sinoterm.extractor().extract(document.getValue());
      List<String> keys = new ArrayList<>();
      for (Link link : extraction.links()) {
        if (link.type() == LinkType.TRANSLATION || link.type() == LinkType.ABBREVIATION) {
          keys.add(String.join("|", link.type().name(), link.from().type().name(), link.from().text(),
              link.to().text(), "null"));
        }
      }
      for (Entity entity : extraction.entities()) {
        Map<String, String> fields = NormalizedFields.of(entity.normalized()); // any type with both names
        if (fields.get("en") != null && fields.get("zh") != null) {
          keys.add(String.join("|", "BILINGUAL", entity.type().name(), fields.get("en"), fields.get("zh"),
              String.valueOf(fields.get("key"))));
        }
      }
      for (String key : keys) {
        expected.computeIfAbsent(key, k -> new long[2])[0]++;
        documentsOf.computeIfAbsent(key, k -> new HashSet<>()).add(document.getKey());
      }
    }
    documentsOf.forEach((key, docs) -> expected.get(key)[1] = docs.size());

    Map<String, long[]> actual = new HashMap<>();
    List<Row> rows = spark.read().parquet(output.resolve("glossary").toString()).collectAsList();
    for (Row row : rows) {
      String key = String.join("|", row.getString(0), row.getString(1), row.getString(2), row.getString(3),
          String.valueOf(row.getString(4)));
      actual.put(key, new long[] {row.getLong(5), row.getLong(6)});
    }
    assertEquals(describe(expected), describe(actual));
    assertEquals(rows.size(), summary.glossaryRows());

    // a few facts of this corpus, so that an empty glossary on both sides cannot pass
    assertEquals("[2, 2]", describe(actual).get("ABBREVIATION|AGENCY|MOFCOM|Ministry of Commerce|null"));
    assertEquals("[1, 1]", describe(actual).get("TRANSLATION|AGENCY|Ministry of Commerce|商务部|null"));
    assertEquals("[7, 4]", describe(actual).get("BILINGUAL|AGENCY|Ministry of Commerce|商务部|MOFCOM"));

    // the JSON Lines copy is one file, most frequent first
    List<Path> parts;
    try (Stream<Path> files = Files.list(output.resolve("glossary-jsonl"))) {
      parts = files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
    }
    assertEquals(1, parts.size());
    List<String> lines = Files.readAllLines(parts.get(0), StandardCharsets.UTF_8);
    assertEquals(rows.size(), lines.size());
    assertTrue(lines.get(0).startsWith("{\"relation\":\"BILINGUAL\",\"type\":\"AGENCY\",\"term\":\"Ministry of Commerce\""),
        lines.get(0));
  }

  private static Map<String, String> describe(Map<String, long[]> counts) {
    Map<String, String> out = new TreeMap<>();
    counts.forEach((key, value) -> out.put(key, "[" + value[0] + ", " + value[1] + "]"));
    return out;
  }

  @Test
  void anExistingOutputIsNotOverwrittenUnlessAsked() {
    ExtractCorpus.Job again = new ExtractCorpus.Job(input.toString(), output.toString(), 0,
        EnumSet.of(EntityType.AGENCY), false);
    assertThrows(Exception.class, () -> ExtractCorpus.run(spark, again));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      in                                  | INPUT_DIR and OUTPUT_DIR are required
      --partitions 0 in out               | --partitions must be positive: 0
      --partitions many in out            | --partitions: not a number: many
      --types PLANET in out               | --types: unknown entity type 'PLANET'
      --verbose in out                    | unknown option --verbose
      in out extra                        | too many arguments: extra
      --types                             | --types needs a value
      """)
  void badArgumentsAreNamed(String args, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExtractCorpus.parse(args.split(" ")));
    assertEquals(message, e.getMessage());
  }

  @Test
  void argumentsParse() {
    ExtractCorpus.Job job = ExtractCorpus.parse("--overwrite --types agency --partitions 8 in out".split(" "));
    assertEquals(new ExtractCorpus.Job("in", "out", 8, EnumSet.of(EntityType.AGENCY), true), job);
  }
}
