package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a cheap test that decides at a line start whether a line-anchored pattern is worth trying there: on random
 * lines it must hold wherever the pattern matches, and turn many lines away (a test that holds everywhere would
 * pass the first check alone).
 */
public final class LinePrefilters {

  private LinePrefilters() {
  }

  /**
   * Joins 20,000 random texts of 1 to 8 {@code pieces}, and at each of their line starts compares {@code may} with
   * {@code pattern.lookingAt()}; asserts no match turned away, at least {@code minMatched} matches seen and at least
   * {@code minTurnedAway} line starts turned away.
   */
  public static void assertNeverTurnsAwayAMatch(Pattern pattern, BiPredicate<String, Integer> may, String[] pieces,
      int minMatched, int minTurnedAway) {
    Random random = new Random(20261207);
    int matched = 0;
    int turnedAway = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = RandomPieces.join(random, pieces, 1, 8, random.nextBoolean());
      Matcher matcher = pattern.matcher(text);
      for (int line = 0; line < text.length(); line = Words.nextLineStart(text, line)) {
        boolean matches = matcher.region(line, text.length()).lookingAt();
        boolean tried = may.test(text, line);
        assertTrue(tried || !matches, () -> "turned away a line the pattern matches: " + text);
        matched += matches ? 1 : 0;
        turnedAway += tried ? 0 : 1;
      }
    }
    assertTrue(matched >= minMatched, "line starts the pattern matches: " + matched);
    assertTrue(turnedAway >= minTurnedAway, "line starts turned away: " + turnedAway);
  }
}
