package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinoterm.text.LinePrefilters;

class EnglishTitleFinderTest {

  /** Pieces of title labels, of their markup, and of lines that only look like them. */
  private static final String[] PIECES = {"Article", "article", "ARTICLE", "Policy name", "policy title", "Policy",
      "Title", "TITLE", "Document", "document name", "Document title", "Date", "Plan", "Action", "Articles", "**", "__",
      "*", "_", "-", ">", "\u2022", "\u00B7", " ", "\t", ":", "\uFF1A", "14th Five-Year Plan", "Made in China 2025",
      "\n", "\r\n", "the", "The", "Tianjin", "Ports", "Down", "Arts", "1.", "#"};

  /** The one-character check never turns away a line the label pattern matches, and turns most others away. */
  @Test
  void mayStartLabelHoldsWhereverTheLabelMatches() {
    LinePrefilters.assertNeverTurnsAwayAMatch(EnglishTitleFinder.LABEL, EnglishTitleFinder::mayStartLabel, PIECES,
        200, 5_000);
  }

  @Test
  void mayStartLabelReadsPastTheMarkupOnly() {
    assertTrue(EnglishTitleFinder.mayStartLabel("> **Article:** 14th Five-Year Plan", 0));
    assertTrue(EnglishTitleFinder.mayStartLabel("\u2022 policy name: Made in China 2025", 0));
    assertFalse(EnglishTitleFinder.mayStartLabel("Issuing bodies: MIIT", 0));
    assertFalse(EnglishTitleFinder.mayStartLabel("The plan was issued on Monday.", 0));
    assertFalse(EnglishTitleFinder.mayStartLabel("\u00B7 Article: the plan", 0)); // not a mark this label allows
    assertFalse(EnglishTitleFinder.mayStartLabel("** ", 0));
  }
}
