package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.DictionaryException;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;

class UnitDictionaryTest {

  private static final String HEADERS = "#format\tunit/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n"
      + "surface\tunit\tkind\tposition\n";
  private static final UnitDictionary BUNDLED = UnitDictionary.load(BundledDictionaries.units(), List.of());

  private static TsvFile file(String content) {
    return TsvFile.parse("units.tsv", content.getBytes(StandardCharsets.UTF_8));
  }

  private static String suffix(String text, int at) {
    UnitDictionary.Found found = BUNDLED.suffixAt(text, at);
    return found == null ? null : text.substring(found.start(), found.end()) + "=" + found.unit().symbol();
  }

  private static String prefix(String text, int end) {
    UnitDictionary.Found found = BUNDLED.prefixEndingAt(text, end);
    return found == null ? null : text.substring(found.start(), found.end()) + "=" + found.unit().symbol();
  }

  @Test
  void suffixesAreTheLongestSurfaceThatEndsAtAWordBoundary() {
    assertEquals("GWh=GWh", suffix("20 GWh of storage", 3));
    assertEquals("GWh=GWh", suffix("20GWh", 2));
    assertEquals("percentage points=percentage_point", suffix("3 percentage points", 2));
    assertEquals("千瓦时=kWh", suffix("300亿千瓦时", 4));
    assertEquals("个百分点=percentage_point", suffix("2个百分点", 1));
    assertEquals("元人民币=CNY", suffix("5元人民币", 1));
    assertNull(suffix("5 GWhs", 2));
    assertNull(suffix("5 percentages", 2));
  }

  @Test
  void prefixesAreTheLongestSurfaceThatStartsAtAWordBoundary() {
    assertEquals("US$=USD", prefix("US$16.3 billion", 3));
    assertEquals("HK$=HKD", prefix("HK$5", 3));
    assertEquals("$=USD", prefix("a $5 fee", 3));
    assertEquals("CNY=CNY", prefix("CNY 10 billion", 3));
    assertEquals("百分之=percent", prefix("百分之二十", 3));
    assertNull(prefix("XCNY 5", 4));
  }

  /** Every bundled surface is found as written, on the side it stands, with its own unit. */
  @Test
  void everyBundledSurfaceIsFoundAsWritten() {
    TsvFile file = BundledDictionaries.units();
    for (TsvFile.Row row : file.rows()) {
      String surface = row.get(file.columnIndex("surface"));
      String expected = surface + "=" + row.get(file.columnIndex("unit"));
      String position = row.get(file.columnIndex("position"));
      if (position.contains("suffix")) {
        assertEquals(expected, suffix("5 " + surface, 2), () -> "suffix " + surface);
      }
      if (position.contains("prefix")) {
        assertEquals(expected, prefix(surface + "5", surface.length()), () -> "prefix " + surface);
      }
    }
  }

  @Test
  void surfacesWithTwoCapitalsMatchOnlyAsWritten() {
    assertEquals("MW=MW", suffix("5 MW", 2));
    assertNull(suffix("5 mw", 2));
    assertEquals("kwh=kWh", suffix("5 kwh", 2));
    assertEquals("Percent=percent", suffix("5 Percent", 2));
  }

  @Test
  void aUserFileReplacesABundledSurface() {
    UnitDictionary units = UnitDictionary.load(BundledDictionaries.units(),
        List.of(file(HEADERS + "$\tHKD\tcurrency\tprefix\n")));
    assertEquals("HKD", units.prefixEndingAt("$5", 1).unit().symbol());
    assertEquals("USD", units.prefixEndingAt("US$5", 3).unit().symbol());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiterString = "=>", textBlock = """
      x\\tCNY\\tmoney\\tprefix     => units.tsv:6: unknown kind 'money' (known: area, count, currency, energy, length, mass, power, ratio, volume)
      x\\tCNY\\tcurrency\\tbefore  => units.tsv:6: position must be prefix, suffix or prefix|suffix, not 'before'
      \\tCNY\\tcurrency\\tprefix   => units.tsv:6: surface and unit must not be empty
      x\\tC N Y\\tcurrency\\tprefix => units.tsv:6: a unit symbol has no spaces: 'C N Y'
      """)
  void errorsNameTheFileAndLine(String row, String message) {
    TsvFile bad = file(HEADERS + row.replace("\\t", "\t") + "\n");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> UnitDictionary.load(BundledDictionaries.units(), List.of(bad)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aSurfaceListedTwiceInOneFileFails() {
    TsvFile bad = file(HEADERS + "x\tCNY\tcurrency\tprefix\nx\tUSD\tcurrency\tprefix\n");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> UnitDictionary.load(BundledDictionaries.units(), List.of(bad)));
    assertTrue(e.getMessage().startsWith("units.tsv:7: surface 'x' is already listed on line 6"), e.getMessage());
  }
}
