package org.sinoterm.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.RandomPieces;
import org.sinoterm.text.Words;

class IssuerLinesTest {

  /** Pieces of issuer lines, of their markup, and of lines that only look like them. */
  private static final String[] PIECES = {"Issuing bodies", "issuing body", "ISSUING AUTHORITY", "Issued by", "Issued",
      "issuing", "Issuer", "In", "发文机关", "发布单位", "印发机关", "印发", "发布", "机关", "**", "__", "*", "_", "-", ">",
      "\u2022", "\u00B7", " ", "\t", ":", "\uFF1A", "MIIT", "; ", "NDRC", "State Council", "国务院", "\n", "\r\n", "the",
      "1.", "#"};

  /** The one-character check never turns away a line the label pattern matches, and turns most others away. */
  @Test
  void mayStartLabelHoldsWhereverTheLabelMatches() {
    Random random = new Random(20261207);
    int matched = 0;
    int turnedAway = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = RandomPieces.join(random, PIECES, 1, 8, random.nextBoolean());
      Matcher label = IssuerLines.LABEL.matcher(text);
      for (int line = 0; line < text.length(); line = Words.nextLineStart(text, line)) {
        boolean matches = label.region(line, text.length()).lookingAt();
        boolean may = IssuerLines.mayStartLabel(text, line);
        String shown = text;
        assertTrue(may || !matches, () -> "turned away a label line: " + shown);
        matched += matches ? 1 : 0;
        turnedAway += may ? 0 : 1;
      }
    }
    assertTrue(matched > 200, "random lines with a label: " + matched);
    assertTrue(turnedAway > 10_000, "random lines turned away: " + turnedAway);
  }

  @Test
  void mayStartLabelReadsPastTheMarkupOnly() {
    assertTrue(IssuerLines.mayStartLabel("> **Issuing bodies:** MIIT", 0));
    assertTrue(IssuerLines.mayStartLabel("- \u2022 发文机关：国务院", 0));
    assertEquals(false, IssuerLines.mayStartLabel("Date: 2021-12-28", 0));
    assertEquals(false, IssuerLines.mayStartLabel("1. Issuing bodies: MIIT", 0));
    assertEquals(false, IssuerLines.mayStartLabel(" *_ ", 0));
  }
}
