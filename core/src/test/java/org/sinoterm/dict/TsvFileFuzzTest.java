package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sinoterm.DictionaryException;
import org.sinoterm.FuzzInput;
import org.sinoterm.agency.AgencyDictionary;
import org.sinoterm.agency.PlaceNames;
import org.sinoterm.policy.PolicyCatalog;
import org.sinoterm.quantity.UnitDictionary;
import org.sinoterm.technology.TechnologyDictionary;

/**
 * Fuzzes the TSV dictionary loader and the dictionaries built on it: the bytes are a user's dictionary file. It
 * either reads, every row with as many fields as there are columns, or fails with a {@link DictionaryException}
 * whose message starts with the file's name and a line that exists; then the dictionary its {@code #format} names
 * loads it after a small bundled file, as {@code ExtractorBuilder.build()} does after the real one, and fails only
 * with such an exception.
 */
class TsvFileFuzzTest {

  private static final String NAME = "fuzz.tsv";
  /**
   * Small stand-ins for the bundled files, so that each input's time is the time of the input, not of rebuilding
   * the bundled dictionaries' automata (a few hundred milliseconds, paid once per extractor).
   */
  private static final TsvFile AGENCIES = bundled("agency/1", "key\tacronyms\ten\tzh\tlevel",
      "MIIT\tMIIT\tMinistry of Industry and Information Technology\t工业和信息化部\tCONSTITUENT_DEPARTMENT");
  private static final TsvFile PLACES = bundled("place/1", "code\tzh\tzh_short\ten\tlevel\tparent",
      "110000\t北京市\t北京\tBeijing\tMUNICIPALITY\t");
  private static final TsvFile UNITS = bundled("unit/1", "surface\tunit\tkind\tposition", "元\tCNY\tcurrency\tsuffix");
  private static final TsvFile TECHNOLOGIES = bundled("technology/1", "key\ten\tacronyms\tzh\tsector",
      "ECMO\textracorporeal membrane oxygenation\tECMO\t体外膜肺氧合\tMEDICAL");
  private static final TsvFile POLICIES = bundled("policy/1", "key\ten\tzh\tsource",
      "MADE_IN_CHINA_2025\tMade in China 2025\t中国制造2025\tgov.cn");
  private static final AgencyDictionary BODIES = AgencyDictionary.load(AGENCIES, List.of());

  private static TsvFile bundled(String format, String columns, String row) {
    String text = "#format\t" + format + "\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n" + columns + "\n" + row
        + "\n";
    return TsvFile.parse("bundled-" + format.replace('/', '-') + ".tsv", text.getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "3m")
  void load(byte[] bytes) {
    int lines = 1;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    int lineCount = lines;
    FuzzInput.withinBudget(bytes.length, () -> {
      try {
        TsvFile file = TsvFile.parse(NAME, bytes);
        for (TsvFile.Row row : file.rows()) {
          assertEquals(file.columns().size(), row.fields().size(), "row " + row.line());
          assertTrue(row.line() > file.columnLine() && row.line() <= lineCount, "row line " + row.line());
        }
        List<TsvFile> user = List.of(file);
        String format = String.valueOf(file.format());
        switch (format) {
          case AgencyDictionary.FORMAT -> AgencyDictionary.load(AGENCIES, user);
          case PlaceNames.FORMAT -> PlaceNames.load(PLACES, user);
          case UnitDictionary.FORMAT -> UnitDictionary.load(UNITS, user);
          case TechnologyDictionary.FORMAT -> TechnologyDictionary.load(TECHNOLOGIES, user);
          case PolicyCatalog.FORMAT -> PolicyCatalog.load(POLICIES, user, BODIES::hasKey);
          default -> { }
        }
      } catch (DictionaryException e) {
        assertEquals(NAME, e.source());
        assertTrue(e.line() >= 0 && e.line() <= lineCount, () -> "no such line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(NAME + (e.line() > 0 ? ":" + e.line() + ": " : ": ")), e.getMessage());
      }
      return null;
    });
  }
}
