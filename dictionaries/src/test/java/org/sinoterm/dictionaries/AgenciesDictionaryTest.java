package org.sinoterm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the bundled dictionary of Chinese government bodies {@code agencies.tsv} (format {@code agency/1}):
 * four {@code #key<TAB>value} header lines, the column header, then one TAB-separated line per body, with
 * {@code #} comment lines allowed between them.
 */
class AgenciesDictionaryTest {

  private static final String RESOURCE = "/org/sinoterm/dictionaries/agencies.tsv";
  private static final List<String> HEADER_KEYS = List.of("#format", "#version", "#source", "#license");
  private static final String COLUMN_HEADER =
      "key\tacronyms\ten\ten_variants\tzh\tzh_short\tlevel\tparent\tstatus\tsuccessor\tsource";
  private static final int FIELDS = 11;
  private static final Set<String> LEVELS = Set.of(
      "PARTY_CENTRAL", "LEGISLATURE", "POLITICAL_CONSULTATIVE", "STATE_COUNCIL", "CONSTITUENT_DEPARTMENT",
      "SPECIAL_ORGANIZATION", "DIRECTLY_AFFILIATED", "ADMINISTRATIVE_OFFICE", "PUBLIC_INSTITUTION",
      "NATIONAL_BUREAU", "JUDICIAL", "SUPERVISORY", "MILITARY", "MASS_ORGANIZATION");
  private static final Set<String> STATUSES = Set.of("active", "former");
  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z]*[A-Z]");
  private static final Pattern URL = Pattern.compile("https?://[^\\s|]+");
  private static final String PRC_SUFFIX = "of the People's Republic of China";
  /** English words too generic to be listed as a name of one body. */
  private static final Set<String> GENERIC_ENGLISH = Set.of(
      "customs", "the ministry", "ministry", "the commission", "commission", "the bureau", "bureau",
      "the administration", "administration", "the state council", "the office", "office", "the central bank",
      "central bank", "the regulator", "regulator", "the court", "the party");

  /** One data line: its 1-based line number, its fields and whether the line above it is a comment. */
  private record Row(int line, String[] f, boolean commentAbove) {
    String key() { return field(0); }
    List<String> acronyms() { return list(1); }
    String en() { return field(2); }
    List<String> enVariants() { return list(3); }
    String zh() { return field(4); }
    List<String> zhShort() { return list(5); }
    String level() { return field(6); }
    String parent() { return field(7); }
    String status() { return field(8); }
    String successor() { return field(9); }
    List<String> sources() { return list(10); }
    boolean active() { return "active".equals(status()); }

    /** A missing field reads as empty; elevenFieldsPerLine reports the line itself. */
    String field(int i) { return i < f.length ? f[i] : ""; }

    /** A {@code |}-separated field; an empty field is an empty list (empty elements are kept for checking). */
    List<String> list(int i) {
      String v = field(i);
      return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|", -1));
    }

    /** Every Chinese surface of the entry: zh, then the zh_short names. */
    List<String> chineseSurfaces() {
      List<String> all = new ArrayList<>();
      all.add(zh());
      all.addAll(zhShort());
      return all;
    }

    /** Every English surface of the entry: en, then the variants. */
    List<String> englishSurfaces() {
      List<String> all = new ArrayList<>();
      all.add(en());
      all.addAll(enVariants());
      return all;
    }
  }

  private static String text;
  private static List<String> lines;
  private static List<Row> rows;
  private static Map<String, Row> byKey;

  @BeforeAll
  static void read() {
    byte[] bytes;
    try (InputStream in = AgenciesDictionaryTest.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not on the classpath");
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      fail(RESOURCE + " is not valid UTF-8: " + e);
    }
    lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // the LF that ends the last line
    }
    rows = new ArrayList<>();
    byKey = new HashMap<>();
    for (int i = HEADER_KEYS.size() + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isEmpty()) {
        continue; // comment (or a blank line, reported by utf8LfNoBlankLines)
      }
      boolean commentAbove = lines.get(i - 1).startsWith("#");
      Row row = new Row(i + 1, line.split("\t", -1), commentAbove);
      rows.add(row);
      byKey.putIfAbsent(row.key(), row);
    }
  }

  @Test
  void utf8LfNoBlankLines() {
    assertFalse(text.startsWith("\uFEFF"), "line 1: the file starts with a byte order mark");
    assertTrue(text.endsWith("\n"), "the last line does not end with LF");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertFalse(line.indexOf('\r') >= 0, "line " + (i + 1) + ": CR character (line endings must be LF)");
      assertFalse(line.isBlank(), "line " + (i + 1) + ": blank line");
    }
  }

  @Test
  void fourHeaderLines() {
    assertTrue(lines.size() > HEADER_KEYS.size(), "file shorter than its header");
    for (int i = 0; i < HEADER_KEYS.size(); i++) {
      String line = lines.get(i);
      String where = "line " + (i + 1) + ": ";
      int tab = line.indexOf('\t');
      assertTrue(tab > 0, where + "header line without a TAB: " + line);
      assertEquals(HEADER_KEYS.get(i), line.substring(0, tab), where + "header key");
      String value = line.substring(tab + 1);
      assertFalse(value.isBlank(), where + HEADER_KEYS.get(i) + " has no value");
      assertEquals(value.strip(), value, where + HEADER_KEYS.get(i) + " value is padded");
      assertFalse(value.contains("\t"), where + HEADER_KEYS.get(i) + " value contains a TAB");
    }
    assertEquals("#format\tagency/1", lines.get(0), "line 1: format");
    assertTrue(lines.get(1).matches("#version\t[0-9]{4}\\.[0-9]{2}"), "line 2: #version should be YYYY.MM: " + lines.get(1));
    assertTrue(lines.get(3).contains("CC0-1.0"), "line 4: #license should name CC0-1.0");
  }

  @Test
  void exactColumnHeader() {
    assertEquals(COLUMN_HEADER, lines.get(HEADER_KEYS.size()), "line " + (HEADER_KEYS.size() + 1) + ": column header");
  }

  @Test
  void elevenFieldsPerLine() {
    assertFalse(rows.isEmpty(), "no data lines");
    for (Row row : rows) {
      assertEquals(FIELDS, row.f().length, "line " + row.line() + ": number of TAB-separated fields");
    }
  }

  @Test
  void fieldsNotPadded() {
    for (Row row : rows) {
      for (int i = 0; i < row.f().length; i++) {
        String v = row.f()[i];
        assertEquals(v.strip(), v, "line " + row.line() + ": field " + (i + 1) + " has leading or trailing space: '" + v + "'");
        assertFalse(v.contains("  "), "line " + row.line() + ": field " + (i + 1) + " has a double space: '" + v + "'");
        if (v.isEmpty()) {
          continue;
        }
        for (String element : v.split("\\|", -1)) {
          assertFalse(element.isBlank(), "line " + row.line() + ": field " + (i + 1) + " has an empty list element: '" + v + "'");
          assertEquals(element.strip(), element, "line " + row.line() + ": field " + (i + 1) + " element is padded: '" + element + "'");
        }
      }
    }
  }

  @Test
  void keysWellFormedAndUnique() {
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      assertTrue(KEY.matcher(row.key()).matches(), "line " + row.line() + ": bad key '" + row.key() + "'");
      Integer first = seen.putIfAbsent(row.key(), row.line());
      if (first != null) {
        fail("line " + row.line() + ": key " + row.key() + " already on line " + first);
      }
    }
  }

  @Test
  void levelsValid() {
    for (Row row : rows) {
      assertTrue(LEVELS.contains(row.level()), "line " + row.line() + ": unknown level '" + row.level() + "'");
    }
  }

  @Test
  void statusValid() {
    for (Row row : rows) {
      assertTrue(STATUSES.contains(row.status()), "line " + row.line() + ": status must be active or former: '" + row.status() + "'");
    }
  }

  @Test
  void successorOnlyForFormerBodiesAndReferencesAKey() {
    for (Row row : rows) {
      String where = "line " + row.line() + " (" + row.key() + "): ";
      if (row.active()) {
        assertEquals("", row.successor(), where + "active body with a successor");
      } else if (row.successor().isEmpty()) {
        assertTrue(row.commentAbove(), where + "former body without successor needs a # comment line just above it saying why");
      } else {
        assertTrue(byKey.containsKey(row.successor()), where + "successor " + row.successor() + " is not a key in the file");
        assertFalse(row.successor().equals(row.key()), where + "is its own successor");
      }
    }
  }

  @Test
  void successorChainsEndAtAnActiveBody() {
    for (Row row : rows) {
      if (row.active() || row.successor().isEmpty()) {
        continue;
      }
      Set<String> visited = new LinkedHashSet<>();
      Row current = row;
      while (!current.active()) {
        if (!visited.add(current.key())) {
          fail("line " + row.line() + " (" + row.key() + "): successor cycle " + visited);
        }
        if (current.successor().isEmpty()) {
          fail("line " + row.line() + " (" + row.key() + "): successor chain " + visited
              + " stops at former body " + current.key() + " (line " + current.line() + ")");
        }
        current = byKey.get(current.successor());
        if (current == null) {
          fail("line " + row.line() + " (" + row.key() + "): successor chain " + visited + " reaches an unknown key");
        }
      }
    }
  }

  @Test
  void parentsReferenceKeysWithoutCycles() {
    for (Row row : rows) {
      if (row.parent().isEmpty()) {
        continue;
      }
      String where = "line " + row.line() + " (" + row.key() + "): ";
      assertTrue(byKey.containsKey(row.parent()), where + "parent " + row.parent() + " is not a key in the file");
      Set<String> visited = new LinkedHashSet<>();
      Row current = row;
      while (current != null && !current.parent().isEmpty()) {
        if (!visited.add(current.key())) {
          fail(where + "parent cycle " + visited);
        }
        current = byKey.get(current.parent());
      }
    }
  }

  @Test
  void activeBodiesHaveActiveParents() {
    for (Row row : rows) {
      Row parent = byKey.get(row.parent());
      if (row.active() && parent != null) {
        assertTrue(parent.active(), "line " + row.line() + " (" + row.key() + "): active body under former parent " + parent.key());
      }
    }
  }

  @Test
  void chineseNamesAreHanWithoutSpaces() {
    for (Row row : rows) {
      assertFalse(row.zh().isEmpty(), "line " + row.line() + " (" + row.key() + "): empty zh");
      for (String surface : row.chineseSurfaces()) {
        String where = "line " + row.line() + " (" + row.key() + "): '" + surface + "' ";
        assertTrue(surface.codePoints().anyMatch(AgenciesDictionaryTest::isHan), where + "has no Han characters");
        assertTrue(surface.codePoints().noneMatch(Character::isWhitespace), where + "contains a space");
        assertTrue(surface.codePoints().noneMatch(cp -> cp < 0x80), where + "contains ASCII characters");
        assertFalse(surface.startsWith("中华人民共和国"), where + "should not start with 中华人民共和国 (code adds it)");
      }
    }
  }

  @Test
  void noChineseSurfaceSharedByTwoEntries() {
    Map<String, String> owner = new HashMap<>();
    for (Row row : rows) {
      for (String surface : row.chineseSurfaces()) {
        String here = row.key() + " (line " + row.line() + ")";
        String first = owner.putIfAbsent(surface, here);
        if (first != null) {
          fail("line " + row.line() + ": Chinese name " + surface + " of " + here + " is already used by " + first);
        }
      }
    }
  }

  @Test
  void acronymsWellFormed() {
    for (Row row : rows) {
      Set<String> own = new HashSet<>();
      for (String acronym : row.acronyms()) {
        String where = "line " + row.line() + " (" + row.key() + "): acronym '" + acronym + "' ";
        assertTrue(ACRONYM.matcher(acronym).matches(), where + "must be letters only, starting and ending with a capital");
        assertTrue(acronym.chars().filter(Character::isUpperCase).count() >= 2, where + "needs at least two capitals");
        assertTrue(own.add(acronym), where + "listed twice");
      }
    }
  }

  @Test
  void noAcronymOnTwoActiveEntries() {
    Map<String, Row> owner = new HashMap<>();
    for (Row row : rows) {
      if (!row.active()) {
        continue;
      }
      for (String acronym : row.acronyms()) {
        Row first = owner.putIfAbsent(acronym, row);
        if (first != null) {
          fail("line " + row.line() + ": acronym " + acronym + " of " + row.key() + " is already used by active "
              + first.key() + " (line " + first.line() + ")");
        }
      }
    }
  }

  @Test
  void formerAcronymsNotUsedByActiveBodies() {
    Map<String, Row> active = new HashMap<>();
    for (Row row : rows) {
      if (row.active()) {
        row.acronyms().forEach(a -> active.putIfAbsent(a, row));
      }
    }
    for (Row row : rows) {
      if (row.active()) {
        continue;
      }
      for (String acronym : row.acronyms()) {
        Row other = active.get(acronym);
        if (other != null) {
          fail("line " + row.line() + ": acronym " + acronym + " of former " + row.key() + " is also used by active "
              + other.key() + " (line " + other.line() + ")");
        }
      }
    }
  }

  @Test
  void englishNamesWellFormed() {
    for (Row row : rows) {
      assertFalse(row.en().isEmpty(), "line " + row.line() + " (" + row.key() + "): empty en");
      Set<String> own = new HashSet<>();
      for (String name : row.englishSurfaces()) {
        String where = "line " + row.line() + " (" + row.key() + "): English name '" + name + "' ";
        assertFalse(name.toLowerCase(Locale.ROOT).startsWith("the "), where + "starts with 'the' (code adds it)");
        assertFalse(name.endsWith(PRC_SUFFIX), where + "ends with '" + PRC_SUFFIX + "' (code adds it)");
        assertFalse(GENERIC_ENGLISH.contains(name.toLowerCase(Locale.ROOT)), where + "is a generic word");
        assertTrue(Character.isUpperCase(name.codePointAt(0)), where + "does not start with a capital");
        assertTrue(name.codePoints().allMatch(cp -> cp < 0x80), where + "has non-ASCII characters");
        assertTrue(own.add(name.toLowerCase(Locale.ROOT)), where + "is listed twice");
      }
    }
  }

  @Test
  void noEnglishNameSharedByTwoEntries() {
    Map<String, String> owner = new HashMap<>();
    for (Row row : rows) {
      for (String name : row.englishSurfaces()) {
        String here = row.key() + " (line " + row.line() + ")";
        String first = owner.putIfAbsent(name.toLowerCase(Locale.ROOT), here);
        if (first != null) {
          fail("line " + row.line() + ": English name '" + name + "' of " + here + " is already used by " + first);
        }
      }
    }
  }

  @Test
  void everyEntryHasUrlSources() {
    for (Row row : rows) {
      assertFalse(row.sources().isEmpty(), "line " + row.line() + " (" + row.key() + "): no source");
      for (String source : row.sources()) {
        assertTrue(source.startsWith("https://") || source.startsWith("http://"),
            "line " + row.line() + " (" + row.key() + "): source is not an http(s) URL: " + source);
        assertTrue(URL.matcher(source).matches(), "line " + row.line() + " (" + row.key() + "): malformed URL: " + source);
      }
    }
  }

  @Test
  void atLeast120Entries() {
    assertTrue(rows.size() >= 120, "only " + rows.size() + " entries");
  }

  /** The State Council as set up by the 2023 reform (国务院关于机构设置的通知, 2023). */
  @Test
  void stateCouncilStructureAsOf2023() {
    Map<String, Integer> active = new HashMap<>();
    for (Row row : rows) {
      if (row.active()) {
        active.merge(row.level(), 1, Integer::sum);
      }
    }
    assertEquals(26, active.getOrDefault("CONSTITUENT_DEPARTMENT", 0), "active constituent departments " + active);
    assertEquals(1, active.getOrDefault("SPECIAL_ORGANIZATION", 0), "active special organizations (SASAC) " + active);
    assertEquals(14, active.getOrDefault("DIRECTLY_AFFILIATED", 0), "active directly affiliated organizations " + active);
  }

  @Test
  void spotChecks() {
    assertEntry("MIIT", "工业和信息化部", "CONSTITUENT_DEPARTMENT", "", "active", "");
    assertEntry("NDRC", "国家发展和改革委员会", "CONSTITUENT_DEPARTMENT", "", "active", "");
    assertEntry("SASAC", "国务院国有资产监督管理委员会", "SPECIAL_ORGANIZATION", "", "active", "");
    assertEntry("CCP_CENTRAL_COMMITTEE", "中国共产党中央委员会", "PARTY_CENTRAL", "", "active", "");
    assertEntry("NEA", "国家能源局", "NATIONAL_BUREAU", "NDRC", "active", "");
    assertEntry("NMPA", "国家药品监督管理局", "NATIONAL_BUREAU", "SAMR", "active", "");
    assertEntry("SAFE", "国家外汇管理局", "NATIONAL_BUREAU", "PBOC", "active", "");
    assertEntry("NATCM", "国家中医药管理局", "NATIONAL_BUREAU", "NHC", "active", "");
    assertEntry("CNIPA", "国家知识产权局", "DIRECTLY_AFFILIATED", "", "active", "");
    assertEntry("CSRC", "中国证券监督管理委员会", "DIRECTLY_AFFILIATED", "", "active", "");
    assertEntry("NFRA", "国家金融监督管理总局", "DIRECTLY_AFFILIATED", "", "active", "");
    assertEntry("CFDA", "国家食品药品监督管理总局", "DIRECTLY_AFFILIATED", "", "former", "NMPA");
    assertEntry("CBIRC", "中国银行保险监督管理委员会", "PUBLIC_INSTITUTION", "", "former", "NFRA");
    assertEntry("SAIC", "国家工商行政管理总局", "DIRECTLY_AFFILIATED", "", "former", "SAMR");
    assertEntry("MOH", "卫生部", "CONSTITUENT_DEPARTMENT", "", "former", "NHFPC");
    assertEntry("SOA", "国家海洋局", "NATIONAL_BUREAU", "MLR", "former", "MNR");
    assertEntry("NRRA", "国家乡村振兴局", "NATIONAL_BUREAU", "MARA", "former", "MARA");
    assertEntry("MINISTRY_OF_SUPERVISION", "监察部", "CONSTITUENT_DEPARTMENT", "", "former", "NATIONAL_SUPERVISORY_COMMISSION");
    assertTrue(byKey.get("PBOC").acronyms().containsAll(List.of("PBOC", "PBC")), "PBOC acronyms");
    assertTrue(byKey.get("PBOC").zhShort().containsAll(List.of("央行", "人民银行")), "PBOC zh_short");
    assertTrue(byKey.get("CNIPA").acronyms().contains("SIPO"), "SIPO is the pre-2018 acronym of CNIPA");
    assertTrue(byKey.get("NATCM").enVariants().contains("State Administration of Traditional Chinese Medicine"), "NATCM variant");
    assertTrue(byKey.get("CCP_CENTRAL_COMMITTEE").zhShort().contains("中共中央"), "中共中央");
    assertTrue(byKey.get("NDRC").zhShort().containsAll(List.of("发改委", "国家发展改革委")), "NDRC zh_short");
  }

  private static void assertEntry(String key, String zh, String level, String parent, String status, String successor) {
    Row row = byKey.get(key);
    assertNotNull(row, "no entry with key " + key);
    String where = "line " + row.line() + " (" + key + "): ";
    assertEquals(zh, row.zh(), where + "zh");
    assertEquals(level, row.level(), where + "level");
    assertEquals(parent, row.parent(), where + "parent");
    assertEquals(status, row.status(), where + "status");
    assertEquals(successor, row.successor(), where + "successor");
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
