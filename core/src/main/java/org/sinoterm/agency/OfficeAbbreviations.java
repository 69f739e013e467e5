package org.sinoterm.agency;

import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;

/**
 * The two-character names of the two general offices that issue most central documents: 中办 (中共中央办公厅, the
 * General Office of the CPC Central Committee) and 国办 (国务院办公厅, the General Office of the State Council), as in
 * "中办 国办印发《关于…的意见》". Each becomes its body with the General Office named, like 国务院办公厅 itself.
 *
 * <p>Two characters are easily part of other words (集中办理, 全国办公), so a form counts only where it stands as a
 * name: after no other Han character (or right after the other form), and before a non-Han character, the other
 * form, or a word of issuing (印发, 发布, 联合, 关于, 转发, 发出, 等, 和). 国办发〔2020〕39号 is a document number.
 */
final class OfficeAbbreviations {

  static final String RULE = "office-abbreviation";

  private static final String[][] FORMS = {
    {"中办", "CCP_CENTRAL_COMMITTEE"},
    {"国办", "STATE_COUNCIL"},
  };
  private static final String[] NEXT_WORDS = {"印发", "发布", "联合", "关于", "转发", "发出", "等", "和"};
  private static final AgencyRef.Office GENERAL_OFFICE = new AgencyRef.Office("General Office", "办公厅");

  private OfficeAbbreviations() {
  }

  static void recognize(String text, AgencyDictionary dictionary, Mentions mentions) {
    for (String[] form : FORMS) {
      AgencyEntry body = dictionary.entry(form[1]);
      if (body == null) {
        continue; // a user dictionary replaced the body under another key
      }
      for (int at = text.indexOf(form[0]); at >= 0; at = text.indexOf(form[0], at + 1)) {
        int end = at + form[0].length();
        if (standsAlone(text, at, end) && !DocumentNumbers.follow(text, end)) {
          mentions.add(new Mention(EntityType.AGENCY, at, end, body.ref().withOffice(GENERAL_OFFICE), 0.9, RULE));
        }
      }
    }
  }

  private static boolean standsAlone(String text, int start, int end) {
    int before = start;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    boolean leftFree = before == 0 || !Characters.isHan(text.charAt(before - 1)) || isOtherForm(text, before - 2);
    if (!leftFree) {
      return false;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after == text.length() || !Characters.isHan(text.charAt(after)) || isOtherForm(text, after)) {
      return true;
    }
    for (String word : NEXT_WORDS) {
      if (text.startsWith(word, after)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOtherForm(String text, int at) {
    if (at < 0) {
      return false;
    }
    for (String[] form : FORMS) {
      if (text.startsWith(form[0], at)) {
        return true;
      }
    }
    return false;
  }
}
