package org.sinoterm.agency;

import org.sinoterm.AgencyRef;
import org.sinoterm.text.Characters;

/**
 * Offices named together with their body: 科技部办公厅, 国务院办公厅, 工业和信息化部装备工业一司, "General Office of the
 * State Council", "MIIT General Office". The body is the entity; the office is part of its span and of its value.
 */
final class Offices {

  /** The general offices, the only ones with a fixed English name. */
  private static final String[][] GENERAL = {
    {"办公厅", "General Office"},
    {"办公室", "Office"},
  };

  /** Characters that do not occur inside the name of a department (司) and so end the search for one. */
  private static final String NOT_IN_DEPARTMENT_NAME = "的了在是和与及等对将把被为于从向也都已并由上下说称或个们这那";

  private static final int MAX_DEPARTMENT_NAME = 10;

  private Offices() {
  }

  /** An office found next to a body: its value and where the whole mention now starts or ends. */
  record Found(AgencyRef.Office office, int start, int end) {
  }

  /** A Chinese office right after a body ending at {@code end}, or null. */
  static Found chineseAfter(String text, int end) {
    for (String[] general : GENERAL) {
      if (text.startsWith(general[0], end)) {
        return new Found(new AgencyRef.Office(general[1], general[0]), end, end + general[0].length());
      }
    }
    // A department: up to ten Han characters ending in 司 (装备工业一司), but not 公司 (a company) or 司法, 司机, 司令.
    for (int i = end; i < text.length() && i - end < MAX_DEPARTMENT_NAME; i++) {
      char c = text.charAt(i);
      if (!Characters.isHan(c) || NOT_IN_DEPARTMENT_NAME.indexOf(c) >= 0) {
        return null;
      }
      if (c == '司' && i > end) {
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (before == '公' || after == '法' || after == '机' || after == '令') {
          return null;
        }
        return new Found(new AgencyRef.Office(null, text.substring(end, i + 1)), end, i + 1);
      }
    }
    return null;
  }

  /** "General Office of (the) BODY" before a body starting at {@code start}, or null. */
  static Found englishBefore(String text, int start) {
    for (String prefix : new String[] {"General Office of the ", "General Office of "}) {
      int at = start - prefix.length();
      if (at >= 0 && text.regionMatches(true, at, prefix, 0, prefix.length())
          && Character.isUpperCase(text.charAt(at))) {
        return new Found(new AgencyRef.Office("General Office", "办公厅"), at, start);
      }
    }
    return null;
  }

  /** "BODY General Office" after a body ending at {@code end}, or null. */
  static Found englishAfter(String text, int end) {
    String suffix = " General Office";
    if (text.regionMatches(true, end, suffix, 0, suffix.length())
        && Character.isUpperCase(text.charAt(end + 1))
        && (end + suffix.length() == text.length() || !Characters.isWordChar(text.charAt(end + suffix.length())))) {
      return new Found(new AgencyRef.Office("General Office", "办公厅"), end, end + suffix.length());
    }
    return null;
  }
}
