package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sinoterm.DocumentType;
import org.sinoterm.DraftLabel;
import org.sinoterm.Entity;
import org.sinoterm.PolicyRef.Period;
import org.sinoterm.recognize.Mention;
import org.sinoterm.text.Characters;

/**
 * Parses a Chinese policy title, given exactly, by a small recursive grammar over normalized text:
 *
 * <pre>
 * title     := marked | issuers? ( "关于" about | verb marked | "就" marked "答记者问" ) | document
 * issuers   := body ( (" " | "、" | "和" | "与") body )* ( "等" collective )?      bodies are AGENCY mentions
 * about     := "对"? verb inner "的"? ("通知" | "公告" | "通告" | "决定")            关于印发…的通知
 *            | marked label* "公开"? "征求意见的" ("通知" | "公告" | "函")          关于《…》公开征求意见的通知
 *            | subject "的" … head label*                                        关于…的指导意见
 * document  := marked label* ("解读" | "答记者问")? | bare label* ("解读")?
 * bare      := text head                                    head: 规划, 行动计划, 意见, 条例, 法, … (HeadNouns)
 * label     := "(" (period | draft | edition | head) ")" | draft           (2021-2025年), (征求意见稿), 草案
 * marked    := "《" title "》" | "〈" title "〉"
 * </pre>
 *
 * <p>For {@code 十部门关于印发《"十四五"医疗装备产业发展规划》的通知} the parse is: issuers [十部门 (10)], wrapper
 * NOTICE, core {@code "十四五"医疗装备产业发展规划}, type PLAN, Five-Year Plan 14, period 2021–2025. Every
 * production reads a bounded piece of text and fails rather than guesses; the whole parse is linear in the title's
 * length times the small nesting depth of its marks.
 */
final class ChineseTitleParser {

  /** Titles longer than this are not titles but paragraphs. */
  static final int MAX_TITLE = 160;
  private static final int MAX_DEPTH = 4;
  private static final int MAX_ISSUERS = 30;
  /** A bare title whose head is a general word (政策, 建议, 报告) needs this many characters to be a title. */
  private static final int MIN_OTHER_TITLE = 6;

  /** Issuing verbs after 关于, longest first. */
  private static final String[] ISSUING_VERBS = {"印发修订后的", "修订印发", "发布实施", "公布施行", "印发", "发布", "转发",
    "颁布", "公布", "下发", "下达", "出台"};
  /** Verbs after an issuer in a headline: 中共中央 国务院印发《…》. */
  private static final String[] HEADLINE_VERBS = {"联合印发", "印发", "发布", "出台", "颁布", "公布", "转发"};
  /** Wrapper nouns that close 关于印发…, with the wrapper type each gives. */
  private static final List<Map.Entry<String, DocumentType>> WRAPPER_ENDS = List.of(
      Map.entry("的通知", DocumentType.NOTICE), Map.entry("的公告", DocumentType.NOTICE),
      Map.entry("的通告", DocumentType.NOTICE), Map.entry("的决定", DocumentType.DECISION),
      Map.entry("的函", DocumentType.NOTICE), Map.entry("通知", DocumentType.NOTICE));
  /** Calls for comments after a marked title: 关于《…》公开征求意见的通知. */
  private static final String[] COMMENT_CALLS = {"公开征求意见的通知", "征求意见的通知", "公开征求意见的公告", "征求意见的公告",
    "征求意见的函", "公开征求意见"};
  /** Wrappers after a document: 《…》解读, 有关负责人就《…》答记者问. */
  private static final String[] EXPLANATIONS = {"政策解读", "的解读", "解读", "答记者问", "回答记者提问", "答问"};
  /** What lies between an issuer and a Q&A: 工业和信息化部有关负责人就《…》答记者问. */
  private static final String[] SPOKESPERSON = {"有关负责人就", "有关司局负责人就", "负责人就", "新闻发言人就", "就"};
  /** The last characters of a body's name, for issuers the dictionary does not know: 国务院反垄断委员会. */
  private static final String[] BODY_ENDS = {"委员会", "领导小组", "办公室", "人民政府", "政府", "小组", "委", "局", "部", "厅",
    "署", "院", "会", "办"};
  /** "And other bodies" after the named issuers: 国家发展改革委等部门关于…. */
  private static final String[] AND_OTHERS = {"等有关部门", "等相关部门", "等部门", "等单位"};
  /** Characters no title contains: particles and pronouns of running prose. */
  private static final String NOT_IN_TITLES = "了吗呢吧啊我你他她它很这那是称说";

  private final String t;
  private final IssuerIndex issuers;
  private final Predicate<String> knownTitle;

  /**
   * @param t the normalized text
   * @param issuers the Chinese bodies of the text
   * @param knownTitle whether a string is the title of a catalog policy (中国制造2025), which needs no head noun
   */
  ChineseTitleParser(String t, IssuerIndex issuers, Predicate<String> knownTitle) {
    this.t = t;
    this.issuers = issuers;
    this.knownTitle = knownTitle;
  }

  /**
   * Parses {@code t[start, end)} as one whole title; null if it is not one. {@code bareAllowed} admits a title
   * without issuer, wrapper or marks (医疗装备产业发展规划), which only a bounded context such as a bracket in English
   * text makes believable.
   */
  ParsedTitle parse(int start, int end, boolean bareAllowed) {
    int s = skipSpaces(start, end);
    int e = trimEnd(s, end);
    if (e - s < 2 || e - s > MAX_TITLE) {
      return null;
    }
    ParsedTitle title = title(s, e, 0, bareAllowed, bareAllowed, false);
    return title == null ? null : title.completePeriod();
  }

  /** The index of the mark that closes the 《 or 〈 at {@code open}, or -1 if it is not closed before {@code limit}. */
  int closeMark(int open, int limit) {
    int depth = 0;
    for (int i = open; i < limit && i - open <= MAX_TITLE; i++) {
      char c = t.charAt(i);
      if (c == '《' || c == '〈') {
        depth++;
      } else if (c == '》' || c == '〉') {
        depth--;
        if (depth == 0) {
          return (t.charAt(open) == '《') == (c == '》') ? i : -1;
        }
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private ParsedTitle title(int s, int e, int depth, boolean bareAllowed, boolean unknownIssuerAllowed,
      boolean marked) {
    if (depth > MAX_DEPTH || s >= e) {
      return null;
    }
    if (isOpenMark(t.charAt(s)) && closeMark(s, e) == e - 1) {
      return title(s + 1, e - 1, depth + 1, true, true, true);
    }
    List<Mention> chain = new ArrayList<>();
    List<String> named = new ArrayList<>();
    int p = issuerChain(s, e, chain, named, unknownIssuerAllowed);
    boolean hasIssuers = !chain.isEmpty() || !named.isEmpty();
    if (hasIssuers && t.startsWith("联合", p) && !t.startsWith("联合印发", p)) {
      p += 2;
    }
    ParsedTitle result;
    if (t.startsWith("关于", p)) {
      result = about(p, e, depth);
    } else if (hasIssuers) {
      result = headline(p, e, depth, bareAllowed);
      if (result == null) {
        result = questionsAndAnswers(p, e, depth);
      }
      if (result == null && startingWord(p, HEADLINE_VERBS) == null && startingWord(p, SPOKESPERSON) == null) {
        // The "issuer" is the first word of a name (国务院国资委…规划 is rare, 国家…纲要 common): no issuers after all.
        return document(s, e, depth, marked, bareAllowed);
      }
    } else {
      result = document(s, e, depth, marked, bareAllowed);
    }
    if (result != null) {
      result.issuerMentions.addAll(0, chain);
      result.namedIssuers.addAll(0, named);
    }
    return result;
  }

  /**
   * Reads the issuers at {@code s}: bodies joined by spaces, 、, 和 or 与, ending with 等 and a collective
   * (工业和信息化部等十五部门). Returns where the issuers end ({@code s} if there are none).
   */
  private int issuerChain(int s, int e, List<Mention> chain, List<String> named, boolean unknownAllowed) {
    int p = s;
    while (chain.size() + named.size() < MAX_ISSUERS) {
      Mention body = issuers.startingAt(p);
      int bodyEnd;
      if (body != null && body.end() <= e) {
        bodyEnd = body.end();
        int extended = unknownBodyEnd(p, bodyEnd, e);
        if (extended > bodyEnd) { // 国务院 + 反垄断委员会: a body the dictionary does not know, named after its parent
          named.add(t.substring(p, extended));
          bodyEnd = extended;
        } else {
          chain.add(body);
        }
      } else if (unknownAllowed && chain.isEmpty() && named.isEmpty()) {
        bodyEnd = unknownBodyEnd(p, p, e);
        if (bodyEnd == p) {
          return s;
        }
        named.add(t.substring(p, bodyEnd));
      } else {
        break;
      }
      p = bodyEnd;
      for (String others : AND_OTHERS) {
        if (t.startsWith(others, p)) {
          return p + others.length(); // 国家发展改革委等部门: more bodies, not counted
        }
      }
      if (t.startsWith("等", p)) {
        Mention collective = issuers.startingAt(p + 1);
        if (collective != null && collective.end() <= e && isCollective(collective)) {
          chain.add(collective);
          return collective.end();
        }
      }
      int next = skipSeparator(p, e);
      if (next == p || issuers.startingAt(next) == null) {
        break;
      }
      p = next;
    }
    return p;
  }

  /**
   * Where a body the dictionary does not know ends, if {@code t[from, …)} is a run of Han characters that ends in a
   * body's last word (委员会, 局, 部, …) right before 关于 or 印发; {@code knownEnd} otherwise.
   */
  private int unknownBodyEnd(int from, int knownEnd, int e) {
    int limit = Math.min(e, from + 24);
    for (int i = knownEnd; i < limit; i++) {
      char c = t.charAt(i);
      if (t.startsWith("关于", i) || t.startsWith("印发", i)) {
        if (i > knownEnd && i - from >= 3 && endsWithBodyWord(from, i)) {
          return i;
        }
        return knownEnd;
      }
      if (!Characters.isHan(c) || NOT_IN_TITLES.indexOf(c) >= 0 || c == '的') {
        return knownEnd;
      }
    }
    return knownEnd;
  }

  private boolean endsWithBodyWord(int start, int end) {
    for (String word : BODY_ENDS) {
      if (end - start > word.length() && t.startsWith(word, end - word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCollective(Mention mention) {
    return ((org.sinoterm.AgencyRef) mention.value()).count() != null;
  }

  private int skipSeparator(int p, int e) {
    int q = p;
    while (q < e && t.charAt(q) == ' ') {
      q++;
    }
    if (q > p) {
      return q;
    }
    if (q < e && (t.charAt(q) == '、' || t.charAt(q) == '和' || t.charAt(q) == '与' || t.charAt(q) == ',')) {
      return q + 1;
    }
    return p;
  }

  /** 关于… at {@code p}. */
  private ParsedTitle about(int p, int e, int depth) {
    int q = p + 2;
    if (q < e && t.charAt(q) == '对' && q + 1 < e && isOpenMark(t.charAt(q + 1))) {
      q++;
    }
    String verb = startingWord(q, ISSUING_VERBS);
    if (verb != null) {
      int innerStart = q + verb.length();
      for (Map.Entry<String, DocumentType> wrapper : WRAPPER_ENDS) {
        String end = wrapper.getKey();
        if (e - innerStart > end.length() && t.startsWith(end, e - end.length())) {
          ParsedTitle inner = inner(innerStart, e - end.length(), depth);
          if (inner != null) {
            return inner.wrappedIn(wrapper.getValue());
          }
        }
      }
      return null;
    }
    if (q < e && isOpenMark(t.charAt(q))) {
      int close = closeMark(q, e);
      if (close < 0) {
        return null;
      }
      ParsedTitle inner = title(q + 1, close, depth + 1, true, true, true);
      if (inner == null) {
        return null;
      }
      int r = labels(close + 1, e, inner);
      for (String call : COMMENT_CALLS) {
        if (r + call.length() == e && t.startsWith(call, r)) {
          inner.forComment = true;
          return inner.wrappedIn(DocumentType.NOTICE);
        }
      }
      if (r + 3 == e && (t.startsWith("的通知", r) || t.startsWith("的公告", r))) {
        return inner.wrappedIn(DocumentType.NOTICE);
      }
      if (r + 3 == e && t.startsWith("的解读", r)) {
        return inner.wrappedIn(DocumentType.INTERPRETATION);
      }
      return null;
    }
    // 关于 + subject + 的 + head: the title names its own document.
    ParsedTitle labelsOnly = new ParsedTitle(Entity.ZH, "-", DocumentType.OTHER);
    int headEnd = trailingLabels(q, e, labelsOnly);
    HeadNouns.Head head = HeadNouns.chineseHeadAt(t, q, headEnd);
    if (head == null || head.type() == null || !isTitleText(q, headEnd)) {
      return null;
    }
    if (headEnd - head.text().length() - q < 2) {
      return null; // 关于规划: a preposition and a word, no subject
    }
    ParsedTitle title = new ParsedTitle(Entity.ZH, t.substring(p, headEnd), head.type());
    title.draftLabel = labelsOnly.draftLabel;
    title.period = labelsOnly.period != null ? labelsOnly.period : TitleLabels.chinesePeriodInside(t, q, headEnd);
    title.fyp = TitleLabels.chineseFiveYearPlan(t, q, headEnd);
    return title;
  }

  /** The document inside 关于印发…的通知: marked or bare, and itself possibly a whole title (转发…关于…的意见). */
  private ParsedTitle inner(int s, int e, int depth) {
    int start = skipSpaces(s, e);
    int end = trimEnd(start, e);
    if (end <= start) {
      return null;
    }
    return title(start, end, depth + 1, true, false, false);
  }

  /**
   * An issuer and a verb: 中共中央 国务院印发《…》, 国务院办公厅印发…的通知. Without a wrapper noun after the marks the
   * verb is only a title where the words stand alone ({@code standsAlone}: a headline line, a bracket); in a
   * sentence (生态环境部发布《…》，自…起施行) it is the sentence's verb, and the title is what the marks hold.
   */
  private ParsedTitle headline(int p, int e, int depth, boolean standsAlone) {
    String verb = startingWord(p, HEADLINE_VERBS);
    if (verb == null) {
      return null;
    }
    int q = p + verb.length();
    if (q < e && isOpenMark(t.charAt(q))) {
      int close = closeMark(q, e);
      if (close < 0) {
        return null;
      }
      ParsedTitle inner = title(q + 1, close, depth + 1, true, true, true);
      if (inner == null) {
        return null;
      }
      int r = labels(close + 1, e, inner);
      if (r == e) {
        return standsAlone ? inner.wrappedIn(DocumentType.OTHER) : null;
      }
      if (r + 3 == e && (t.startsWith("的通知", r) || t.startsWith("的公告", r))) {
        return inner.wrappedIn(DocumentType.NOTICE);
      }
      return null;
    }
    if (e - q > 3 && t.startsWith("的通知", e - 3)) {
      ParsedTitle inner = inner(q, e - 3, depth);
      return inner == null ? null : inner.wrappedIn(DocumentType.NOTICE);
    }
    return null;
  }

  /** 工业和信息化部有关负责人就《…》答记者问. */
  private ParsedTitle questionsAndAnswers(int p, int e, int depth) {
    String lead = startingWord(p, SPOKESPERSON);
    if (lead == null) {
      return null;
    }
    int q = p + lead.length();
    if (q >= e || !isOpenMark(t.charAt(q))) {
      return null;
    }
    int close = closeMark(q, e);
    if (close < 0) {
      return null;
    }
    String rest = t.substring(close + 1, e);
    if (!rest.equals("答记者问") && !rest.equals("回答记者提问") && !rest.equals("答问")) {
      return null;
    }
    ParsedTitle inner = title(q + 1, close, depth + 1, true, true, true);
    return inner == null ? null : inner.wrappedIn(DocumentType.INTERPRETATION);
  }

  /** A title that is not introduced by 关于: marked or bare, with labels and perhaps an explanation (解读). */
  private ParsedTitle document(int s, int e, int depth, boolean marked, boolean bareAllowed) {
    for (String explanation : EXPLANATIONS) {
      if (e - s > explanation.length() + 1 && t.startsWith(explanation, e - explanation.length())) {
        int innerEnd = e - explanation.length();
        boolean innerMarked = isCloseMark(t.charAt(innerEnd - 1));
        if (innerMarked || bareAllowed) {
          ParsedTitle inner = document(s, innerEnd, depth + 1, false, bareAllowed);
          if (inner != null && (innerMarked || inner.docType != DocumentType.OTHER)) {
            return inner.wrappedIn(DocumentType.INTERPRETATION);
          }
        }
      }
    }
    if (isOpenMark(t.charAt(s))) {
      int close = closeMark(s, e);
      if (close < 0) {
        return null;
      }
      ParsedTitle inner = title(s + 1, close, depth + 1, true, true, true);
      if (inner == null || labels(close + 1, e, inner) != e) {
        return null;
      }
      return inner;
    }
    if (!marked && !bareAllowed) {
      return null;
    }
    ParsedTitle labelsOnly = new ParsedTitle(Entity.ZH, "-", DocumentType.OTHER);
    int q = trailingLabels(s, e, labelsOnly);
    if (q - s < 2 || !isTitleText(s, q)) {
      return null;
    }
    HeadNouns.Head head = HeadNouns.chineseHeadAt(t, s, q);
    DocumentType type = head == null ? null : head.type();
    String core = t.substring(s, q);
    if (type != null && q - s <= head.text().length() && !knownTitle.test(core)) {
      return null; // 《规划》, 《意见》: a short name for a title given earlier, not a title
    }
    if (!marked && type != null && (q - s < head.text().length() + 2
        || type == DocumentType.OTHER && q - s < MIN_OTHER_TITLE)) {
      type = null; // 规划 alone, or 产业政策: a word, not a title
    }
    if (type == null) {
      if (!marked && !knownTitle.test(core)) {
        return null;
      }
      type = DocumentType.OTHER;
    }
    if (labelsOnly.docType != DocumentType.OTHER) {
      type = labelsOnly.docType; // 外商投资准入特别管理措施（负面清单）: the bracket says what the document is
    }
    ParsedTitle title = new ParsedTitle(Entity.ZH, core, type);
    title.draftLabel = labelsOnly.draftLabel;
    title.period = labelsOnly.period != null ? labelsOnly.period : TitleLabels.chinesePeriodInside(t, s, q);
    title.fyp = TitleLabels.chineseFiveYearPlan(t, s, q);
    return title;
  }

  /**
   * Reads labels after a closing mark: {@code 》(征求意见稿)}, {@code 》（试行）}. Returns where they end; labels that
   * are not draft labels end the reading.
   */
  private int labels(int from, int e, ParsedTitle title) {
    int p = from;
    for (int round = 0; round < 4 && p < e && t.charAt(p) == '('; round++) {
      int close = TitleLabels.indexOf(t, ')', p, e);
      if (close < 0) {
        break;
      }
      DraftLabel label = TitleLabels.draftLabel(t, p + 1, close);
      if (label == null) {
        break;
      }
      title.addLabel(label);
      p = close + 1;
    }
    return p;
  }

  /**
   * Strips the labels at the end of a bare title, right to left: bracketed periods, draft labels, editions
   * (2022年版), a document type (负面清单), an amendment's number after 修正案 (十一), and an unbracketed 草案 or
   * 征求意见稿. Records them in {@code into} and returns where the title proper ends.
   */
  private int trailingLabels(int s, int e, ParsedTitle into) {
    int q = e;
    for (int round = 0; round < 5 && q - s > 2; round++) {
      if (t.charAt(q - 1) == ')') {
        int open = openingBracket(s, q - 1);
        if (open <= s) {
          break;
        }
        Period period = TitleLabels.period(t, open + 1, q - 1);
        DraftLabel label = TitleLabels.draftLabel(t, open + 1, q - 1);
        if (period != null) {
          if (into.period == null) {
            into.period = period;
          }
        } else if (label != null) {
          into.addLabel(label);
        } else if (isEdition(open + 1, q - 1)) {
          // 2022年版: which edition, not the years it covers
        } else if (isNumeral(open + 1, q - 1) && t.startsWith("修正案", open - 3)) {
          // 刑法修正案（十一）: the amendment's number
        } else {
          HeadNouns.Head head = HeadNouns.chineseHeadAt(t, open + 1, q - 1);
          if (head == null || head.type() == null || q - 1 - (open + 1) > 6) {
            break;
          }
          into.docType = head.type();
        }
        q = open;
        continue;
      }
      Map.Entry<String, DraftLabel> suffix = TitleLabels.chineseDraftSuffix(t, s, q);
      if (suffix != null && q - suffix.getKey().length() - s >= 3) {
        into.addLabel(suffix.getValue());
        q -= suffix.getKey().length();
        continue;
      }
      break;
    }
    return trimEnd(s, q);
  }

  private int openingBracket(int s, int close) {
    int depth = 0;
    for (int i = close; i >= s && close - i <= 40; i--) {
      char c = t.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private boolean isEdition(int s, int e) {
    String content = t.substring(s, e);
    return content.matches("[0-9]{4}年(?:版|本|修订版|修订|修正|修正版)");
  }

  private boolean isNumeral(int s, int e) {
    if (e <= s || e - s > 4) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (org.sinoterm.quantity.ChineseNumber.digit(t.charAt(i)) < 0 && t.charAt(i) != '十') {
        return false;
      }
    }
    return true;
  }

  /** True if {@code t[s, e)} is free of the particles and pronouns of running prose, and of sentence breaks. */
  private boolean isTitleText(int s, int e) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (NOT_IN_TITLES.indexOf(c) >= 0 || c == '。' || c == '\n' || c == ';' || c == '!' || c == '?') {
        return false;
      }
    }
    return true;
  }

  private String startingWord(int p, String[] words) {
    for (String word : words) {
      if (t.startsWith(word, p)) {
        return word;
      }
    }
    return null;
  }

  /** True if {@code core} is the title of a catalog policy (中国制造2025). */
  boolean isKnown(String core) {
    return knownTitle.test(core);
  }

  static boolean isOpenMark(char c) {
    return c == '《' || c == '〈';
  }

  static boolean isCloseMark(char c) {
    return c == '》' || c == '〉';
  }

  private int skipSpaces(int s, int e) {
    int p = s;
    while (p < e && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private int trimEnd(int s, int e) {
    int q = e;
    while (q > s && (t.charAt(q - 1) == ' ' || t.charAt(q - 1) == '\t')) {
      q--;
    }
    return q;
  }
}
