package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AsciiWordSetTest {

  private final AsciiWordSet words = new AsciiWordSet(List.of("plan", "law", "forty-two", "a"));

  @Test
  void findsAWordInAnyAsciiCaseInsideLongerText() {
    String text = "the PLAN, a Law and Forty-Two";
    assertTrue(words.contains(text, 4, 8));
    assertTrue(words.contains(text, 10, 11));
    assertTrue(words.contains(text, 12, 15));
    assertTrue(words.contains(text, 20, 29));
    assertFalse(words.contains(text, 0, 3));
    assertFalse(words.contains(text, 4, 7)); // "PLA"
    assertFalse(words.contains(text, 4, 4));
  }

  @Test
  void agreesWithLowerCasingOnRandomWords() {
    Set<String> set = Set.of("plan", "law", "forty-two", "a");
    String[] pieces = {"p", "L", "an", "AN", "law", "-", "two", "forty", "a", "İ", "ſ", "é"};
    Random random = new Random(23);
    for (int round = 0; round < 20_000; round++) {
      String w = RandomPieces.join(random, pieces, 1, 3, false);
      assertEquals(set.contains(w.toLowerCase(Locale.ROOT)), words.contains(w, 0, w.length()), w);
    }
  }

  @Test
  void takesOnlyLowerCaseAsciiWords() {
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("Plan")));
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("")));
    assertThrows(IllegalArgumentException.class, () -> new AsciiWordSet(List.of("规划")));
  }
}
