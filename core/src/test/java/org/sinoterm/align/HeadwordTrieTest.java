package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;

/** The trie against the hash map it replaces: the same answer for every key, position and limit. */
class HeadwordTrieTest {

  private static final Map<String, String> WORDS = words("关", "关于", "关于印发", "印发", "十", "十四五", "十四五规划",
      "规划", "通知");

  /** text | from | limit | the headwords found, shortest first. */
  private static final String GOLDEN = """
      关于印发十四五规划的通知 | 0  | 12 | 关 关于 关于印发
      关于印发十四五规划的通知 | 0  | 3  | 关 关于
      关于印发十四五规划的通知 | 2  | 12 | 印发
      关于印发十四五规划的通知 | 4  | 12 | 十 十四五 十四五规划
      关于印发十四五规划的通知 | 4  | 8  | 十 十四五
      关于印发十四五规划的通知 | 8  | 12 |
      关于印发十四五规划的通知 | 10 | 12 | 通知
      关于印发十四五规划的通知 | 10 | 11 |
      关于印发十四五规划的通知 | 12 | 12 |
      """;

  static Stream<String> golden() {
    return GOLDEN.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("golden")
  void findsTheHeadwordsAtAPosition(String row) {
    String[] f = row.split("\\|", -1);
    String text = f[0].strip();
    int from = Integer.parseInt(f[1].strip());
    int limit = Integer.parseInt(f[2].strip());
    String expected = f[3].strip();
    HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
    HeadwordTrie.of(WORDS).matchesAt(text, from, limit, matches);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      assertEquals(text.substring(from, matches.end(i)) + "=", matches.entry(i));
      found.add(text.substring(from, matches.end(i)));
    }
    assertEquals(expected, String.join(" ", found), row);
  }

  @Test
  void getAnswersLikeTheMap() {
    HeadwordTrie<String> trie = HeadwordTrie.of(WORDS);
    assertEquals(WORDS.size(), trie.size());
    for (String word : WORDS.keySet()) {
      assertEquals(word + "=", trie.get(word));
    }
    for (String other : List.of("", "关于印", "十四", "印发通知", "规", "x", "关于印发十")) {
      assertNull(trie.get(other), other);
    }
  }

  @Test
  void anEmptyTrieFindsNothing() {
    HeadwordTrie<String> trie = HeadwordTrie.of(Map.of());
    HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
    trie.matchesAt("关于", 0, 2, matches);
    assertEquals(0, matches.size());
    assertNull(trie.get("关于"));
    assertEquals(1, trie.nodeCount());
  }

  @Test
  void theEmptyWordIsKeptButNeverMatched() {
    HeadwordTrie<String> trie = HeadwordTrie.of(words("", "关"));
    assertEquals("=", trie.get(""));
    HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
    trie.matchesAt("关", 0, 1, matches);
    assertEquals(1, matches.size());
    assertEquals(1, matches.end(0));
  }

  @Test
  void matchesOutOfRangeAreRefused() {
    HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
    HeadwordTrie.of(WORDS).matchesAt("关于", 0, 2, matches);
    assertThrows(IndexOutOfBoundsException.class, () -> matches.end(2));
    assertThrows(IndexOutOfBoundsException.class, () -> matches.entry(-1));
  }

  /**
   * Random dictionaries over a small alphabet (so that words share long prefixes, and with a character outside
   * the Basic Multilingual Plane, two UTF-16 units) against the map, at every position and limit of random texts.
   */
  @Test
  void randomDictionariesAnswerLikeTheMap() {
    String[] alphabet = {"a", "b", "中", "国", "\uD840\uDC00"};
    Random random = new Random(20240607L);
    for (int round = 0; round < 200; round++) {
      Map<String, String> map = new HashMap<>();
      int size = random.nextInt(40);
      for (int i = 0; i < size; i++) {
        String word = randomText(random, alphabet, 1 + random.nextInt(6));
        map.put(word, word + "#" + i);
      }
      HeadwordTrie<String> trie = HeadwordTrie.of(map);
      HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
      for (int t = 0; t < 10; t++) {
        String text = randomText(random, alphabet, random.nextInt(12));
        assertEquals(map.get(text), trie.get(text), text);
        for (int from = 0; from <= text.length(); from++) {
          for (int limit = from; limit <= text.length(); limit++) {
            trie.matchesAt(text, from, limit, matches);
            assertEquals(bySubstrings(map, text, from, limit), found(matches), text + " " + from + " " + limit);
          }
        }
      }
    }
  }

  /** The bundled CC-CEDICT headwords, and every position of the policy titles of the alignment tests. */
  @Test
  void theLexiconAnswersLikeTheMap() throws IOException {
    TsvFile cedict = BundledDictionaries.cedict();
    int zh = cedict.columnIndex("zh");
    int en = cedict.columnIndex("en");
    Map<String, String> map = new HashMap<>();
    for (TsvFile.Row row : cedict.rows()) {
      map.put(row.get(zh), row.get(en));
    }
    HeadwordTrie<String> trie = HeadwordTrie.of(map);
    assertEquals(map.size(), trie.size());
    for (Map.Entry<String, String> entry : map.entrySet()) {
      assertEquals(entry.getValue(), trie.get(entry.getKey()), entry.getKey());
    }
    HeadwordTrie.Matches<String> matches = new HeadwordTrie.Matches<>();
    int positions = 0;
    for (String title : policyTitles()) {
      assertEquals(map.get(title), trie.get(title), title);
      for (int from = 0; from < title.length(); from++) {
        trie.matchesAt(title, from, title.length(), matches);
        assertEquals(bySubstrings(map, title, from, title.length()), found(matches), title + " at " + from);
        positions++;
      }
    }
    assertTrue(positions > 500, "positions tried: " + positions);
  }

  private static List<String> policyTitles() throws IOException {
    List<String> titles = new ArrayList<>();
    try (InputStream in = HeadwordTrieTest.class.getResourceAsStream("policy-titles.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          titles.add(line.split("\t", -1)[0]);
        }
      }
    }
    return titles;
  }

  /** What probing the map with every substring gives: "end=entry" for each headword, shortest first. */
  private static List<String> bySubstrings(Map<String, String> map, String text, int from, int limit) {
    List<String> out = new ArrayList<>();
    for (int q = from + 1; q <= limit; q++) {
      String entry = map.get(text.substring(from, q));
      if (entry != null) {
        out.add(q + "=" + entry);
      }
    }
    return out;
  }

  private static List<String> found(HeadwordTrie.Matches<String> matches) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      out.add(matches.end(i) + "=" + matches.entry(i));
    }
    return out;
  }

  private static String randomText(Random random, String[] alphabet, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return out.toString();
  }

  private static Map<String, String> words(String... words) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String word : words) {
      map.put(word, word + "=");
    }
    return map;
  }
}
