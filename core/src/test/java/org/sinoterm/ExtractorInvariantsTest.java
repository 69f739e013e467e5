package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile text through the whole extractor (in the manner of Lucene's {@code checkRandomData}): it
 * never throws, every span is inside the text, every entity's text is its span of the caller's string, entities are
 * sorted and never overlap within a type, links join entities of the result, and two runs agree.
 */
class ExtractorInvariantsTest {

  private static final String[] PIECES = {
    "MIIT", "MOST", "Most", "most", "NDRC", "SAIC", " Motor", "GAC", "-", "(", ")", "[", "]", "（", "）", "《", "》",
    "“", "”", "\"", "'", "’", " ", " ", " ", "\n", "\t", ",", ";", ":", ".", "Issuing bodies: ", "Issuing body:",
    "etc.", "the ", "Ministry of Commerce", " of the People's Republic of China", "General Office of the ",
    "State Council", "国务院", "办公厅", "工信部", "部门", "十", "五", "三部委", "第", "中华人民共和国", "商务部", "北京市",
    "经济和信息化局", "國務院辦公廳", "ＭＩＩＴ", "（ＮＤＲＣ）", "\u200B", "\u200D", "\uFEFF", "\u200F", "\u00A0", "\u3000",
    "\uD83D\uDE00", "\uD800", "\uDC00", "𠀀", "㑮", "\u0000", "\u0007", "Beijing Municipal", " Bureau", " (BMEIB)",
    "BMEIB", "an ", "a non-disclosure agreement (NDA)", "NDA", "Shenzhen", " Provincial", " Department of ",
    "Science and Technology", "Japan's ", "科技部", "司", "公司", "1", "2021", "x", "Q", "é", "İ", "ß",
  };

  private static final Extractor EXTRACTOR = Sinoterm.extractor();

  static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  static void checkInvariants(String text, Extraction extraction) {
    assertEquals(text, extraction.text());
    List<Entity> entities = extraction.entities();
    Set<Entity> present = new HashSet<>(entities);
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      assertTrue(entity.start() >= 0 && entity.end() <= text.length() && entity.start() < entity.end(),
          () -> entity + " out of bounds in " + text);
      assertEquals(text.substring(entity.start(), entity.end()), entity.text());
      if (i > 0) {
        assertTrue(entities.get(i - 1).compareTo(entity) <= 0, () -> "not sorted: " + entities);
      }
      for (int j = i + 1; j < entities.size(); j++) {
        Entity other = entities.get(j);
        assertTrue(other.type() != entity.type() || !other.span().overlaps(entity.span()),
            () -> "overlap within a type: " + entity + " and " + other);
      }
    }
    for (Link link : extraction.links()) {
      assertTrue(present.contains(link.from()) && present.contains(link.to()), () -> "dangling link " + link);
    }
  }

  @Test
  void randomTextKeepsEveryInvariant() {
    Random random = new Random(20261123);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, 1 + random.nextInt(40));
      Extraction first = EXTRACTOR.extract(text);
      checkInvariants(text, first);
      assertEquals(first, EXTRACTOR.extract(text), () -> "not deterministic: " + text);
    }
  }

  @Test
  void randomCharactersKeepEveryInvariant() {
    Random random = new Random(7);
    for (int round = 0; round < 1000; round++) {
      char[] chars = new char[random.nextInt(200)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000);
      }
      String text = new String(chars);
      checkInvariants(text, EXTRACTOR.extract(text));
    }
  }

  @Test
  void emptyAndBlankText() {
    assertEquals(List.of(), EXTRACTOR.extract("").entities());
    assertEquals(List.of(), EXTRACTOR.extract(" \n\t").entities());
  }

  @Test
  void aStringBuilderIsReadAsItsText() {
    Extraction extraction = EXTRACTOR.extract(new StringBuilder("Issuing body: MOST"));
    assertEquals("MOST", extraction.entities().get(0).text());
  }
}
