package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
 * loads it after the bundled one, as {@code ExtractorBuilder.build()} does, and fails only with such an exception.
 */
class TsvFileFuzzTest {

  private static final String NAME = "fuzz.tsv";
  private static final TsvFile AGENCIES = BundledDictionaries.agencies();
  private static final TsvFile PLACES = BundledDictionaries.places();
  private static final TsvFile UNITS = BundledDictionaries.units();
  private static final TsvFile TECHNOLOGIES = BundledDictionaries.technologies();
  private static final TsvFile POLICIES = BundledDictionaries.policies();
  private static final AgencyDictionary BODIES = AgencyDictionary.load(AGENCIES, List.of());

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
