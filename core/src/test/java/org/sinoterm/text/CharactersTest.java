package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CharactersTest {

  /**
   * {@link Characters#fold(char)} answers ASCII and Han characters without Java's case tables; on every character it
   * folds as {@link Character#toLowerCase(char)} does (ASCII by the same rule).
   */
  @Test
  void foldsEveryCharacterAsJavaLowerCases() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.toLowerCase((char) c), Characters.fold((char) c), "U+" + Integer.toHexString(c));
    }
  }

  /** The Han test needs no table: no character it accepts has a case or is a word character. */
  @Test
  void hanCharactersHaveNoCase() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Characters.isHan((char) c)) {
        assertFalse(Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isWhitespace(c),
            "U+" + Integer.toHexString(c));
        assertFalse(Characters.isWordChar((char) c));
      }
    }
  }
}
