package org.sinoterm.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;

/**
 * Links a body to the same body named again in brackets right after it: "the Ministry of Commerce (商务部)" and
 * "商务部（MOFCOM）" are translations (English → Chinese), "工业和信息化部（工信部）" and "the National Development and
 * Reform Commission [NDRC]" are abbreviations (short → long). A word that announces the short form may stand in the
 * brackets, and the name may be quoted: "国家发展和改革委员会（以下简称国家发展改革委）", "the State Administration for
 * Market Regulation (hereinafter "SAMR")".
 */
final class AgencyPairs {

  /** Words that announce the second name, longest first where one begins another. */
  private static final String[] LEADS = {"以下简称为", "以下简称", "以下称", "下称", "简称", "hereinafter referred to as",
      "hereinafter", "hereafter", "the "};
  /** Quotes as the normalizer leaves them: curly and corner quotes are already straight. */
  private static final String QUOTES = "\"'";

  private AgencyPairs() {
  }

  static void link(String text, Mentions mentions) {
    List<Mention> agencies = mentions.of(EntityType.AGENCY);
    Map<Integer, Mention> longestByStart = new HashMap<>();
    for (Mention mention : agencies) {
      longestByStart.merge(mention.start(), mention, (a, b) -> a.length() >= b.length() ? a : b);
    }
    for (Mention first : agencies) {
      int open = skipSpaces(text, first.end());
      if (open >= text.length() || (text.charAt(open) != '(' && text.charAt(open) != '[')) {
        continue;
      }
      Mention second = longestByStart.get(skipQuotes(text, skipLead(text, skipSpaces(text, open + 1))));
      if (second == null) {
        continue;
      }
      int close = skipSpaces(text, skipQuotes(text, second.end()));
      if (close >= text.length() || (text.charAt(close) != ')' && text.charAt(close) != ']')) {
        continue;
      }
      String key = ((AgencyRef) first.value()).key();
      if (key == null || !key.equals(((AgencyRef) second.value()).key())) {
        continue;
      }
      boolean firstChinese = Characters.containsHan(text.substring(first.start(), first.end()));
      boolean secondChinese = Characters.containsHan(text.substring(second.start(), second.end()));
      if (firstChinese != secondChinese) {
        mentions.link(LinkType.TRANSLATION, firstChinese ? second : first, firstChinese ? first : second, 0.97);
      } else if (first.length() != second.length()) {
        Mention shorter = first.length() < second.length() ? first : second;
        mentions.link(LinkType.ABBREVIATION, shorter, shorter == first ? second : first, 0.97);
      }
    }
  }

  /** After "以下简称", "hereinafter referred to as" and the like, which announce the short form. */
  private static int skipLead(String text, int from) {
    for (String lead : LEADS) {
      if (text.regionMatches(true, from, lead, 0, lead.length())) {
        return skipSpaces(text, from + lead.length());
      }
    }
    return from;
  }

  private static int skipQuotes(String text, int from) {
    int i = from;
    while (i < text.length() && QUOTES.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
