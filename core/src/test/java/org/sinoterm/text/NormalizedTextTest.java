package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.withoutSimplification();

  /** The match view of a text and each view offset's normalized offset, written the plain way: a table. */
  private record Reference(String view, List<Integer> offsets) {
    static Reference of(String text) {
      StringBuilder view = new StringBuilder();
      List<Integer> offsets = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (!isSpace(c)) {
          offsets.add(i);
          view.append(Characters.fold(c));
          i++;
          continue;
        }
        int start = i;
        int lineBreaks = 0;
        for (; i < text.length() && isSpace(text.charAt(i)); i++) {
          boolean crlf = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
          lineBreaks += (text.charAt(i) == '\n' || text.charAt(i) == '\r') && !crlf ? 1 : 0;
        }
        offsets.add(start);
        view.append(lineBreaks >= 2 ? '\n' : ' ');
      }
      offsets.add(text.length());
      return new Reference(view.toString(), offsets);
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
  }

  @Test
  void matchViewFoldsAndCollapsesWhitespaceRuns() {
    NormalizedText text = NORMALIZER.normalize("National  Medical\tProducts\r\n   Administration\n\n\nNMPA");
    assertEquals("national medical products administration\nnmpa", text.matchView());
    assertEquals(0, text.fromMatchView(0));
    assertEquals(8, text.fromMatchView(8)); // the two spaces begin at 8
    assertEquals(10, text.fromMatchView(9)); // "Medical"
    assertEquals(text.text().indexOf("Administration"), text.fromMatchView(26));
    assertEquals(text.text().indexOf("NMPA"), text.fromMatchView(41));
    assertEquals(text.length(), text.fromMatchView(text.matchView().length()));
  }

  @Test
  void aTextWithNothingToFoldOrCollapseIsItsOwnView() {
    NormalizedText text = NORMALIZER.normalize("made in china 2025 (中国制造2025)");
    assertSame(text.text(), text.matchView());
  }

  @Test
  void randomTextsMapEveryViewOffsetAsATableWould() {
    String alphabet = "aB国 \t\n\r-";
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      NormalizedText text = NORMALIZER.normalize(s.toString());
      Reference expected = Reference.of(text.text());
      assertEquals(expected.view(), text.matchView(), s::toString);
      for (int v = 0; v <= expected.view().length(); v++) {
        assertEquals(expected.offsets().get(v), text.fromMatchView(v), s::toString);
      }
    }
  }
}
