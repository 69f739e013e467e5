package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.sinoterm.text.Characters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AhoCorasickTest {

  /** Every occurrence of every key found by brute force, in the automaton's order: by end, then start descending. */
  private static List<String> bruteForce(List<String> keys, String text) {
    List<int[]> found = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        found.add(new int[] {at, at + key.length(), k});
      }
    }
    found.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
    return found.stream().map(f -> f[0] + "-" + f[1] + ":" + keys.get(f[2])).toList();
  }

  /**
   * What {@link #bruteForce} finds, without the occurrences of keys that begin inside a word, or whose first word
   * (leading run of word characters) runs on in the text.
   */
  private static List<String> bruteForceAtWordStarts(List<String> keys, String text) {
    return bruteForce(keys, text).stream().filter(found -> {
      int start = Integer.parseInt(found.substring(0, found.indexOf('-')));
      String key = found.substring(found.indexOf(':') + 1);
      int firstWord = 0;
      while (firstWord < key.length() && Characters.isWordChar(key.charAt(firstWord))) {
        firstWord++;
      }
      int after = start + firstWord;
      boolean wordStart = start == 0 || !Characters.isWordChar(text.charAt(start))
          || !Characters.isWordChar(text.charAt(start - 1));
      boolean wholeFirstWord = firstWord == 0 || after == text.length() || !Characters.isWordChar(text.charAt(after));
      return wordStart && wholeFirstWord;
    }).toList();
  }

  private static List<String> automaton(List<String> keys, String text) {
    return automaton(new AhoCorasick(keys), keys, text);
  }

  private static List<String> automaton(AhoCorasick automaton, List<String> keys, String text) {
    List<String> found = new ArrayList<>();
    automaton.parse(text, (start, end, key) -> found.add(start + "-" + end + ":" + keys.get(key)));
    return found;
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    for (int n = 1 + random.nextInt(maxLength); n > 0; n--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /**
   * Random keys that overlap, nest and share prefixes and suffixes, over random text: the automaton reports exactly
   * what searching for each key does. The large alphabet gives the root more children than the sparse limit.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ab", "abc国务", "abcdefghijklmnopqrstuvwxyz0123456789国务院部委"})
  void findsWhatBruteForceFinds(String alphabet) {
    compareOnRandomKeys(alphabet, 300, false);
  }

  /**
   * At word starts only: the same random keys and texts with spaces, hyphens and Han between the words, and keys
   * that begin or end with them; the automaton reports what brute force finds at word starts, so failure links that
   * skip suffixes beginning inside a word lose no occurrence that begins at one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ab -", "ab1 国-", "abcdefghijklmnopqrstuvwxyz0123456789 -国务院部委"})
  void atWordStartsFindsWhatBruteForceFindsAtWordStarts(String alphabet) {
    compareOnRandomKeys(alphabet, 500, true);
  }

  /** Random key sets and texts over {@code alphabet}: the automaton finds what brute force finds. */
  private static void compareOnRandomKeys(String alphabet, int rounds, boolean atWordStarts) {
    Random random = new Random(alphabet.length());
    for (int round = 0; round < rounds; round++) {
      TreeSet<String> keySet = new TreeSet<>();
      for (int n = 1 + random.nextInt(alphabet.length() > 10 ? 80 : 12); n > 0; n--) {
        keySet.add(random(random, alphabet, 5));
      }
      List<String> keys = List.copyOf(keySet);
      String text = random(random, alphabet, 60);
      List<String> expected = atWordStarts ? bruteForceAtWordStarts(keys, text) : bruteForce(keys, text);
      assertEquals(expected, automaton(new AhoCorasick(keys, atWordStarts), keys, text), () -> keys + " in " + text);
    }
  }

  @Test
  void atWordStartsNeedsTheKeysFirstWordWhole() {
    List<String> keys = List.of("ai", "ai chip", "aim");
    assertEquals(List.of("0-3:aim", "4-6:ai", "4-11:ai chip", "14-16:ai"),
        automaton(new AhoCorasick(keys, true), keys, "aim ai chips, ai"));
  }

  @Test
  void atWordStartsSkipsKeysInsideWords() {
    List<String> keys = List.of("-most", "most", "st");
    assertEquals(List.of("7-11:most", "12-16:most", "11-16:-most"),
        automaton(new AhoCorasick(keys, true), keys, "almost most-most"));
  }

  @Test
  void sharesStatesBetweenPrefixes() {
    // root; h, he, her, hers; hi, his; s, sh, she
    assertEquals(10, new AhoCorasick(List.of("he", "her", "hers", "his", "she")).states());
    assertEquals(List.of("1-3:he", "0-3:she", "1-5:hers"),
        automaton(List.of("he", "hers", "she"), "shers"));
  }

  @Test
  void rejectsUnsortedDuplicateOrEmptyKeys() {
    assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of("b", "a")));
    assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of("a", "a")));
    assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of("")));
  }

  @Test
  void noKeysMatchNothing() {
    assertEquals(List.of(), automaton(List.of(), "anything"));
  }
}
