package org.sinoterm.agency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinoterm.text.LinePrefilters;

class IssuerLinesTest {

  /** Pieces of issuer lines, of their markup, and of lines that only look like them. */
  private static final String[] PIECES = {"Issuing bodies", "issuing body", "ISSUING AUTHORITY", "Issued by", "Issued",
      "issuing", "Issuer", "In", "Is", "ISSUED", "发文机关", "发布单位", "印发机关", "印发", "发布", "机关", "**", "__", "*", "_", "-", ">",
      "\u2022", "\u00B7", " ", "\t", ":", "\uFF1A", "MIIT", "; ", "NDRC", "State Council", "国务院", "\n", "\r\n", "the",
      "1.", "#"};

  /** The one-character check never turns away a line the label pattern matches, and turns most others away. */
  @Test
  void mayStartLabelHoldsWhereverTheLabelMatches() {
    LinePrefilters.assertNeverTurnsAwayAMatch(IssuerLines.LABEL, IssuerLines::mayStartLabel, PIECES, 200, 12_000);
  }

  @Test
  void mayStartLabelReadsPastTheMarkupOnly() {
    assertTrue(IssuerLines.mayStartLabel("> **Issuing bodies:** MIIT", 0));
    assertTrue(IssuerLines.mayStartLabel("- \u2022 发文机关：国务院", 0));
    assertFalse(IssuerLines.mayStartLabel("Date: 2021-12-28", 0));
    assertFalse(IssuerLines.mayStartLabel("In 2021 the bodies issued", 0));
    assertFalse(IssuerLines.mayStartLabel("1. Issuing bodies: MIIT", 0));
    assertFalse(IssuerLines.mayStartLabel(" *_ ", 0));
  }
}
