package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.sinoterm.FuzzInput;
import org.sinoterm.PolicyRef;
import org.sinoterm.agency.AgencyDictionary;
import org.sinoterm.agency.AgencyRecognizer;
import org.sinoterm.agency.PlaceNames;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.TextNormalizer;

/**
 * Fuzzes the Chinese title grammar directly: the text is normalized and its bodies found, as the recognizer does,
 * then the whole text is parsed as a title (with and without bare titles allowed), and so is every 《…》 span. A
 * parse returns null or a title whose normalized value can be built; nothing throws, and the input stays within
 * its time budget.
 */
class ChineseTitleParserFuzzTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final AgencyDictionary AGENCIES = AgencyDictionary.load(BundledDictionaries.agencies(), List.of());
  private static final AgencyRecognizer BODIES = new AgencyRecognizer(AGENCIES,
      PlaceNames.load(BundledDictionaries.places(), List.of()));
  private static final PolicyCatalog CATALOG = PolicyCatalog.load(BundledDictionaries.policies(), List.of(),
      AGENCIES::hasKey);

  @FuzzTest(maxDuration = "3m")
  void parse(byte[] bytes) {
    String input = FuzzInput.text(bytes);
    FuzzInput.withinBudget(input.length(), () -> {
      NormalizedText text = NORMALIZER.normalize(input);
      String t = text.text();
      Mentions mentions = new Mentions();
      BODIES.recognize(new Document(text, null), mentions);
      ChineseTitleParser parser = new ChineseTitleParser(t, new IssuerIndex(t, mentions), CATALOG::contains);
      check(parser.parse(0, t.length(), true));
      check(parser.parse(0, t.length(), false));
      for (int i = 0; i < t.length(); i++) {
        if (ChineseTitleParser.isOpenMark(t.charAt(i))) {
          int close = parser.closeMark(i, t.length());
          assertTrue(close == -1 || close > i && close < t.length(), "closeMark out of range: " + close);
          if (close > i) {
            check(parser.parse(i, close + 1, false));
            check(parser.parse(i + 1, close, true));
          }
        }
      }
      return null;
    });
  }

  private static void check(ParsedTitle title) {
    if (title == null) {
      return;
    }
    PolicyRef ref = title.toRef();
    assertNotNull(ref.core());
    assertFalse(ref.core().isEmpty(), "empty core");
    assertNotNull(ref.docType());
  }
}
