package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.text.HanLpSegmenter;

/** The bundled lexicon: headwords, forms and the pinyin the aligner compares with English names. */
class LexiconTest {

  private static final HanLpSegmenter SEGMENTER = new HanLpSegmenter();
  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = Lexicon.load(BundledDictionaries.cedict());
  }

  /** headword | name pinyin (- for none) | pinyin compared with English (from the name reading, else HanLP's). */
  private static final String GOLDEN = """
      合肥 | hefei     | hefei
      重庆 | chongqing | chongqing
      西安 | xian      | xian
      绿色 | -         | lvse
      万   | wan       | wan
      领域 | -         | lingyu
      """;

  static Stream<String> golden() {
    return GOLDEN.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("golden")
  void readsPinyin(String row) {
    String[] f = row.split("\\|", -1);
    String word = f[0].strip();
    String name = f[1].strip();
    Lexicon.Entry entry = lexicon.entry(word);
    assertEquals(name.equals("-") ? null : name, entry.namePinyin(), word);
    assertEquals(f[2].strip(), entry.pinyin(word, SEGMENTER), word);
    assertEquals(f[2].strip(), entry.pinyin(word, SEGMENTER), word + ", read again");
  }

  @Test
  void findsHeadwordsAndTheirForms() {
    assertTrue(lexicon.size() > 100_000, "size " + lexicon.size());
    assertTrue(lexicon.contains("领域"));
    assertFalse(lexicon.contains("领域领域"));
    assertNull(lexicon.entry(""));
    assertTrue(lexicon.forms("领域").stream().anyMatch(form -> form.text().equals("domain")));
    assertEquals(0, lexicon.forms("不是词语的词语").size());
    assertSame(lexicon.forms("领域"), lexicon.forms("领域"), "forms are compiled once");
  }

  @Test
  void findsEveryHeadwordAtAPosition() {
    HeadwordTrie.Matches<Lexicon.Entry> matches = new HeadwordTrie.Matches<>();
    String text = "人工智能产业";
    lexicon.headwordsAt(text, 0, text.length(), matches);
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < matches.size(); i++) {
      found.append(found.length() > 0 ? " " : "").append(text, 0, matches.end(i));
    }
    assertEquals("人 人工 人工智能", found.toString());
  }
}
