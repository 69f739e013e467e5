package org.sinoterm.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.TermRef;
import org.sinoterm.align.PolicyVocabulary;
import org.sinoterm.align.Segmentations;
import org.sinoterm.align.WordAligner;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.recognize.SpanIndex;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Occurrences;

/**
 * Recognizes bilingual terms written as parenthetical translations and links their two sides: "a “transportation
 * superpower” (交通强国)", "The “Two Zones” (两区)", "Beijing’s Pilot Free Trade Zone (北京自由贸易试验区)", "Rainbow
 * Simulation Technologies (无锡飞谱电子信息有限公司)", "交通强国 (transportation superpower)". Each side becomes a
 * {@link EntityType#TERM} entity with {@code TermRef[en, zh, score]}, and a TRANSLATION link goes from the English
 * one to the Chinese one.
 *
 * <p>The English side is chosen by {@link ParentheticalAligner}, and the pair is kept when its alignment score is
 * at least {@value #MIN_SCORE}. A company or institution name (Chinese ending in 公司, 集团, 研究院, …) rarely
 * aligns word by word ("Rainbow" is not 飞谱), so for those the capitalized words before the bracket are the
 * English name, with a lower confidence and the alignment's score as it is.
 *
 * <p>Brackets that other recognizers own are left alone: a Chinese side that an earlier mention covers whole (a
 * body of {@code AgencyPairs}, "Ministry of Commerce (商务部)"; a policy title of the title recognizer, which runs
 * before this one), and a Chinese side that is a title itself (inside 《》, or ending in a document type such as
 * 规划, 通知, 实施方案, possibly followed by a bracketed period or draft label).
 *
 * <p>Work is bounded per bracket (the content at most {@value ParentheticalAligner#MAX_BRACKET} characters, the
 * English window at most {@value ParentheticalAligner#MAX_WORDS} words). Immutable and thread-safe.
 */
public final class ParentheticalTerms implements Recognizer {

  /** The lowest alignment score of a pair that is kept. */
  public static final double MIN_SCORE = 0.3;
  private static final double NAME_CONFIDENCE = 0.6;
  private static final int MAX_NAME_WORDS = 8;
  private static final List<String> NAME_SUFFIXES = List.of("有限公司", "公司", "集团", "研究院", "研究所", "大学",
      "学院", "医院", "银行", "协会", "实验室", "工作室", "事务所", "基金会", "交易所");
  private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "de", "&");

  private final WordAligner aligner;
  private final ParentheticalAligner chooser;

  /** A recognizer on the given aligner (its dictionaries load when the first Chinese bracket is seen). */
  public ParentheticalTerms(WordAligner aligner) {
    this.aligner = aligner;
    this.chooser = new ParentheticalAligner(aligner);
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    String text = document.text().text();
    Occurrences brackets = new Occurrences(text, ParentheticalAligner.OPEN_BRACKETS);
    int first = brackets.next();
    if (first < 0) {
      return; // no bracket, nothing to pair: the earlier mentions need no index
    }
    SpanIndex earlier = SpanIndex.of(mentions.all());
    Segmentations memo = document.shared(Segmentations.IN_DOCUMENT);
    for (int open = first; open >= 0; open = brackets.next()) {
      int close = ParentheticalAligner.matchingClose(text, open);
      if (close < 0) {
        continue;
      }
      int start = open + 1;
      int end = close;
      while (start < end && isTrimmable(text.charAt(start))) {
        start++;
      }
      while (end > start && isTrimmable(text.charAt(end - 1))) {
        end--;
      }
      if (end - start < 2) {
        continue;
      }
      if (mostlyChinese(text, start, end)) {
        englishFirst(text, start, end, open, earlier, memo, mentions);
      } else if (!Characters.containsHan(text.substring(start, end))) {
        chineseFirst(text, open, earlier, memo, mentions);
      }
    }
  }

  private void englishFirst(String text, int zhStart, int zhEnd, int open, SpanIndex earlier, Segmentations memo,
      Mentions mentions) {
    if (hanCount(text, zhStart, zhEnd) < 2 || earlier.covers(zhStart, zhEnd) || isTitle(text, zhStart, zhEnd)) {
      return;
    }
    Optional<ParentheticalAligner.Pair> pair = chooser.englishBefore(text, zhStart, zhEnd, memo);
    if (pair.isPresent() && pair.get().score() >= MIN_SCORE) {
      add(text, pair.get().englishStart(), pair.get().englishEnd(), zhStart, zhEnd, pair.get().score(),
          confidence(pair.get().score()), mentions);
      return;
    }
    if (isInstitutionName(text.substring(zhStart, zhEnd))) {
      int nameStart = capitalizedRunBefore(text, open);
      int nameEnd = open;
      while (nameEnd > nameStart && text.charAt(nameEnd - 1) == ' ') {
        nameEnd--;
      }
      if (nameStart < nameEnd) {
        double score = aligner.scoreNormalized(text.substring(zhStart, zhEnd),
            text.substring(nameStart, nameEnd), memo);
        add(text, nameStart, nameEnd, zhStart, zhEnd, score, NAME_CONFIDENCE, mentions);
      }
    }
  }

  private void chineseFirst(String text, int open, SpanIndex earlier, Segmentations memo, Mentions mentions) {
    int zhEnd = open;
    while (zhEnd > 0 && (text.charAt(zhEnd - 1) == ' ' || text.charAt(zhEnd - 1) == '》'
        || text.charAt(zhEnd - 1) == '"')) {
      zhEnd--;
    }
    int zhStart = zhEnd;
    while (zhStart > 0 && open - zhStart < ParentheticalAligner.MAX_BRACKET && isChineseRunChar(text.charAt(zhStart - 1))) {
      zhStart--;
    }
    while (zhStart < zhEnd && !Characters.isHan(text.charAt(zhStart)) && text.charAt(zhStart) != '"') {
      zhStart++;
    }
    if (zhStart >= zhEnd || hanCount(text, zhStart, zhEnd) < 2 || earlier.covers(zhStart, zhEnd)
        || isTitle(text, zhStart, zhEnd) || (zhStart > 0 && text.charAt(zhStart - 1) == '《')) {
      return;
    }
    Optional<ParentheticalAligner.Pair> pair = chooser.englishAfter(text, zhStart, zhEnd, memo);
    if (pair.isPresent() && pair.get().score() >= MIN_SCORE) {
      add(text, pair.get().englishStart(), pair.get().englishEnd(), zhStart, zhEnd, pair.get().score(),
          confidence(pair.get().score()), mentions);
    }
  }

  private static void add(String text, int enStart, int enEnd, int zhStart, int zhEnd, double score,
      double confidence, Mentions mentions) {
    String en = text.substring(enStart, enEnd);
    String zh = stripQuotes(text.substring(zhStart, zhEnd));
    double rounded = Math.round(score * 1000) / 1000.0;
    TermRef value = new TermRef(en, zh, rounded);
    Mention english = new Mention(EntityType.TERM, enStart, enEnd, value, confidence, "parenthetical-term");
    Mention chinese = new Mention(EntityType.TERM, zhStart, zhEnd, value, confidence, "parenthetical-term");
    mentions.add(english);
    mentions.add(chinese);
    mentions.link(LinkType.TRANSLATION, english, chinese, Math.max(0, Math.min(1, rounded)));
  }

  private static double confidence(double score) {
    return Math.min(0.99, 0.5 + 0.5 * score);
  }

  /**
   * True if the Chinese is a document title: it has 《》, or it ends in a document type word once a trailing
   * bracket (a period, a draft label) is set aside. 交通强国 and 北京自由贸易试验区 are not; 数字经济领域"两区"建设工作方案
   * and 医疗装备产业发展规划(2021-2025年) are.
   */
  private boolean isTitle(String text, int start, int end) {
    String zh = text.substring(start, end);
    if (zh.indexOf('《') >= 0 || zh.indexOf('》') >= 0) {
      return true;
    }
    int e = zh.length();
    while (e > 0 && ParentheticalAligner.isCloseBracket(zh.charAt(e - 1))) {
      int depth = 0;
      int i = e - 1;
      for (; i >= 0; i--) {
        if (ParentheticalAligner.isCloseBracket(zh.charAt(i))) {
          depth++;
        } else if (ParentheticalAligner.isOpenBracket(zh.charAt(i)) && --depth == 0) {
          break;
        }
      }
      if (i <= 0) {
        break;
      }
      e = i;
    }
    PolicyVocabulary vocabulary = aligner.vocabulary();
    for (int length = 1; length <= Math.min(6, e); length++) {
      if (vocabulary.isDocumentType(zh.substring(e - length, e))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInstitutionName(String zh) {
    for (String suffix : NAME_SUFFIXES) {
      if (zh.endsWith(suffix) && zh.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /** The start of the run of capitalized words ending before {@code end}: "… company Rainbow Simulation Technologies (". */
  private static int capitalizedRunBefore(String text, int end) {
    int start = end;
    int words = 0;
    int i = end;
    while (words < MAX_NAME_WORDS) {
      int wordEnd = i;
      while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      if (i - wordEnd > 1) {
        break; // a gap of several spaces ends the name
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && isNameChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        break;
      }
      String word = text.substring(wordStart, wordEnd);
      if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
        start = wordStart;
        words++;
      } else if (!NAME_JOINERS.contains(word) || words == 0) {
        break;
      }
      i = wordStart;
    }
    return start;
  }

  private static boolean isNameChar(char c) {
    return Characters.isWordChar(c) || c == '-' || c == '\'' || c == '&' || c == '.';
  }

  private static boolean mostlyChinese(String text, int start, int end) {
    int han = 0;
    int latin = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.isHan(c)) {
        han++;
      } else if (c < 0x80 && Character.isLetter(c)) {
        latin++;
      }
    }
    return han > 0 && latin <= han;
  }

  private static int hanCount(String text, int start, int end) {
    int han = 0;
    for (int i = start; i < end; i++) {
      if (Characters.isHan(text.charAt(i))) {
        han++;
      }
    }
    return han;
  }

  /** What a Chinese term before a bracket may contain besides Han: quotes, 《》, digits, dots, dashes. */
  private static boolean isChineseRunChar(char c) {
    return Characters.isHan(c) || c == '"' || c == '《' || c == '》' || c == '·' || c == '、' || c == '-'
        || (c >= '0' && c <= '9') || c == '(' || c == ')' || c == '（' || c == '）';
  }

  private static boolean isTrimmable(char c) {
    return c == ' ' || c == '\t';
  }

  private static String stripQuotes(String zh) {
    int s = 0;
    int e = zh.length();
    while (s < e && (zh.charAt(s) == '"' || zh.charAt(s) == '\'')) {
      s++;
    }
    while (e > s && (zh.charAt(e - 1) == '"' || zh.charAt(e - 1) == '\'')) {
      e--;
    }
    return zh.substring(s, e);
  }
}
