package org.sinoterm.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.sinoterm.FuzzInput;

/**
 * Fuzzes the definition detector (Schwartz and Hearst's acronym definitions, and bilingual glosses): every
 * definition's short and long form are non-empty, inside the text and apart from each other, every short form is
 * one {@link AcronymDefinitions#isShortForm(String)} accepts, every gloss has a Chinese and an English side inside
 * the text; and detection stays within the time budget.
 */
class AcronymDefinitionsFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void definitions(byte[] bytes) {
    String text = FuzzInput.text(bytes);
    for (boolean paraphrases : new boolean[] {false, true}) {
      List<AcronymDefinitions.Definition> found = FuzzInput.withinBudget(text.length(),
          () -> AcronymDefinitions.find(text, paraphrases));
      for (AcronymDefinitions.Definition d : found) {
        assertTrue(0 <= d.shortStart() && d.shortStart() < d.shortEnd() && d.shortEnd() <= text.length(),
            () -> "short form out of bounds: " + d);
        assertTrue(0 <= d.longStart() && d.longStart() < d.longEnd() && d.longEnd() <= text.length(),
            () -> "long form out of bounds: " + d);
        assertTrue(d.shortEnd() <= d.longStart() || d.longEnd() <= d.shortStart(), () -> "forms overlap: " + d);
        assertTrue(paraphrases || AcronymDefinitions.isShortForm(d.shortForm(text)),
            () -> "not a short form: " + d.shortForm(text));
      }
    }
    List<AcronymDefinitions.Gloss> glosses = FuzzInput.withinBudget(text.length(),
        () -> AcronymDefinitions.glosses(text));
    for (AcronymDefinitions.Gloss g : glosses) {
      assertTrue(0 <= g.enStart() && g.enStart() < g.enEnd() && g.enEnd() <= text.length(),
          () -> "English out of bounds: " + g);
      assertTrue(0 <= g.zhStart() && g.zhStart() < g.zhEnd() && g.zhEnd() <= text.length(),
          () -> "Chinese out of bounds: " + g);
    }
  }
}
