package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.PolicyRef;
import org.sinoterm.Sinoterm;

/**
 * The gold table {@code chinese-titles.tsv}: real Chinese policy titles with their expected parse. Each title is
 * extracted standing on its own line, as in a list of documents, and must come out as one POLICY_TITLE covering
 * the whole line, with every field of the table.
 */
class ChineseTitleGoldTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.POLICY_TITLE).build();

  /** One row of the table; {@code -} in a column reads as null (or an empty issuer list). */
  record Gold(int line, String title, List<String> issuers, Integer issuerCount, String wrapperType, String docType,
      String core, String period, Integer fyp, String draftLabel) {

    @Override
    public String toString() {
      return line + ": " + title;
    }
  }

  static List<Gold> table() {
    List<Gold> rows = new ArrayList<>();
    try (InputStream in = ChineseTitleGoldTest.class.getResourceAsStream("chinese-titles.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(9, f.length, "chinese-titles.tsv:" + number + " needs 9 columns");
        rows.add(new Gold(number, f[0], f[1].equals("-") ? List.of() : Arrays.asList(f[1].split(" ")),
            integer(f[2]), nullable(f[3]), f[4], f[5], nullable(f[6]), integer(f[7]), nullable(f[8])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String nullable(String field) {
    return field.equals("-") ? null : field;
  }

  private static Integer integer(String field) {
    return field.equals("-") ? null : Integer.valueOf(field);
  }

  static Stream<Gold> rows() {
    return table().stream();
  }

  @Test
  void theTableHasAtLeastEightyDistinctTitles() {
    List<Gold> table = table();
    assertTrue(table.size() >= 80, "only " + table.size() + " titles");
    assertEquals(table.size(), table.stream().map(Gold::title).distinct().count(), "a title is listed twice");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void parses(Gold gold) {
    String text = "- " + gold.title() + "\n";
    List<Entity> titles = EXTRACTOR.extract(text).entities(EntityType.POLICY_TITLE);
    assertEquals(List.of(gold.title()), titles.stream().map(Entity::text).toList());
    PolicyRef ref = titles.get(0).normalized(PolicyRef.class);
    assertEquals(expected(gold), actual(ref));
  }

  private static String expected(Gold gold) {
    return String.join(" | ", "issuers=" + gold.issuers(), "issuerCount=" + gold.issuerCount(),
        "wrapperType=" + gold.wrapperType(), "docType=" + gold.docType(), "core=" + gold.core(),
        "period=" + gold.period(), "fyp=" + gold.fyp(), "draftLabel=" + gold.draftLabel());
  }

  private static String actual(PolicyRef ref) {
    return String.join(" | ", "issuers=" + ref.issuers(), "issuerCount=" + ref.issuerCount(),
        "wrapperType=" + ref.wrapperType(), "docType=" + ref.docType(), "core=" + ref.core(),
        "period=" + ref.period(), "fyp=" + ref.fyp(), "draftLabel=" + ref.draftLabel());
  }
}
