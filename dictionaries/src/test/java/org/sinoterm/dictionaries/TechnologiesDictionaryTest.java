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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the bundled technology dictionary {@code technologies.tsv} (format {@code technology/1}): its headers,
 * its columns, unique keys and surfaces, sectors, and a checkable source for every entry — an English Wikipedia
 * article and at least one of the Chinese catalogues or plans named by code in the {@code #source} header.
 */
class TechnologiesDictionaryTest {

  private static final String RESOURCE = "/org/sinoterm/dictionaries/technologies.tsv";
  private static final String AGENCIES = "/org/sinoterm/dictionaries/agencies.tsv";
  private static final String COLUMN_HEADER = "key\ten\ten_variants\tacronyms\tzh\tzh_variants\tsector\tsource";
  private static final int FIELDS = 8;
  private static final Set<String> SECTORS = Set.of("MEDICAL", "BIOTECH", "ICT", "ENERGY", "VEHICLES", "TRANSPORT",
      "AEROSPACE", "MARINE", "MANUFACTURING", "MATERIALS", "ENVIRONMENT", "AGRICULTURE");
  private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_]*");
  private static final Pattern ACRONYM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/+-]*");
  private static final Pattern WIKIPEDIA = Pattern.compile("https://en\\.wikipedia\\.org/wiki/[^\\s|]+");
  private static final Pattern CODE = Pattern.compile("([A-Z0-9]+-[A-Z0-9]+-[0-9]{4})(:[0-9]{2})?");
  private static final Pattern CODE_IN_HEADER = Pattern.compile("([A-Z0-9]+-[A-Z0-9]+-[0-9]{4})(\\[:NN])? ");
  /** English words that are too generic to be a technology's name on their own. */
  private static final Set<String> GENERIC = Set.of("technology", "technologies", "equipment", "device", "devices",
      "system", "systems", "products", "product", "materials", "material", "machine", "industry", "platform");

  private record Row(int line, String[] f) {
    String key() { return f[0]; }
    String en() { return f[1]; }
    List<String> enVariants() { return list(2); }
    List<String> acronyms() { return list(3); }
    String zh() { return f[4]; }
    List<String> zhVariants() { return list(5); }
    String sector() { return f[6]; }
    List<String> sources() { return list(7); }

    List<String> list(int i) {
      return f[i].isEmpty() ? List.of() : Arrays.asList(f[i].split("\\|", -1));
    }

    List<String> english() {
      List<String> all = new ArrayList<>();
      all.add(en());
      all.addAll(enVariants());
      return all;
    }

    List<String> chinese() {
      List<String> all = new ArrayList<>();
      if (!zh().isEmpty()) {
        all.add(zh());
      }
      all.addAll(zhVariants());
      return all;
    }

    String where() {
      return "line " + line + " (" + key() + "): ";
    }
  }

  private static List<String> lines;
  private static List<Row> rows;
  private static Set<String> codes;

  private static String read(String resource) {
    try (InputStream in = TechnologiesDictionaryTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the classpath");
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(resource + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void load() {
    String text = read(RESOURCE);
    assertFalse(text.startsWith("\uFEFF"), "byte order mark");
    assertTrue(text.endsWith("\n"), "the last line does not end with LF");
    assertFalse(text.contains("\r"), "CR in the file; line ends must be LF");
    lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    lines.remove(lines.size() - 1);
    rows = new ArrayList<>();
    for (int i = 5; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("#")) {
        rows.add(new Row(i + 1, lines.get(i).split("\t", -1)));
      }
    }
    codes = new HashSet<>();
    Matcher m = CODE_IN_HEADER.matcher(lines.get(2));
    while (m.find()) {
      codes.add(m.group(1));
    }
  }

  @Test
  void headersAndColumns() {
    assertEquals("#format\ttechnology/1", lines.get(0));
    assertTrue(lines.get(1).matches("#version\t[0-9]{4}\\.[0-9]{2}"), lines.get(1));
    assertTrue(lines.get(2).startsWith("#source\t") && lines.get(2).length() > 20, lines.get(2));
    assertTrue(lines.get(3).startsWith("#license\tCC0-1.0"), lines.get(3));
    assertEquals(COLUMN_HEADER, lines.get(4));
    assertTrue(codes.size() >= 10, "catalogue codes named in #source: " + codes);
  }

  @Test
  void everyLineHasEightUnpaddedFields() {
    for (Row row : rows) {
      assertEquals(FIELDS, row.f().length, "line " + row.line() + ": number of TAB-separated fields");
      for (String field : row.f()) {
        assertEquals(field.strip(), field, row.where() + "padded field '" + field + "'");
        for (String item : field.isEmpty() ? new String[0] : field.split("\\|", -1)) {
          assertFalse(item.isBlank() || !item.equals(item.strip()), row.where() + "bad list item in '" + field + "'");
        }
      }
    }
  }

  @Test
  void atLeast400TechnologiesAcrossTheSectors() {
    assertTrue(rows.size() >= 400, "only " + rows.size() + " entries");
    Map<String, Integer> bySector = new HashMap<>();
    for (Row row : rows) {
      assertTrue(SECTORS.contains(row.sector()), row.where() + "unknown sector " + row.sector());
      bySector.merge(row.sector(), 1, Integer::sum);
    }
    for (String sector : List.of("MEDICAL", "ICT", "ENERGY", "VEHICLES", "TRANSPORT", "MANUFACTURING",
        "MATERIALS")) {
      assertTrue(bySector.getOrDefault(sector, 0) >= 15, sector + " has too few entries: " + bySector);
    }
  }

  @Test
  void keysAreWellFormedAndUnique() {
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      assertTrue(KEY.matcher(row.key()).matches(), row.where() + "bad key");
      Integer first = seen.putIfAbsent(row.key(), row.line());
      if (first != null) {
        fail(row.where() + "key already on line " + first);
      }
    }
  }

  @Test
  void englishNamesAreAsciiSpecificAndUnique() {
    Map<String, String> owner = new HashMap<>();
    for (Row row : rows) {
      assertFalse(row.en().isEmpty(), row.where() + "empty en");
      for (String name : row.english()) {
        String lower = name.toLowerCase(Locale.ROOT);
        assertTrue(name.codePoints().allMatch(cp -> cp >= 0x20 && cp < 0x80), row.where() + "non-ASCII '" + name + "'");
        assertFalse(lower.startsWith("the "), row.where() + "'" + name + "' starts with 'the'");
        assertFalse(GENERIC.contains(lower), row.where() + "'" + name + "' is too generic");
        String first = owner.putIfAbsent(lower, row.key());
        if (first != null && !first.equals(row.key())) {
          fail(row.where() + "English name '" + name + "' is also a name of " + first);
        }
      }
    }
  }

  @Test
  void acronymsAreWellFormedUniqueAndNoBodysAcronym() {
    Set<String> agencyAcronyms = new HashSet<>();
    for (String line : read(AGENCIES).split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length > 2 && !line.startsWith("#") && !f[0].equals("key")) {
        agencyAcronyms.addAll(Arrays.asList(f[1].split("\\|")));
      }
    }
    Map<String, String> owner = new HashMap<>();
    for (Row row : rows) {
      for (String acronym : row.acronyms()) {
        assertTrue(ACRONYM.matcher(acronym).matches(), row.where() + "bad acronym '" + acronym + "'");
        long capitals = acronym.chars().filter(Character::isUpperCase).count();
        assertTrue(capitals >= 2 || (capitals >= 1 && acronym.chars().anyMatch(Character::isDigit)),
            row.where() + "acronym '" + acronym + "' needs two capitals, or a capital and a digit");
        assertFalse(agencyAcronyms.contains(acronym), row.where() + "acronym " + acronym + " names a body");
        String first = owner.putIfAbsent(acronym, row.key());
        if (first != null) {
          fail(row.where() + "acronym " + acronym + " is also an acronym of " + first);
        }
      }
    }
  }

  @Test
  void chineseNamesAreHanAndUnique() {
    Map<String, String> owner = new HashMap<>();
    for (Row row : rows) {
      assertFalse(row.zh().isEmpty(), row.where() + "empty zh");
      for (String name : row.chinese()) {
        assertTrue(name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
            row.where() + "'" + name + "' has no Han characters");
        assertTrue(name.codePointCount(0, name.length()) >= 2, row.where() + "'" + name + "' is one character");
        assertTrue(name.codePoints().noneMatch(Character::isWhitespace), row.where() + "'" + name + "' has a space");
        String first = owner.putIfAbsent(name, row.key());
        if (first != null) {
          fail(row.where() + "Chinese name " + name + " is also a name of " + first);
        }
      }
    }
  }

  @Test
  void everyEntryCitesAWikipediaArticleAndACatalogue() {
    for (Row row : rows) {
      List<String> sources = row.sources();
      assertFalse(sources.isEmpty(), row.where() + "no source");
      assertTrue(WIKIPEDIA.matcher(sources.get(0)).matches(), row.where() + "first source must be an English "
          + "Wikipedia article: " + sources.get(0));
      assertTrue(sources.size() >= 2, row.where() + "no Chinese catalogue or plan cited for the Chinese name");
      for (String source : new LinkedHashSet<>(sources.subList(1, sources.size()))) {
        Matcher m = CODE.matcher(source);
        assertTrue(m.matches(), row.where() + "source '" + source + "' is not a catalogue code");
        assertTrue(codes.contains(m.group(1)), row.where() + "code " + m.group(1) + " is not named in #source");
      }
    }
  }

  @Test
  void spotChecks() {
    Map<String, Row> byKey = new HashMap<>();
    rows.forEach(row -> byKey.put(row.key(), row));
    assertEntry(byKey, "ECMO", "extracorporeal membrane oxygenation", "ECMO", "体外膜肺氧合", "MEDICAL");
    assertEntry(byKey, "MRI", "magnetic resonance imaging", "MRI", "磁共振成像", "MEDICAL");
    assertEntry(byKey, "PET_CT", "positron emission tomography-computed tomography", "PET-CT",
        "正电子发射断层成像-计算机断层扫描", "MEDICAL");
    assertEntry(byKey, "5G", "5G", "5G", "第五代移动通信", "ICT");
    assertEntry(byKey, "INDUSTRIAL_INTERNET", "Industrial Internet", null, "工业互联网", "ICT");
    assertEntry(byKey, "EDA", "electronic design automation", "EDA", "电子设计自动化", "ICT");
    assertEntry(byKey, "NEV", "new energy vehicle", "NEV", "新能源汽车", "VEHICLES");
    assertEntry(byKey, "UHV", "ultra-high-voltage transmission", "UHV", "特高压", "ENERGY");
    assertEntry(byKey, "BEIDOU", "BeiDou Navigation Satellite System", "BDS", "北斗卫星导航系统", "AEROSPACE");
    assertEntry(byKey, "MAGLEV", "maglev", null, "磁悬浮列车", "TRANSPORT");
    assertEntry(byKey, "CNC", "CNC machine tool", "CNC", "数控机床", "MANUFACTURING");
    assertEntry(byKey, "ADDITIVE_MANUFACTURING", "additive manufacturing", null, "增材制造", "MANUFACTURING");
    assertEntry(byKey, "SUPERALLOY", "superalloy", null, "高温合金", "MATERIALS");
    assertTrue(byKey.get("RARE_EARTH").enVariants().contains("rare earths"), "rare earths");
    assertTrue(byKey.get("ADDITIVE_MANUFACTURING").enVariants().contains("3D printing"), "3D printing");
  }

  private static void assertEntry(Map<String, Row> byKey, String key, String en, String acronym, String zh,
      String sector) {
    Row row = byKey.get(key);
    assertNotNull(row, "no entry " + key);
    assertEquals(en, row.en(), row.where() + "en");
    if (acronym != null) {
      assertEquals(acronym, row.acronyms().get(0), row.where() + "acronym");
    }
    assertEquals(zh, row.zh(), row.where() + "zh");
    assertEquals(sector, row.sector(), row.where() + "sector");
  }
}
