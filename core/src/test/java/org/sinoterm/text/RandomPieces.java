package org.sinoterm.text;

import java.util.Random;

/**
 * Random text joined from pieces, for the tests that check a fast path against the slow one it replaces on random
 * input: {@code join(random, {"six", "Twenty", "-"}, 1, 3, false)} may give "Twenty-six" or "--six".
 */
public final class RandomPieces {

  private RandomPieces() {
  }

  /**
   * Between {@code min} and {@code max} pieces drawn at random and joined; with {@code spaces}, two pieces in three
   * are followed by a space.
   */
  public static String join(Random random, String[] pieces, int min, int max, boolean spaces) {
    StringBuilder text = new StringBuilder();
    for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
      text.append(pieces[random.nextInt(pieces.length)]);
      if (spaces && random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
