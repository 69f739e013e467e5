package org.sinoterm;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Supplier;

/**
 * What the fuzz tests share: turning the fuzzer's bytes into text, and the time budget every input must meet.
 *
 * <p>Bytes are read as UTF-8, so that saved inputs are readable text files, with two extensions that let the
 * fuzzer write what UTF-8 cannot: an encoded surrogate ({@code ED A0 80}) is that lone surrogate, and any other
 * byte that is not valid UTF-8 is the character of the same number (Latin-1), so that no byte is lost.
 *
 * <p>The budget is the goal, 100 ms per 10,000 characters (at least 100 ms). While fuzzing (JAZZER_FUZZ
 * set) an input over budget is a finding; in the default test run, which replays saved inputs on a machine that
 * may be busy, the limit is ten times that, a hang guard. An input is over budget only if three runs in a row are,
 * so that a garbage collection or the first call of a lazily loaded model is not a finding.
 */
public final class FuzzInput {

  /** Milliseconds allowed per 10,000 characters, and for any shorter input. */
  public static final long MILLIS_PER_10K = 100;
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
      && !System.getenv("JAZZER_FUZZ").isEmpty();

  private FuzzInput() {
  }

  /** The text of the fuzzer's bytes. */
  public static String text(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4
          ? 4 : 0;
      int codePoint = decode(bytes, i, length);
      if (codePoint < 0) {
        out.append((char) b);
        i++;
      } else {
        out.appendCodePoint(codePoint);
        i += length;
      }
    }
    return out.toString();
  }

  private static int decode(byte[] bytes, int at, int length) {
    if (length == 0 || at + length > bytes.length) {
      return -1;
    }
    int b = bytes[at] & 0xFF;
    if (length == 1) {
      return b;
    }
    int codePoint = b & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int next = bytes[at + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return -1;
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    return codePoint < min || codePoint > 0x10FFFF ? -1 : codePoint; // surrogates (ED A0 80 …) are kept
  }

  /** The milliseconds an input of {@code length} characters may take. */
  public static long budgetMillis(int length) {
    long budget = Math.max(MILLIS_PER_10K, MILLIS_PER_10K * length / 10_000);
    return FUZZING ? budget : 10 * budget;
  }

  /**
   * Runs {@code work} on an input of {@code length} characters and returns its result; fails if it takes longer
   * than {@link #budgetMillis(int)} three times in a row.
   */
  public static <T> T withinBudget(int length, Supplier<T> work) {
    long budget = budgetMillis(length);
    long fastest = Long.MAX_VALUE;
    T result = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      long start = System.nanoTime();
      result = work.get();
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis <= budget) {
        return result;
      }
      fastest = Math.min(fastest, millis);
    }
    fail("slow input: " + length + " characters took " + fastest + " ms at best, over the budget of " + budget
        + " ms");
    return result;
  }
}
