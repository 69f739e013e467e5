package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.DocumentType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.text.Characters;

/**
 * Finds where Chinese titles are and hands each place to {@link ChineseTitleParser}:
 *
 * <ul>
 *   <li><b>segments</b>: Chinese text that stands alone in English text or on its own line — inside (…), （…）, […],
 *       【…】, after a label, at the start of a list line — read up to where the Chinese ends, taking in the brackets
 *       attached to it, so that an unclosed outer bracket does not matter:
 *       {@code (医疗装备产业发展规划(2021-2025年)(征求意见稿) (Link)} gives the title up to 征求意见稿);</li>
 *   <li><b>marks</b>: every 《…》, with the wrapper around it when there is one (国务院关于印发《…》的通知,
 *       《…》解读, 关于《…》公开征求意见的通知);</li>
 *   <li><b>关于 sentences</b> in Chinese prose: issuers, 关于, and the head noun that ends the title
 *       (国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见提出…).</li>
 * </ul>
 */
final class ChineseTitleFinder {


  static final String RULE_SEGMENT = "zh-segment";
  static final String RULE_MARKS = "zh-marks";
  static final String RULE_ABOUT = "zh-about";

  /** Words before 《…》 that make it a policy document rather than a book or a newspaper. */
  private static final String[] POLICY_VERBS = {"印发", "发布", "出台", "制定", "实施", "落实", "贯彻", "根据", "按照", "依据",
    "修订", "颁布", "公布", "通过", "审议", "解读", "执行", "对照", "参照", "依照", "编制", "起草"};
  private static final String[] ABOUT_VERBS = {"印发修订后的", "修订印发", "印发", "发布", "转发", "颁布", "公布", "下发",
    "对", ""};
  private static final String[] AFTER_MARKS = {"公开征求意见的通知", "征求意见的通知", "公开征求意见的公告", "征求意见的公告",
    "征求意见的函", "的通知", "的公告", "的通告", "的决定", "政策解读", "解读", "答记者问", "回答记者提问"};
  private static final String[] WRAPPER_NOUNS = {"的通知", "的公告", "的通告", "的决定"};
  private static final int MAX_BRACKET_GROUP = 40;

  private final String t;
  private final IssuerIndex issuers;
  private final ChineseTitleParser parser;

  ChineseTitleFinder(String t, IssuerIndex issuers, ChineseTitleParser parser) {
    this.t = t;
    this.issuers = issuers;
    this.parser = parser;
  }

  List<FoundTitle> findAll() {
    List<FoundTitle> found = new ArrayList<>();
    segments(found);
    marks(found);
    aboutSentences(found);
    return found;
  }

  // ---- segments -------------------------------------------------------------------------------------------------

  private void segments(List<FoundTitle> found) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!startsChinese(i) || !boundedBefore(i)) {
        i++;
        continue;
      }
      int end = segmentEnd(i);
      if (end - i >= 2) {
        boolean bare = boundedAfter(end);
        int e = trimSegment(i, end);
        ParsedTitle title = parser.parse(i, e, bare);
        if (title != null) {
          int s = i;
          if (ChineseTitleParser.isOpenMark(t.charAt(s)) && parser.closeMark(s, e) == e - 1) {
            s++; // the span of a title that stands in its marks leaves the marks out
            e--;
            if (!documentLike(title)) {
              i = Math.max(end, i + 1);
              continue; // (《人民日报》): a newspaper
            }
          }
          found.add(new FoundTitle(s, e, title, RULE_SEGMENT, bare ? 0.95 : 0.9));
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** True if a Chinese segment may start at {@code i}: a Han character, 《, or a quote or year before Han. */
  private boolean startsChinese(int i) {
    char c = t.charAt(i);
    if (Characters.isHan(c) || c == '《') {
      return true;
    }
    if (c == '"' && i + 1 < t.length() && Characters.isHan(t.charAt(i + 1))) {
      return true;
    }
    return isDigit(c) && i + 4 < t.length() && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3)) && (t.charAt(i + 4) == '年' || Characters.isHan(t.charAt(i + 4)))
        && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
  }

  /**
   * True if what comes before {@code i} is not Chinese prose: the start of the text or a line, an opening bracket,
   * a label's colon, or English text.
   */
  private boolean boundedBefore(int i) {
    int k = i - 1;
    while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '*' || t.charAt(k) == '_')) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = t.charAt(k);
    if (c == '\n' || c == '\r' || c == '(' || c == '[' || c == '【' || c == ':' || c == '|' || c == '>' || c == '#'
        || c == '\u2022' || c == '-') {
      return true;
    }
    if (c == ',' || c == ';' || c == '.' || c == '!' || c == '?') {
      return k == 0 || !isChineseChar(t.charAt(k - 1)) && k + 1 < i; // ", " in English, not a folded ，
    }
    return Characters.isWordChar(c) && c < 0x80 && k + 1 < i;
  }

  /** True if the Chinese segment ending at {@code end} is followed by what ends a title standing alone. */
  private boolean boundedAfter(int end) {
    if (end >= t.length()) {
      return true;
    }
    char c = t.charAt(end);
    if (c == '\n' || c == '\r' || c == ')' || c == ']' || c == '】' || c == '(' || c == '[') {
      return true; // an opening bracket the segment did not take in holds English: "ZH（EN）"
    }
    int k = end;
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k++;
    }
    if (k >= t.length() || t.charAt(k) == '\n' || t.charAt(k) == '\r') {
      return true;
    }
    char next = t.charAt(k);
    if (k > end) {
      return next == '(' || next == '[' || next < 0x80 && Character.isLetterOrDigit(next) || next == '-'
          || next == '|' || next == '*';
    }
    return (c == ',' || c == ';' || c == '.') && (end + 1 >= t.length() || t.charAt(end + 1) == ' '
        || t.charAt(end + 1) == '\n');
  }

  /** Where the Chinese text starting at {@code i} ends. */
  private int segmentEnd(int i) {
    int n = t.length();
    int j = i;
    while (j < n && j - i < ChineseTitleParser.MAX_TITLE) {
      char c = t.charAt(j);
      if (Characters.isHan(c) || isDigit(c) || "《》〈〉\"'、·+-~/%".indexOf(c) >= 0) {
        j++;
      } else if (c < 0x80 && Character.isLetter(c)) {
        int k = j;
        while (k < n && k - j < 12 && t.charAt(k) < 0x80 && Character.isLetterOrDigit(t.charAt(k))) {
          k++;
        }
        boolean attachedLeft = j > i && t.charAt(j - 1) != ' ';
        boolean attachedRight = k < n && (Characters.isHan(t.charAt(k)) || t.charAt(k) == ')');
        if (!attachedLeft && !attachedRight) {
          break;
        }
        j = k;
      } else if (c == '(' && j > i && t.charAt(j - 1) != ' ') {
        int close = closingBracket(j);
        if (close < 0) {
          break;
        }
        j = close + 1;
      } else if (c == ' ' || c == '\t') {
        int k = j;
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
          k++;
        }
        boolean joinsChinese = j > i && isChineseChar(t.charAt(j - 1)) && k < n
            && (Characters.isHan(t.charAt(k)) || t.charAt(k) == '《');
        if (!joinsChinese) {
          break;
        }
        j = k;
      } else {
        break;
      }
    }
    return j;
  }

  /** The bracket that closes the one at {@code open} on the same line, if its content is part of a title. */
  private int closingBracket(int open) {
    int depth = 0;
    for (int k = open; k < t.length() && k - open <= MAX_BRACKET_GROUP; k++) {
      char c = t.charAt(k);
      if (c == '\n') {
        return -1;
      }
      if (c == ' ' && (k > open + 1 && t.charAt(k - 1) < 0x80 && Character.isLetter(t.charAt(k - 1))
          || k + 1 < t.length() && t.charAt(k + 1) < 0x80 && Character.isLetter(t.charAt(k + 1)))) {
        return -1; // English words: a translation in brackets, not part of the Chinese title
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Trims what cannot end a title: spaces, a dangling quote or hyphen. */
  private int trimSegment(int s, int e) {
    int q = e;
    while (q > s && (t.charAt(q - 1) == ' ' || t.charAt(q - 1) == '-' || t.charAt(q - 1) == '/'
        || t.charAt(q - 1) == '、' || t.charAt(q - 1) == '"' && quotesBefore(s, q - 1) % 2 == 0)) {
      q--;
    }
    return q;
  }

  private int quotesBefore(int s, int q) {
    int count = 0;
    for (int k = s; k < q; k++) {
      if (t.charAt(k) == '"') {
        count++;
      }
    }
    return count;
  }

  // ---- marks ----------------------------------------------------------------------------------------------------

  private void marks(List<FoundTitle> found) {
    int from = 0;
    while (true) {
      int open = t.indexOf('《', from);
      if (open < 0) {
        return;
      }
      from = open + 1;
      int close = parser.closeMark(open, Math.min(t.length(), open + ChineseTitleParser.MAX_TITLE + 2));
      if (close < 0) {
        continue;
      }
      FoundTitle wrapped = wrappedMarks(open, close);
      if (wrapped != null) {
        found.add(wrapped);
        from = close + 1;
        continue;
      }
      ParsedTitle title = parser.parse(open + 1, close, true);
      if (title != null && (documentLike(title) || policyVerbBefore(open))) {
        int labelled = skipLabels(close + 1);
        ParsedTitle withLabels = labelled > close + 1 ? parser.parse(open, labelled, true) : null;
        if (withLabels != null) { // 《…》（征求意见稿）: the label belongs to the title, and the marks come with it
          found.add(new FoundTitle(open, labelled, withLabels, RULE_MARKS, 0.93));
        } else {
          found.add(new FoundTitle(open + 1, close, title, RULE_MARKS, 0.93));
        }
      }
      from = close + 1;
    }
  }

  /** 《…》 with a wrapper around it: 国务院关于印发《…》的通知, 关于对《…》公开征求意见的通知, 《…》解读. */
  private FoundTitle wrappedMarks(int open, int close) {
    int end = -1;
    int afterLabels = skipLabels(close + 1);
    for (String after : AFTER_MARKS) {
      if (t.startsWith(after, afterLabels)) {
        end = afterLabels + after.length();
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    for (String verb : ABOUT_VERBS) {
      int about = open - verb.length() - 2;
      if (about >= 0 && t.startsWith("关于", about) && t.startsWith(verb, about + 2)) {
        starts.add(issuerStart(about));
        starts.add(about);
        break;
      }
    }
    for (String lead : new String[] {"有关负责人就", "有关司局负责人就", "负责人就", "新闻发言人就", "就"}) {
      int at = open - lead.length();
      if (at > 0 && t.startsWith(lead, at) && issuers.endingAt(at) != null) {
        starts.add(issuerStart(at));
        break;
      }
    }
    starts.add(open);
    for (int start : starts) {
      ParsedTitle title = parser.parse(start, end, false);
      if (title != null) {
        return new FoundTitle(start, end, title, RULE_MARKS, 0.95);
      }
    }
    return null;
  }

  /**
   * True if a title in marks names a document: it has a head noun (…规划, …若干政策), a wrapper or issuers, or it is
   * a catalog title (中国制造2025). 《人民日报》 and 《求是》 name publications.
   */
  private boolean documentLike(ParsedTitle title) {
    return title.docType != DocumentType.OTHER || title.wrapperType != null || !title.issuerMentions.isEmpty()
        || !title.namedIssuers.isEmpty() || parser.isKnown(title.core)
        || HeadNouns.chineseHeadAt(title.core, 0, title.core.length()) != null;
  }

  private int skipLabels(int from) {
    int p = from;
    for (int round = 0; round < 3 && p < t.length() && t.charAt(p) == '('; round++) {
      int close = TitleLabels.indexOf(t, ')', p, p + 13);
      if (close < 0 || TitleLabels.draftLabel(t, p + 1, close) == null) {
        break;
      }
      p = close + 1;
    }
    return p;
  }

  private boolean policyVerbBefore(int open) {
    for (String verb : POLICY_VERBS) {
      for (int gap = 0; gap <= 2; gap++) {
        int at = open - gap - verb.length();
        if (at >= 0 && t.startsWith(verb, at) && (gap == 0 || "了的并和及".indexOf(t.charAt(open - 1)) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the issuers that end at {@code pos} begin (中共中央 国务院|关于, 工业和信息化部等十五部门|关于); pos if none. */
  private int issuerStart(int pos) {
    int start = pos;
    int p = pos;
    for (int guard = 0; guard < 30; guard++) {
      Mention body = issuers.endingAt(p);
      if (body == null) {
        break;
      }
      start = body.start();
      p = body.start();
      if (p > 0 && t.charAt(p - 1) == '等' && issuers.endingAt(p - 1) != null) {
        p--;
        continue;
      }
      int q = p;
      while (q > 0 && t.charAt(q - 1) == ' ') {
        q--;
      }
      if (q == p && q > 0 && "、和与".indexOf(t.charAt(q - 1)) >= 0) {
        q--;
      }
      if (q == p || issuers.endingAt(q) == null) {
        break;
      }
      p = q;
    }
    return start;
  }

  // ---- 关于 sentences --------------------------------------------------------------------------------------------

  private void aboutSentences(List<FoundTitle> found) {
    int from = 0;
    while (true) {
      int about = t.indexOf("关于", from);
      if (about < 0) {
        return;
      }
      from = about + 2;
      int clauseEnd = clauseEnd(about);
      int end = aboutEnd(about, clauseEnd);
      if (end < 0) {
        continue;
      }
      int start = issuerStart(about);
      ParsedTitle title = parser.parse(start, end, false);
      if (title == null && start != about) {
        start = about;
        title = parser.parse(start, end, false);
      }
      if (title != null) {
        found.add(new FoundTitle(start, end, title, RULE_ABOUT, 0.9));
      }
    }
  }

  /** The end of the clause that contains {@code from}, bounded by the longest title. */
  private int clauseEnd(int from) {
    int limit = Math.min(t.length(), from + ChineseTitleParser.MAX_TITLE);
    int marks = 0;
    int brackets = 0;
    for (int k = from; k < limit; k++) {
      char c = t.charAt(k);
      if (c == '《' || c == '〈') {
        marks++;
      } else if ((c == '》' || c == '〉') && marks > 0) {
        marks--;
      } else if (c == '(') {
        brackets++;
      } else if (c == ')' && brackets > 0) {
        brackets--;
      } else if (marks == 0 && ("。\n\r;!?:,)]】".indexOf(c) >= 0)) {
        return k;
      }
    }
    return limit;
  }

  /**
   * Where a title that starts with 关于 at {@code about} ends, before {@code clauseEnd}: after the first wrapper noun
   * (…的通知) for 关于印发…, otherwise after a head noun that follows a 的 — the first one not followed by another
   * 的 … head, so that 关于…的规划编制工作的通知 reads to the end, and …的意见要求各地制定实施方案 stops at 意见.
   */
  private int aboutEnd(int about, int clauseEnd) {
    int q = about + 2;
    boolean issuing = false;
    for (String verb : ABOUT_VERBS) {
      if (!verb.isEmpty() && !verb.equals("对") && t.startsWith(verb, q)) {
        issuing = true;
        break;
      }
    }
    if (issuing) {
      int depth = 0;
      for (int k = q; k < clauseEnd; k++) {
        char c = t.charAt(k);
        if (c == '《' || c == '〈') {
          depth++;
        } else if (c == '》' || c == '〉') {
          depth--;
        } else if (depth == 0) {
          for (String noun : WRAPPER_NOUNS) {
            if (t.startsWith(noun, k) && k + noun.length() <= clauseEnd) {
              return k + noun.length();
            }
          }
        }
      }
      return -1;
    }
    List<Integer> ends = new ArrayList<>();
    int firstDe = TitleLabels.indexOf(t, '的', q, clauseEnd);
    if (firstDe < 0) {
      return -1;
    }
    for (int k = firstDe + 2; k <= clauseEnd; k++) {
      if (!HeadNouns.mayEndChineseHead(t.charAt(k - 1))) {
        continue;
      }
      HeadNouns.Head head = HeadNouns.chineseHeadAt(t, firstDe + 1, k);
      if (head != null && head.type() != null && (k == clauseEnd || !continuesHead(k))) {
        ends.add(k);
      }
    }
    for (int i = 0; i < ends.size(); i++) {
      int end = ends.get(i);
      if (i + 1 == ends.size() || t.substring(end, ends.get(i + 1)).indexOf('的') < 0) {
        return withLabels(end);
      }
    }
    return -1;
  }

  /** True if the head noun ending at {@code k} is part of a longer word: 规划 in 规划师, 方案 in … (rare). */
  private boolean continuesHead(int k) {
    return k < t.length() && (t.charAt(k) == '师' || t.charAt(k) == '局' || t.charAt(k) == '司');
  }

  /** Extends a title end over draft labels in brackets right after it: …的通知(征求意见稿). */
  private int withLabels(int end) {
    int p = end;
    if (p < t.length() && t.charAt(p) == '(') {
      int close = TitleLabels.indexOf(t, ')', p, p + 13);
      if (close > 0 && TitleLabels.draftLabel(t, p + 1, close) != null) {
        p = close + 1;
      }
    }
    return p;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isChineseChar(char c) {
    return Characters.isHan(c) || c == '》' || c == '〉' || c == '"' || c == ')' || isDigit(c) || c == '、';
  }
}
