package org.sinoterm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the bundled catalog of well-known policies {@code policies.tsv} (format {@code policy/1}): the header,
 * one TAB-separated line per policy, English and Chinese titles that are each other's script, a document type, an
 * issue date, issuers that are keys of {@code agencies.tsv}, and a source for every entry.
 */
class PoliciesDictionaryTest {

  private static final String RESOURCE = "/org/sinoterm/dictionaries/policies.tsv";
  private static final String COLUMNS = "key\ten\ten_variants\tzh\tzh_variants\tdoc_type\tissued\tissuers\tsource";
  private static final Set<String> TYPES = Set.of("PLAN", "ACTION_PLAN", "WORK_PLAN", "NOTICE", "OPINIONS",
      "GUIDELINES", "MEASURES", "PROVISIONS", "REGULATIONS", "LAW", "CATALOG", "LIST", "INTERPRETATION", "DECISION",
      "OUTLINE", "OTHER");
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static List<String> lines;
  private static Set<String> agencyKeys;

  private static List<String> read(String resource) throws IOException {
    try (InputStream in = PoliciesDictionaryTest.class.getResourceAsStream(resource)) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  @BeforeAll
  static void load() throws IOException {
    lines = read(RESOURCE);
    agencyKeys = new HashSet<>();
    List<String> agencies = read("/org/sinoterm/dictionaries/agencies.tsv");
    for (String line : agencies.subList(5, agencies.size())) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        agencyKeys.add(line.split("\t", -1)[0]);
      }
    }
  }

  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(5, lines.size())) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  @Test
  void headerAndColumns() {
    assertEquals("#format\tpolicy/1", lines.get(0));
    assertTrue(lines.get(1).startsWith("#version\t"));
    assertTrue(lines.get(2).startsWith("#source\t") && lines.get(2).length() > 20);
    assertTrue(lines.get(3).startsWith("#license\t"));
    assertEquals(COLUMNS, lines.get(4));
    assertEquals("", lines.get(lines.size() - 1), "the file ends with a line feed");
  }

  @Test
  void everyEntryIsComplete() {
    Set<String> keys = new HashSet<>();
    Map<String, String> titleOwners = new HashMap<>();
    for (String[] f : rows()) {
      String key = f[0];
      assertEquals(9, f.length, key);
      assertTrue(KEY.matcher(key).matches(), key);
      assertTrue(keys.add(key), "key twice: " + key);
      assertTrue(!f[1].isEmpty() && !HAN.matcher(f[1]).find(), key + ": en");
      assertTrue(HAN.matcher(f[3]).find(), key + ": zh");
      for (String variant : f[2].isEmpty() ? new String[0] : f[2].split("\\|")) {
        assertTrue(!variant.isBlank() && !HAN.matcher(variant).find(), key + ": en variant " + variant);
      }
      for (String variant : f[4].isEmpty() ? new String[0] : f[4].split("\\|")) {
        assertTrue(HAN.matcher(variant).find(), key + ": zh variant " + variant);
      }
      assertTrue(TYPES.contains(f[5]), key + ": doc_type " + f[5]);
      assertTrue(DATE.matcher(f[6]).matches(), key + ": issued " + f[6]);
      for (String issuer : f[7].isEmpty() ? new String[0] : f[7].split("\\|")) {
        assertTrue(agencyKeys.contains(issuer), key + ": issuer " + issuer + " is not an agency key");
      }
      assertTrue(f[8].length() >= 20, key + ": source");
      for (String title : List.of(f[1], f[3])) {
        String owner = titleOwners.put(title, key);
        assertTrue(owner == null, title + " belongs to " + owner + " and " + key);
      }
    }
    assertTrue(keys.size() >= 30, "only " + keys.size() + " policies");
  }
}
