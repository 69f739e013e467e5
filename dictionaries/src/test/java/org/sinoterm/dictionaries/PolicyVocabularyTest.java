package org.sinoterm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates the curated policy vocabulary {@code policy-vocabulary.tsv} (hand-edited). */
class PolicyVocabularyTest {

  private static final String RESOURCE = "/org/sinoterm/dictionaries/policy-vocabulary.tsv";

  enum Role { FUNCTION, DOC_TYPE, FIVE_YEAR_PLAN, GENERIC, TERM }

  /** The sources the README documents; every entry names at least one. */
  private static final Set<String> SOURCES = Set.of("english.gov.cn", "merics.org", "npcobserver.com",
      "cset.georgetown.edu", "mofcom.gov.cn", "cc-cedict");

  private record Row(int line, String zh, List<String> en, Role role, List<String> sources) {
  }

  private static Map<String, String> headers;
  private static String columnHeader;
  private static Map<String, Row> rows;

  @BeforeAll
  static void read() {
    headers = new LinkedHashMap<>();
    rows = new LinkedHashMap<>();
    InputStream in = PolicyVocabularyTest.class.getResourceAsStream(RESOURCE);
    assertNotNull(in, RESOURCE + " is not on the classpath");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (columnHeader == null && line.startsWith("#")) {
          int tab = line.indexOf('\t');
          assertTrue(tab > 0, "line " + n + ": header line without a TAB");
          headers.put(line.substring(0, tab), line.substring(tab + 1));
        } else if (columnHeader == null) {
          columnHeader = line;
        } else if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t", -1);
          assertEquals(4, f.length, "line " + n + ": number of fields");
          Role role;
          try {
            role = Role.valueOf(f[2]);
          } catch (IllegalArgumentException e) {
            throw new AssertionError("line " + n + ": unknown role " + f[2], e);
          }
          Row row = new Row(n, f[0], Arrays.asList(f[1].split("\\|", -1)), role,
              Arrays.asList(f[3].split("\\|", -1)));
          Row before = rows.put(row.zh(), row);
          if (before != null) {
            fail("line " + n + ": " + row.zh() + " already on line " + before.line());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void headers() {
    assertEquals(List.of("#format", "#version", "#source", "#license"), new ArrayList<>(headers.keySet()));
    assertEquals("vocabulary/1", headers.get("#format"));
    assertTrue(headers.get("#license").startsWith("CC0-1.0"), headers.get("#license"));
    assertEquals("zh\ten\trole\tsource", columnHeader);
  }

  @Test
  void atLeastFourHundredEntriesInEveryRole() {
    assertTrue(rows.size() >= 400, "entries: " + rows.size());
    Map<Role, Integer> byRole = new EnumMap<>(Role.class);
    rows.values().forEach(row -> byRole.merge(row.role(), 1, Integer::sum));
    for (Role role : Role.values()) {
      assertTrue(byRole.getOrDefault(role, 0) >= 10, role + ": " + byRole);
    }
  }

  @Test
  void entriesAreWellFormed() {
    for (Row row : rows.values()) {
      String where = "line " + row.line() + " (" + row.zh() + ")";
      assertTrue(row.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
          where + ": zh without a Han character");
      assertTrue(row.zh().codePoints().noneMatch(Character::isWhitespace), where + ": whitespace in zh");
      Set<String> folded = new HashSet<>();
      for (String form : row.en()) {
        assertTrue(!form.isBlank() && form.equals(form.strip()), where + ": empty or padded English form");
        assertTrue(form.codePoints().anyMatch(Character::isLetterOrDigit), where + ": form without a letter");
        assertTrue(form.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
            where + ": Han in an English form: " + form);
        assertTrue(folded.add(form.toLowerCase(Locale.ROOT)), where + ": duplicate form " + form);
      }
      assertTrue(!row.sources().isEmpty(), where + ": no source");
      for (String source : row.sources()) {
        assertTrue(SOURCES.contains(source), where + ": undocumented source '" + source + "'");
      }
    }
  }

  @Test
  void fiveYearPlansCoverTheirPeriods() {
    Map<String, Integer> ordinals = new HashMap<>();
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"};
    for (int i = 0; i < numerals.length; i++) {
      ordinals.put(numerals[i] + "五", i + 1);
    }
    for (Map.Entry<String, Integer> plan : ordinals.entrySet()) {
      Row row = rows.get(plan.getKey());
      assertNotNull(row, "no entry for the plan " + plan.getKey());
      assertEquals(Role.FIVE_YEAR_PLAN, row.role(), plan.getKey());
      int n = plan.getValue();
      // From the third plan on, the n-th plan starts in 1956 + 5(n-1); the first two ran 1953-1962.
      int start = n == 1 ? 1953 : n == 2 ? 1958 : 1956 + 5 * (n - 1);
      String period = start + "-" + (start + 4);
      assertTrue(row.en().contains(period), plan.getKey() + " should list " + period + ": " + row.en());
      String ordinal = n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd"
          : n % 10 == 3 ? "rd" : "th");
      assertEquals(ordinal + " Five-Year Plan", row.en().get(0), plan.getKey() + ": first form");
    }
  }

  @Test
  void spotChecks() {
    assertEntry("规划", Role.DOC_TYPE, "plan");
    assertEntry("行动计划", Role.DOC_TYPE, "action plan");
    assertEntry("实施方案", Role.DOC_TYPE, "implementation plan");
    assertEntry("指导意见", Role.DOC_TYPE, "guiding opinions");
    assertEntry("通知", Role.DOC_TYPE, "notice");
    assertEntry("办法", Role.DOC_TYPE, "measures");
    assertEntry("条例", Role.DOC_TYPE, "regulations");
    assertEntry("目录", Role.DOC_TYPE, "catalog");
    assertEntry("纲要", Role.DOC_TYPE, "outline");
    assertEntry("解读", Role.DOC_TYPE, "interpretation");
    assertEntry("产业", Role.GENERIC, "industry");
    assertEntry("高质量发展", Role.GENERIC, "high-quality development");
    assertEntry("推进", Role.GENERIC, "promote");
    assertEntry("加快", Role.GENERIC, "accelerate");
    assertEntry("培育", Role.GENERIC, "foster");
    assertEntry("印发", Role.GENERIC, "issue");
    assertEntry("关于", Role.FUNCTION, "on");
    assertEntry("的", Role.FUNCTION, "of");
    assertEntry("医疗装备", Role.TERM, "medical equipment");
    assertEntry("机器人", Role.TERM, "robotics");
    assertEntry("新能源汽车", Role.TERM, "new energy vehicles");
    assertEntry("交通强国", Role.TERM, "transportation superpower");
    assertEntry("两区", Role.TERM, "Two Zones");
    assertEntry("十四五", Role.FIVE_YEAR_PLAN, "14th Five-Year Plan");
  }

  private static void assertEntry(String zh, Role role, String form) {
    Row row = rows.get(zh);
    assertNotNull(row, "no entry " + zh);
    assertEquals(role, row.role(), "line " + row.line() + ": role of " + zh);
    assertTrue(row.en().contains(form), "line " + row.line() + ": " + zh + " should have '" + form + "': " + row.en());
  }
}
