package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Short names that a text gives a policy right after its title: （以下简称《规划》）, ，以下简称"十四五"规划,
 * (hereinafter referred to as the "Action Plan"), (the "Plan"), or a nickname in quotes alone in brackets
 * （"数据二十条"）.
 */
final class ShortNames {

  private static final String[] CHINESE_LEADS = {"以下简称为", "以下简称", "以下称", "下称", "简称"};
  private static final String[] ENGLISH_LEADS = {"hereinafter referred to as the", "hereinafter referred to as",
    "hereinafter called the", "hereinafter the", "hereinafter", "referred to as the", "known as the",
    "the"};
  private static final int MAX_NAME = 24;

  private ShortNames() {
  }

  /** The short names given right after a title that ends at {@code end} (normalized offsets). */
  static List<String> after(String t, int end) {
    List<String> names = new ArrayList<>();
    int p = skipSpaces(t, end);
    if (p < t.length() && (t.charAt(p) == '》' || t.charAt(p) == '"' || t.charAt(p) == '〉')) {
      p = skipSpaces(t, p + 1);
    } else if (p < t.length() && (t.charAt(p) == ')' || t.charAt(p) == ']')) {
      int q = skipSpaces(t, p + 1);
      if (q < t.length() && t.charAt(q) == '(') {
        p = q; // "EN (ZH) ("数据二十条")": past the bracket that holds the title, to the nickname
      }
    }
    if (p >= t.length()) {
      return names;
    }
    boolean bracket = t.charAt(p) == '(';
    if (!bracket && t.charAt(p) != ',') {
      return names;
    }
    int q = p + 1;
    while (q < t.length() && t.charAt(q) == ' ') {
      q++;
    }
    int leadEnd = lead(t, q);
    if (leadEnd < 0 && !bracket) {
      return names;
    }
    int nameStart = leadEnd < 0 ? q : leadEnd;
    while (nameStart < t.length() && t.charAt(nameStart) == ' ') {
      nameStart++;
    }
    String name = quoted(t, nameStart);
    if (name == null) {
      return names;
    }
    if (leadEnd < 0) {
      int close = nameStart + name.length() + 2;
      while (close < t.length() && t.charAt(close) == ' ') {
        close++;
      }
      if (close >= t.length() || t.charAt(close) != ')') {
        return names; // a quoted phrase in brackets that is not the whole bracket: not a nickname
      }
    }
    String trimmed = name.strip();
    if (!trimmed.isEmpty()) {
      names.add(trimmed);
    }
    return names;
  }

  private static int skipSpaces(String t, int from) {
    int p = from;
    while (p < t.length() && t.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private static int lead(String t, int q) {
    for (String lead : CHINESE_LEADS) {
      if (t.startsWith(lead, q)) {
        return q + lead.length();
      }
    }
    for (String lead : ENGLISH_LEADS) {
      if (t.regionMatches(true, q, lead, 0, lead.length())) {
        return q + lead.length();
      }
    }
    return -1;
  }

  /** The text inside 《…》 or "…" that starts at {@code p}, or null. */
  private static String quoted(String t, int p) {
    if (p >= t.length()) {
      return null;
    }
    char open = t.charAt(p);
    char close = open == '《' ? '》' : open == '"' ? '"' : 0;
    if (close == 0) {
      return null;
    }
    int end = TitleLabels.indexOf(t, close, p + 1, p + MAX_NAME + 2);
    if (end < 0 || end == p + 1 || t.substring(p + 1, end).indexOf('\n') >= 0) {
      return null;
    }
    return t.substring(p + 1, end);
  }
}
