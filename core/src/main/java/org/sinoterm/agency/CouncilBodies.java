package org.sinoterm.agency;

import java.util.Set;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Commissions, committees, leading groups and offices of the State Council that the dictionary does not list,
 * recognized by their form: 国务院 + a name + 委员会 / 领导小组 / 办公室 (国务院关税税则委员会, 国务院安全生产委员会), and
 * in English title-case words, a head noun and "of the State Council" ("the Customs Tariff Commission of the State
 * Council"). They become bodies without a key. A body the dictionary knows under the same span (国务院新闻办公室,
 * "General Office of the State Council") keeps its entry, because that mention is more confident.
 */
final class CouncilBodies {

  static final String RULE = "council-body";

  private static final String COUNCIL_ZH = "国务院";
  private static final String[] HEADS_ZH = {"委员会", "领导小组", "办公室"};
  /** Characters that end the search for a head: function words, 各 (国务院各部门), 总 (国务院总理). */
  private static final String NOT_IN_NAME = "的了在是及等对将把被为于从向也都已并由上下说称或个们这那到各总";
  /** Words that end it too: the 关于 and 印发 of a title that follows (国务院关于印发…), but not 关 in 关税. */
  private static final String[] NOT_IN_NAME_WORDS = {"关于", "印发"};
  private static final Set<String> ARTICLES = Set.of("The", "the", "A", "a", "An", "an");
  private static final int MAX_NAME_ZH = 10;

  private static final String COUNCIL_EN = " of the State Council";
  private static final Set<String> HEADS_EN = Set.of("Commission", "Committee", "Group", "Office");
  private static final Set<String> CONNECTORS = Set.of("and", "for", "on", "of");
  private static final int MAX_WORDS_EN = 10;
  private static final double CONFIDENCE = 0.8;

  private CouncilBodies() {
  }

  static void recognize(String text, Mentions mentions) {
    for (int at = text.indexOf(COUNCIL_ZH); at >= 0; at = text.indexOf(COUNCIL_ZH, at + 1)) {
      Mention mention = chinese(text, at);
      if (mention != null) {
        mentions.add(mention);
      }
    }
    for (int at = text.indexOf(COUNCIL_EN); at >= 0; at = text.indexOf(COUNCIL_EN, at + 1)) {
      Mention mention = english(text, at);
      if (mention != null) {
        mentions.add(mention);
      }
    }
  }

  private static Mention chinese(String text, int start) {
    int nameStart = start + COUNCIL_ZH.length();
    for (int i = nameStart; i < text.length() && i - nameStart <= MAX_NAME_ZH; i++) {
      for (String head : HEADS_ZH) {
        if (i > nameStart && text.startsWith(head, i)) {
          int end = i + head.length();
          String name = text.substring(start, end);
          return new Mention(EntityType.AGENCY, start, end,
              new AgencyRef(null, null, null, name, null, null, null, null), CONFIDENCE, RULE);
        }
      }
      char c = text.charAt(i);
      if (!Characters.isHan(c) || NOT_IN_NAME.indexOf(c) >= 0) {
        return null;
      }
      for (String word : NOT_IN_NAME_WORDS) {
        if (text.startsWith(word, i)) {
          return null;
        }
      }
    }
    return null;
  }

  /** Back from " of the State Council" over a head noun and the title-case words of its name. */
  private static Mention english(String text, int ofAt) {
    Words.Word head = Words.before(text, ofAt);
    if (head == null || head.end() != ofAt || !HEADS_EN.contains(head.text())) {
      return null;
    }
    int start = head.start();
    Words.Word word = Words.before(text, start);
    for (int n = 0; word != null && n < MAX_WORDS_EN; n++) {
      if (ARTICLES.contains(word.text()) || !word.isCapitalized() && !CONNECTORS.contains(word.text())) {
        break;
      }
      if (word.isCapitalized()) {
        start = word.start();
      }
      word = Words.before(text, word.start());
    }
    if (start == head.start()) {
      return null; // "Office of the State Council" alone names no particular body
    }
    int end = ofAt + COUNCIL_EN.length();
    String name = text.substring(start, end);
    return new Mention(EntityType.AGENCY, start, end, new AgencyRef(null, null, name, null, null, null, null, null),
        CONFIDENCE, RULE);
  }
}
