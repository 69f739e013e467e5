package org.sinoterm.agency;

import org.sinoterm.text.Characters;

/**
 * Chinese document numbers (发文字号): an issuer code, a type and a bracketed year, as in 工信部联规〔2021〕206号 or
 * 国办发〔2020〕39号. The code abbreviates the issuer, but it is a code and not a name, so a body's short name at
 * its head is no mention of the body.
 */
final class DocumentNumbers {

  /** The type characters after the issuer code: 联规, 发, 函, 办函 — at most this many. */
  private static final int MAX_TYPE = 4;
  private static final String OPENING = "〔[［(（【";
  private static final String CLOSING = "〕]］)）】";

  private DocumentNumbers() {
  }

  /** True if the text at {@code end} continues a document number: 1 to 4 Han characters and a bracketed year. */
  static boolean follow(String text, int end) {
    int i = end;
    while (i < text.length() && i - end < MAX_TYPE && Characters.isHan(text.charAt(i))) {
      i++;
    }
    if (i == end || i + 6 > text.length()) {
      return false;
    }
    int open = OPENING.indexOf(text.charAt(i));
    if (open < 0) {
      return false;
    }
    for (int d = i + 1; d < i + 5; d++) {
      if (text.charAt(d) < '0' || text.charAt(d) > '9') {
        return false;
      }
    }
    return text.charAt(i + 5) == CLOSING.charAt(open);
  }
}
