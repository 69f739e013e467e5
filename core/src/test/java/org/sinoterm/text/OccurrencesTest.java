package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

  @Test
  void findsEveryOccurrenceInOrder() {
    assertEquals(List.of(0, 4, 5, 10), all("(a) [(b] x(", "(["));
    assertEquals(List.of(), all("no brackets", "(["));
    assertEquals(List.of(), all("", "(["));
    assertEquals(List.of(2, 7), all("规划（十四五）【】", "（【"));
  }

  /** The same positions, in the same order, as testing every character. */
  @Test
  void agreesWithACharacterLoop() {
    Random random = new Random(20261207);
    String[] pieces = {"(", "[", "【", "（", ")", "]", "a", "plan", "规划", " ", "\n"};
    String chars = "([【（";
    for (int n = 0; n < 2_000; n++) {
      String text = RandomPieces.join(random, pieces, 0, 30, false);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (chars.indexOf(text.charAt(i)) >= 0) {
          expected.add(i);
        }
      }
      assertEquals(expected, all(text, chars), text);
    }
  }

  private static List<Integer> all(String text, String chars) {
    List<Integer> found = new ArrayList<>();
    Occurrences occurrences = new Occurrences(text, chars);
    for (int i = occurrences.next(); i >= 0; i = occurrences.next()) {
      found.add(i);
    }
    return found;
  }
}
