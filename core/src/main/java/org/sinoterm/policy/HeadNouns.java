package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sinoterm.DocumentType;
import org.sinoterm.text.AsciiWordSet;

/**
 * The head nouns that end a Chinese title (规划, 行动计划, 指导意见, 条例, 法) or head an English one (Plan, Action Plan,
 * Guiding Opinions, Regulations, Law), and the document type each names. The longest head wins: 行动计划 is an
 * action plan, not a 计划; 办法 (measures) is not a 法 (law), and neither are 方法 or 司法 — but 公司法 is.
 */
final class HeadNouns {

  /** A head noun and its document type; a null type marks a word that only looks like a head (方法, 立法). */
  record Head(String text, DocumentType type) {
  }

  private static final List<Head> CHINESE = sortedLongestFirst(List.of(
      new Head("规划纲要", DocumentType.OUTLINE), new Head("纲要", DocumentType.OUTLINE),
      new Head("行动计划", DocumentType.ACTION_PLAN), new Head("行动方案", DocumentType.ACTION_PLAN),
      new Head("工作方案", DocumentType.WORK_PLAN),
      new Head("规划", DocumentType.PLAN), new Head("方案", DocumentType.PLAN), new Head("计划", DocumentType.PLAN),
      new Head("路线图", DocumentType.PLAN),
      new Head("意见", DocumentType.OPINIONS),
      new Head("通知", DocumentType.NOTICE), new Head("公告", DocumentType.NOTICE), new Head("通告", DocumentType.NOTICE),
      new Head("指南", DocumentType.GUIDELINES), new Head("指引", DocumentType.GUIDELINES),
      new Head("导则", DocumentType.GUIDELINES),
      new Head("办法", DocumentType.MEASURES), new Head("措施", DocumentType.MEASURES),
      new Head("举措", DocumentType.MEASURES),
      new Head("规定", DocumentType.PROVISIONS), new Head("细则", DocumentType.PROVISIONS),
      new Head("规则", DocumentType.PROVISIONS),
      new Head("条例", DocumentType.REGULATIONS),
      new Head("法典", DocumentType.LAW), new Head("修正案", DocumentType.LAW), new Head("法", DocumentType.LAW),
      new Head("公司法", DocumentType.LAW),
      new Head("方法", null), new Head("做法", null), new Head("想法", null), new Head("手法", null),
      new Head("算法", null), new Head("说法", null), new Head("看法", null), new Head("用法", null),
      new Head("语法", null), new Head("写法", null), new Head("技法", null), new Head("疗法", null),
      new Head("立法", null), new Head("执法", null), new Head("司法", null), new Head("守法", null),
      new Head("违法", null), new Head("合法", null), new Head("非法", null), new Head("依法", null),
      new Head("书法", null), new Head("兵法", null), new Head("佛法", null), new Head("魔法", null),
      new Head("目录", DocumentType.CATALOG), new Head("名录", DocumentType.CATALOG),
      new Head("清单", DocumentType.LIST), new Head("名单", DocumentType.LIST),
      new Head("解释", DocumentType.INTERPRETATION), new Head("解读", DocumentType.INTERPRETATION),
      new Head("决定", DocumentType.DECISION), new Head("决议", DocumentType.DECISION),
      new Head("建议", DocumentType.OTHER), new Head("要点", DocumentType.OTHER), new Head("政策", DocumentType.OTHER),
      new Head("批复", DocumentType.OTHER), new Head("复函", DocumentType.OTHER),
      new Head("报告", DocumentType.OTHER)));

  /** Heads that may end a title only right after 的, where they cannot be part of a longer word: 关于…的函. */
  private static final List<Head> CHINESE_AFTER_DE = List.of(new Head("函", DocumentType.OTHER));

  /** English heads, lower case, words separated by one space; matched against a title's words. */
  private static final List<Head> ENGLISH = sortedLongestFirst(List.of(
      new Head("five-year plan", DocumentType.PLAN), new Head("fyp", DocumentType.PLAN),
      new Head("action plan", DocumentType.ACTION_PLAN), new Head("work plan", DocumentType.WORK_PLAN),
      new Head("implementation plan", DocumentType.PLAN), new Head("plan", DocumentType.PLAN),
      new Head("programme", DocumentType.PLAN), new Head("program", DocumentType.PLAN),
      new Head("notice", DocumentType.NOTICE), new Head("circular", DocumentType.NOTICE),
      new Head("announcement", DocumentType.NOTICE),
      new Head("guiding opinions", DocumentType.OPINIONS), new Head("opinions", DocumentType.OPINIONS),
      new Head("implementation opinions", DocumentType.OPINIONS), new Head("opinion", DocumentType.OPINIONS),
      new Head("guidelines", DocumentType.GUIDELINES), new Head("guidance", DocumentType.GUIDELINES),
      new Head("measures", DocumentType.MEASURES),
      new Head("provisions", DocumentType.PROVISIONS), new Head("rules", DocumentType.PROVISIONS),
      new Head("regulations", DocumentType.REGULATIONS), new Head("regulation", DocumentType.REGULATIONS),
      new Head("law", DocumentType.LAW), new Head("code", DocumentType.LAW), new Head("amendment", DocumentType.LAW),
      new Head("guiding catalogue", DocumentType.CATALOG), new Head("guiding catalog", DocumentType.CATALOG),
      new Head("catalogue", DocumentType.CATALOG), new Head("catalog", DocumentType.CATALOG),
      new Head("directory", DocumentType.CATALOG),
      new Head("negative list", DocumentType.LIST), new Head("list", DocumentType.LIST),
      new Head("outline", DocumentType.OUTLINE),
      new Head("decision", DocumentType.DECISION), new Head("resolution", DocumentType.DECISION),
      new Head("interpretation", DocumentType.INTERPRETATION),
      new Head("interpretations", DocumentType.INTERPRETATION),
      new Head("policies", DocumentType.OTHER)));

  /** The last characters of the Chinese heads, so that a scan can skip positions where no head ends. */
  private static final String CHINESE_LAST_CHARS = lastChars();

  private HeadNouns() {
  }

  private static String lastChars() {
    StringBuilder chars = new StringBuilder();
    for (Head head : CHINESE) {
      char last = head.text().charAt(head.text().length() - 1);
      if (head.type() != null && chars.indexOf(String.valueOf(last)) < 0) {
        chars.append(last);
      }
    }
    for (Head head : CHINESE_AFTER_DE) {
      chars.append(head.text().charAt(head.text().length() - 1));
    }
    return chars.toString();
  }

  /** True if some Chinese head noun ends with {@code c}: a cheap test before {@link #chineseHeadAt}. */
  static boolean mayEndChineseHead(char c) {
    return CHINESE_LAST_CHARS.indexOf(c) >= 0;
  }

  private static List<Head> sortedLongestFirst(List<Head> heads) {
    List<Head> sorted = new ArrayList<>(heads);
    sorted.sort(Comparator.comparingInt((Head h) -> h.text().length()).reversed().thenComparing(Head::text));
    return List.copyOf(sorted);
  }

  /**
   * The head noun that {@code t[start, end)} ends with, or null. A look-alike (方法, 司法) is returned too, with a
   * null type, so that the caller sees that the text ends with a word that is not a head.
   */
  static Head chineseHeadAt(String t, int start, int end) {
    for (Head head : CHINESE) {
      int length = head.text().length();
      if (end - start >= length && t.startsWith(head.text(), end - length)) {
        return head;
      }
    }
    for (Head head : CHINESE_AFTER_DE) {
      int length = head.text().length();
      if (end - start > length && t.startsWith(head.text(), end - length) && t.charAt(end - length - 1) == '的') {
        return head;
      }
    }
    return null;
  }

  /** The document type named by the head noun {@code t[start, end)} ends with, or null if it ends with none. */
  static DocumentType chineseTypeAt(String t, int start, int end) {
    Head head = chineseHeadAt(t, start, end);
    return head == null ? null : head.type();
  }

  /** English heads by their last word, longest first, each split into its words. */
  private static final java.util.Map<String, List<String[]>> ENGLISH_BY_LAST_WORD = byLastWord();
  private static final java.util.Map<String, Head> ENGLISH_BY_TEXT = byText();

  private static java.util.Map<String, List<String[]>> byLastWord() {
    java.util.Map<String, List<String[]>> map = new java.util.HashMap<>();
    for (Head head : ENGLISH) {
      String[] parts = head.text().split(" ");
      map.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(parts);
    }
    return java.util.Map.copyOf(map);
  }

  private static java.util.Map<String, Head> byText() {
    java.util.Map<String, Head> map = new java.util.HashMap<>();
    for (Head head : ENGLISH) {
      map.put(head.text(), head);
    }
    return java.util.Map.copyOf(map);
  }

  /** The last words of the English heads: "plan", "law", "opinions". */
  private static final AsciiWordSet ENGLISH_LAST_WORDS = new AsciiWordSet(ENGLISH_BY_LAST_WORD.keySet());

  /**
   * True if {@code t[start, end)} is, ignoring case, the last word of an English head ("Plan", "LAW"): a word that
   * {@link #englishHeadEndingAt} may find a head at. Allocates nothing.
   */
  static boolean endsEnglishHead(String t, int start, int end) {
    return ENGLISH_LAST_WORDS.contains(t, start, end);
  }

  /**
   * The longest English head that ends with the word {@code words.get(last)} (words as written, any case), or null.
   */
  static Head englishHeadEndingAt(List<String> words, int last) {
    List<String[]> candidates = ENGLISH_BY_LAST_WORD.get(words.get(last).toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return null;
    }
    for (String[] parts : candidates) {
      int first = last - parts.length + 1;
      if (first < 0) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < parts.length - 1 && matches; k++) {
        matches = words.get(first + k).equalsIgnoreCase(parts[k]);
      }
      if (matches) {
        return ENGLISH_BY_TEXT.get(String.join(" ", parts));
      }
    }
    return null;
  }

  /** The number of words of an English head. */
  static int wordCount(Head head) {
    int count = 1;
    for (int i = 0; i < head.text().length(); i++) {
      if (head.text().charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }
}
