package org.sinoterm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the bundled dictionary of units, currencies and classifiers {@code units.tsv} (format {@code unit/1}):
 * four header lines, the column header, then one TAB-separated line per written form, with {@code #} comments.
 */
class UnitsDictionaryTest {

  private static final String RESOURCE = "/org/sinoterm/dictionaries/units.tsv";
  private static final String COLUMNS = "surface\tunit\tkind\tposition\tsource";
  private static final Set<String> KINDS = Set.of("currency", "ratio", "energy", "power", "mass", "length", "area",
      "volume", "count");
  private static final Set<String> POSITIONS = Set.of("prefix", "suffix", "prefix|suffix");
  private static final Set<String> SOURCES = Set.of("ISO4217", "SI", "GB3100", "XDHYCD");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private record Row(int line, String[] f) {
    String surface() { return f[0]; }
    String unit() { return f[1]; }
    String kind() { return f[2]; }
    String position() { return f[3]; }
    String source() { return f[4]; }
  }

  private static List<String> lines;
  private static final List<Row> ROWS = new ArrayList<>();

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = UnitsDictionaryTest.class.getResourceAsStream(RESOURCE)) {
      assertTrue(in != null, RESOURCE + " is missing");
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 5; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        ROWS.add(new Row(i + 1, line.split("\t", -1)));
      }
    }
  }

  @Test
  void headersNameFormatVersionSourceAndLicense() {
    assertEquals("#format\tunit/1", lines.get(0));
    assertTrue(lines.get(1).startsWith("#version\t"));
    assertTrue(lines.get(2).startsWith("#source\t"));
    for (String key : SOURCES) {
      assertTrue(lines.get(2).contains(key + ":"), "the #source header explains " + key);
    }
    assertTrue(lines.get(3).startsWith("#license\t"));
    assertEquals(COLUMNS, lines.get(4));
  }

  @Test
  void everyRowIsWellFormedAndCitesItsSource() {
    assertTrue(ROWS.size() > 100, "expected the full list, found " + ROWS.size());
    for (Row row : ROWS) {
      String where = RESOURCE + ":" + row.line() + ": ";
      assertEquals(5, row.f().length, where + "five fields");
      for (String field : row.f()) {
        assertEquals(field.strip(), field, where + "no padding");
        assertTrue(!field.isEmpty(), where + "no empty field");
      }
      assertTrue(KINDS.contains(row.kind()), where + "kind " + row.kind());
      assertTrue(POSITIONS.contains(row.position()), where + "position " + row.position());
      assertTrue(SOURCES.contains(row.source()), where + "source " + row.source());
      assertTrue(row.unit().chars().noneMatch(Character::isWhitespace), where + "unit without spaces");
      if (row.kind().equals("currency")) {
        assertTrue(CURRENCY_CODE.matcher(row.unit()).matches(), where + "an ISO 4217 code: " + row.unit());
        assertEquals("ISO4217", row.source(), where);
      }
      if (row.kind().equals("count")) {
        assertEquals(row.surface(), row.unit(), where + "a classifier is its own unit");
        assertEquals("suffix", row.position(), where);
      }
    }
  }

  @Test
  void noSurfaceIsListedTwice() {
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : ROWS) {
      Integer earlier = seen.put(row.surface(), row.line());
      if (earlier != null) {
        fail(RESOURCE + ":" + row.line() + ": " + row.surface() + " is already on line " + earlier);
      }
    }
  }

  @Test
  void theFormsOfTheBriefsAreListed() {
    Map<String, String> units = new HashMap<>();
    ROWS.forEach(row -> units.put(row.surface(), row.unit()));
    assertEquals("CNY", units.get("元"));
    assertEquals("CNY", units.get("RMB"));
    assertEquals("USD", units.get("US$"));
    assertEquals("EUR", units.get("€"));
    assertEquals("percent", units.get("%"));
    assertEquals("GWh", units.get("GWh"));
    assertEquals("kWh", units.get("千瓦时"));
    assertEquals("kW", units.get("千瓦"));
    assertEquals("家", units.get("家"));
  }
}
