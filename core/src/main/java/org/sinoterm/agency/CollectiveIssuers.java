package org.sinoterm.agency;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.quantity.ChineseNumber;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;

/**
 * Collective issuers: 十部门 (ten departments), 十五部门, 三部委, 两部门, 8个部门. One entity with a count, because the
 * text names a group, not a body. Not 第三部门 (the third sector), and not a single department.
 */
final class CollectiveIssuers {

  static final String RULE = "collective";

  private static final Pattern COLLECTIVE =
      Pattern.compile("([0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,5})个?(?:部门|部委)");
  private static final int MAX_COUNT = 100;
  /** The longest match before 部门/部委: five numerals and 个. */
  private static final int MAX_BEFORE = 6;

  private CollectiveIssuers() {
  }

  /**
   * Runs the pattern only just before each 部门 and 部委, not at every character of the text: a search over the
   * whole text tried the numeral alternatives at every position, a noticeable cost on long English documents that
   * contain one 部.
   */
  static void recognize(String text, Mentions mentions) {
    Matcher matcher = COLLECTIVE.matcher(text);
    int searched = 0;
    for (int bu = text.indexOf('部'); bu >= 0; bu = text.indexOf('部', bu + 1)) {
      int end = bu + 2;
      if (end > text.length() || (text.charAt(bu + 1) != '门' && text.charAt(bu + 1) != '委')) {
        continue;
      }
      matcher.region(Math.max(searched, bu - MAX_BEFORE), end);
      if (!matcher.find() || matcher.end() != end) {
        continue;
      }
      searched = end;
      int start = matcher.start();
      if (start > 0) {
        char before = text.charAt(start - 1);
        if (before == '第' || ChineseNumber.isNumeralChar(before)) {
          continue;
        }
      }
      BigDecimal count = ChineseNumber.parse(matcher.group(1));
      if (count == null || count.scale() > 0 || count.compareTo(BigDecimal.valueOf(2)) < 0
          || count.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
        continue;
      }
      mentions.add(new Mention(EntityType.AGENCY, start, matcher.end(), AgencyRef.collective(count.intValue()),
          0.95, RULE));
    }
  }
}
