package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English head nouns' last words, which the title finder uses to skip lines that cannot hold a title. */
class HeadNounsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Plan", "PLAN", "plan", "FYP", "Opinions", "Law", "Catalogue", "Regulations"})
  void lastWordsOfHeadsAreFoundInAnyCase(String word) {
    String line = "see the " + word + " here";
    assertTrue(HeadNouns.endsEnglishHead(line, 8, 8 + word.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Plans", "Planning", "Pla", "Lawful", "Five-Year", "Guiding", "Opinionss", "规划"})
  void otherWordsAreNot(String word) {
    assertFalse(HeadNouns.endsEnglishHead(word, 0, word.length()));
  }

  /** Whenever a head ends at a word, that word ends a head: the filter never drops what the finder would find. */
  @Test
  void agreesWithTheHeadLookup() {
    String[] pieces = {"plan", "Plan", "action", "law", "LAW", "opinions", "guiding", "five-year", "fyp", "notice",
      "list", "negative", "s", "x", "ing", "catalog", "ue", "code", "rules", "İ", "ſ", "K"};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String word = pieces[random.nextInt(pieces.length)]
          + (random.nextBoolean() ? "" : pieces[random.nextInt(pieces.length)]);
      HeadNouns.Head head = HeadNouns.englishHeadEndingAt(List.of("guiding", "action", word), 2);
      boolean ends = HeadNouns.endsEnglishHead(word, 0, word.length());
      if (head != null) {
        assertTrue(ends, word);
      }
      if (word.equals(word.toLowerCase(Locale.ROOT)) && !word.contains("ſ")) {
        assertEquals(head != null, ends, word); // for plain lower-case words the two agree exactly
      }
    }
  }
}
