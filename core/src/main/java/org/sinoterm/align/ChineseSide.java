package org.sinoterm.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sinoterm.Alignment.Evidence;
import org.sinoterm.quantity.ChineseNumber;
import org.sinoterm.text.Characters;
import org.sinoterm.text.HanLpSegmenter;

/**
 * The Chinese side of an alignment: its words ("units"), each with its offsets, its weight and the English it may
 * render as. 十部门关于印发《"十四五"医疗装备产业发展规划》的通知 → 十 (NUMBER 10, issuer), 部门 (issuer), 关于 (function),
 * 印发 (wrapper), 十四五 (FIVE_YEAR_PLAN), 医疗装备, 产业, 发展, 规划, 的 (function), 通知 (wrapper).
 *
 * <p>Words come from HanLP's segmentation, merged greedily left to right into the longest word that the policy
 * vocabulary knows, else the longest that CC-CEDICT knows, as long as it ends where a HanLP word ends. Digits and
 * Chinese numerals are numbers, four-digit ones with 年 years; Latin letters are literals. A title's wrapper and
 * issuer — everything outside 《》, or before 关于 and the 印发 and 通知 around the inner title — are its
 * <em>frame</em>: the English often leaves them out, so they weigh a fifth.
 */
final class ChineseSide {

  /** What a unit is. */
  enum Kind { WORD, NUMBER, YEAR, LITERAL, FIVE_YEAR_PLAN }

  /** A possible rendering of a unit: dictionary forms, with the evidence and strength a match gives. */
  record Translation(List<EnglishForm> forms, Evidence evidence, double strength) {
  }

  /**
   * One Chinese word.
   *
   * @param start offset in the (normalized) Chinese text
   * @param weight what the unit counts in the Chinese coverage
   * @param translations dictionary renderings
   * @param number the value of a NUMBER or YEAR, else -1
   * @param pinyin the pinyin to compare with English names, or null
   * @param parts the unit cut into dictionary words, to try when the whole finds no counterpart; empty if none
   */
  record Unit(String text, int start, int end, Kind kind, double weight, List<Translation> translations,
      long number, String pinyin, List<Unit> parts, int contentSize) {
    Unit {
      translations = List.copyOf(translations);
      parts = List.copyOf(parts);
    }

    Unit withWeight(double newWeight) {
      return new Unit(text, start, end, kind, newWeight, translations, number, pinyin, parts, contentSize);
    }
  }

  static final double FRAME_FACTOR = 0.2;
  private static final int MAX_CHARS_WEIGHED = 4;
  private static final double LEXICON_STRENGTH = 0.85;
  private static final double PINYIN_STRENGTH = 0.9;
  /** Verbs that wrap the title of another document: 关于印发《…》的通知. */
  private static final Set<String> WRAPPER_VERBS = Set.of("印发", "转发", "发布", "公布", "颁布", "下达", "印送");
  /** Characters that may follow a two-character Five-Year-Plan form (十五, 九五) so that it is one. */
  private static final String FYP_FOLLOWERS = "规计时期末以";

  private final String text;
  private final List<Unit> units;

  private ChineseSide(String text, List<Unit> units) {
    this.text = text;
    this.units = List.copyOf(units);
  }

  String text() {
    return text;
  }

  List<Unit> units() {
    return units;
  }

  /** Reads a normalized Chinese text. Linear in its length (times the longest dictionary word). */
  static ChineseSide read(String text, PolicyVocabulary vocabulary, Lexicon lexicon, HanLpSegmenter segmenter,
      Segmentations segmentations) {
    Reader reader = new Reader(text, vocabulary, lexicon, segmenter, segmentations);
    reader.scan();
    return new ChineseSide(text, reader.frame());
  }

  /** One pass over the text. */
  private static final class Reader {
    private final String text;
    private final PolicyVocabulary vocabulary;
    private final Lexicon lexicon;
    private final HanLpSegmenter segmenter;
    private final Segmentations segmentations;
    private final List<Unit> units = new ArrayList<>();
    private final List<Boolean> inTitleMarks = new ArrayList<>();
    private final HeadwordTrie.Matches<PolicyVocabulary.Entry> vocabularyWords = new HeadwordTrie.Matches<>();
    private final HeadwordTrie.Matches<Lexicon.Entry> lexiconWords = new HeadwordTrie.Matches<>();
    private boolean sawTitleMarks;
    private int titleDepth;

    Reader(String text, PolicyVocabulary vocabulary, Lexicon lexicon, HanLpSegmenter segmenter,
        Segmentations segmentations) {
      this.text = text;
      this.vocabulary = vocabulary;
      this.lexicon = lexicon;
      this.segmenter = segmenter;
      this.segmentations = segmentations;
    }

    void scan() {
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9' && !startsLiteral(i)) {
          i = digits(i);
        } else if (Characters.isHan(c)) {
          int end = i + 1;
          while (end < n && Characters.isHan(text.charAt(end))) {
            end++;
          }
          hanRun(i, end);
          i = end;
        } else if (Characters.isWordChar(c)) {
          int end = i + 1;
          while (end < n && Characters.isWordChar(text.charAt(end)) && !Characters.isHan(text.charAt(end))) {
            end++;
          }
          String word = text.substring(i, end);
          add(new Unit(word, i, end, Kind.LITERAL, 2.0, List.of(), -1, null, List.of(), 1));
          i = end;
        } else {
          if (c == '《') {
            titleDepth++;
            sawTitleMarks = true;
          } else if (c == '》' && titleDepth > 0) {
            titleDepth--;
          }
          i++;
        }
      }
    }

    /** True if the digits at {@code i} run into Latin letters: 5G, 3D. */
    private boolean startsLiteral(int i) {
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      return end < text.length() && text.charAt(end) < 0x80 && Character.isLetter(text.charAt(end));
    }

    private void add(Unit unit) {
      units.add(unit);
      inTitleMarks.add(titleDepth > 0);
    }

    /** 2021, 2021年, 2021年度, 1.5. */
    private int digits(int from) {
      int n = text.length();
      int end = from;
      while (end < n && (Character.isDigit(text.charAt(end)) && text.charAt(end) < 0x80
          || text.charAt(end) == '.' && end + 1 < n && text.charAt(end + 1) >= '0' && text.charAt(end + 1) <= '9')) {
        end++;
      }
      String digits = text.substring(from, end);
      long value = -1;
      if (digits.indexOf('.') < 0 && digits.length() <= 12) {
        value = Long.parseLong(digits);
      }
      boolean year = digits.length() == 4 && value >= 1900 && value <= 2100;
      int unitEnd = end;
      if (unitEnd < n && text.charAt(unitEnd) == '年') {
        unitEnd++;
        if (unitEnd < n && text.charAt(unitEnd) == '度') {
          unitEnd++;
        }
      }
      if (!year) {
        unitEnd = end;
      }
      add(new Unit(text.substring(from, unitEnd), from, unitEnd, year ? Kind.YEAR : Kind.NUMBER, 2.0, List.of(),
          value, null, List.of(), 2));
      return unitEnd;
    }

    /** A run of Han characters: HanLP's words, merged by the dictionaries. */
    private void hanRun(int from, int to) {
      String run = text.substring(from, to);
      WordEnds wordEnds = new WordEnds(run, segmenter, segmentations);
      int p = 0;
      while (p < run.length()) {
        p = next(run, from, p, wordEnds);
      }
    }

    /**
     * Adds the unit that starts at {@code p} of the run and returns where it ends: the longest vocabulary word,
     * Five-Year Plan, lexicon word or number there, of those that end where a HanLP word ends.
     */
    private int next(String run, int offset, int p, WordEnds wordEnds) {
      int length = run.length();
      vocabulary.entriesAt(run, p, length, vocabularyWords);
      lexicon.headwordsAt(run, p, length, lexiconWords);
      int numberEnd = p;
      while (numberEnd < length && ChineseNumber.isNumeralChar(run.charAt(numberEnd))) {
        numberEnd++;
      }
      while (numberEnd > p && ChineseNumber.parse(run.substring(p, numberEnd)) == null) {
        numberEnd--;
      }
      // The run's end is always a word end. A candidate that ends inside the run can only win when nothing that
      // would be chosen before it reaches the end, and only then is HanLP asked where its words end.
      boolean lexiconReachesEnd = lexiconWords.size() > 0 && lexiconWords.end(lexiconWords.size() - 1) == length;
      boolean vocabularyInsideMatters = numberEnd < length && !lexiconReachesEnd;
      int vocabularyEnd = -1;
      int fypEnd = -1;
      PolicyVocabulary.Entry vocabularyEntry = null;
      for (int i = vocabularyWords.size() - 1; i >= 0; i--) {
        int q = vocabularyWords.end(i);
        if (q != length && !(vocabularyInsideMatters && wordEnds.contains(q))) {
          continue;
        }
        PolicyVocabulary.Entry entry = vocabularyWords.entry(i);
        if (entry.role() == PolicyVocabulary.Role.FIVE_YEAR_PLAN) {
          if (q - p >= 3 || fiveYearPlanContext(offset + p, offset + q)) {
            fypEnd = q;
            vocabularyEntry = entry;
            break;
          }
          continue;
        }
        vocabularyEnd = q;
        vocabularyEntry = entry;
        break;
      }
      boolean lexiconInsideMatters = numberEnd < length && vocabularyEnd < length && fypEnd < length;
      int lexiconEnd = -1;
      for (int i = lexiconWords.size() - 1; i >= 0; i--) {
        int q = lexiconWords.end(i);
        if (q == length || lexiconInsideMatters && wordEnds.contains(q)) {
          lexiconEnd = q;
          break;
        }
      }
      int best = Math.max(Math.max(vocabularyEnd, fypEnd), Math.max(lexiconEnd, numberEnd));
      if (best <= p) {
        int q = wordEnds.next(p + 1);
        String word = run.substring(p, q);
        add(word(word, offset + p, offset + q, null, null)); // not a headword, or it would end at q or later
        return q;
      }
      if (fypEnd == best) {
        String word = run.substring(p, fypEnd);
        add(new Unit(word, offset + p, offset + fypEnd, Kind.FIVE_YEAR_PLAN,
            vocabularyEntry.role().weight() * Math.min(word.length(), MAX_CHARS_WEIGHED),
            List.of(new Translation(fiveYearForms(vocabularyEntry.forms()), Evidence.FIVE_YEAR_PLAN, 1.0)), -1,
            null, List.of(), word.length()));
        return fypEnd;
      }
      if (vocabularyEnd == best) {
        String word = run.substring(p, vocabularyEnd);
        add(word(word, offset + p, offset + vocabularyEnd, vocabularyEntry, headwordEndingAt(vocabularyEnd)));
        return vocabularyEnd;
      }
      if (numberEnd == best) {
        return number(run, offset, p, numberEnd);
      }
      String word = run.substring(p, lexiconEnd);
      add(word(word, offset + p, offset + lexiconEnd, null, headwordEndingAt(lexiconEnd)));
      return lexiconEnd;
    }

    /** The lexicon's headword among those just found that ends at {@code end}, or null. */
    private Lexicon.Entry headwordEndingAt(int end) {
      for (int i = lexiconWords.size() - 1; i >= 0; i--) {
        if (lexiconWords.end(i) == end) {
          return lexiconWords.entry(i);
        }
      }
      return null;
    }

    /** 十 (10), 两 (2), 二〇二一年 (the year 2021). */
    private int number(String run, int offset, int p, int end) {
      String numeral = run.substring(p, end);
      BigDecimal value = ChineseNumber.parse(numeral);
      long number = value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? value.longValue() : -1;
      boolean digitByDigit = numeral.length() == 4 && numeral.chars().allMatch(ch -> ChineseNumber.digit((char) ch) >= 0);
      if (digitByDigit && number >= 1900 && number <= 2100 && end < run.length() && run.charAt(end) == '年') {
        int unitEnd = end + 1 < run.length() && run.charAt(end + 1) == '度' ? end + 2 : end + 1;
        add(new Unit(run.substring(p, unitEnd), offset + p, offset + unitEnd, Kind.YEAR, 2.0, List.of(), number,
            null, List.of(), 2));
        return unitEnd;
      }
      add(new Unit(numeral, offset + p, offset + end, Kind.NUMBER, Math.min(numeral.length(), 2), List.of(), number,
          null, List.of(), 1));
      return end;
    }

    /** A word unit with its vocabulary entry and lexicon headword (or nulls), lexicon forms, pinyin and parts. */
    private Unit word(String word, int start, int end, PolicyVocabulary.Entry entry, Lexicon.Entry headword) {
      List<Translation> translations = new ArrayList<>();
      double weight = Math.min(word.length(), MAX_CHARS_WEIGHED);
      int contentSize = word.length();
      if (entry != null) {
        translations.add(new Translation(entry.forms(), entry.evidence(), 1.0));
        weight *= entry.role().weight();
        if (entry.role() == PolicyVocabulary.Role.FUNCTION) {
          contentSize = 0;
        }
      }
      List<EnglishForm> lexiconForms = headword == null ? List.of() : headword.forms();
      if (!lexiconForms.isEmpty() && (entry == null || entry.role() != PolicyVocabulary.Role.FUNCTION)) {
        translations.add(new Translation(lexiconForms, Evidence.LEXICON, LEXICON_STRENGTH));
      }
      String pinyin = null;
      if (word.length() >= 2 && weight > 0) {
        // Read once per dictionary word, since HanLP's reading costs as much as the rest of the word's unit.
        if (headword != null) {
          pinyin = headword.pinyin(word, segmenter);
        } else if (entry != null) {
          pinyin = entry.pinyin(segmenter);
        } else {
          pinyin = segmenter.pinyin(word);
        }
      }
      List<Unit> parts = word.length() >= 3 && weight > 0 ? parts(word, start, weight) : List.of();
      return new Unit(word, start, end, Kind.WORD, weight, translations, -1, pinyin, parts, contentSize);
    }

    /**
     * The word cut into the longest dictionary words, ignoring HanLP: 战略性 → 战略 | 性. The parts share the
     * word's weight by their length; a one-character part is only there to be counted, since alone it means too
     * many things to be matched.
     */
    private List<Unit> parts(String word, int start, double wordWeight) {
      List<Unit> parts = new ArrayList<>();
      boolean linkable = false;
      int p = 0;
      while (p < word.length()) {
        int limit = word.length() - (p == 0 ? 1 : 0);
        vocabulary.entriesAt(word, p, limit, vocabularyWords);
        lexicon.headwordsAt(word, p, limit, lexiconWords);
        int end = lexiconWords.size() > 0 ? lexiconWords.end(lexiconWords.size() - 1) : -1;
        for (int i = vocabularyWords.size() - 1; i >= 0; i--) {
          if (vocabularyWords.entry(i).role() != PolicyVocabulary.Role.FIVE_YEAR_PLAN) {
            end = Math.max(end, vocabularyWords.end(i));
            break;
          }
        }
        PolicyVocabulary.Entry entry = null;
        for (int i = 0; i < vocabularyWords.size(); i++) {
          if (vocabularyWords.end(i) == end) {
            entry = vocabularyWords.entry(i);
          }
        }
        Lexicon.Entry headword = headwordEndingAt(end);
        String found = word.substring(p, end > p ? end : p + 1);
        List<Translation> translations = new ArrayList<>();
        if (found.length() >= 2) {
          if (entry != null && entry.role() != PolicyVocabulary.Role.FIVE_YEAR_PLAN) {
            translations.add(new Translation(entry.forms(), entry.evidence(), 1.0));
          }
          List<EnglishForm> lexiconForms = headword == null ? List.of() : headword.forms();
          if (!lexiconForms.isEmpty()) {
            translations.add(new Translation(lexiconForms, Evidence.LEXICON, LEXICON_STRENGTH));
          }
          linkable = linkable || !translations.isEmpty();
        }
        double weight = wordWeight * found.length() / word.length();
        parts.add(new Unit(found, start + p, start + p + found.length(), Kind.WORD, weight, translations, -1, null,
            List.of(), found.length()));
        p += found.length();
      }
      return parts.size() >= 2 && linkable ? parts : List.of();
    }

    /** 十五 is the tenth plan only in quotes or before 规划, 计划, 时期, 期间, 末, 以来. */
    private boolean fiveYearPlanContext(int start, int end) {
      boolean quotedBefore = start > 0 && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'');
      boolean quotedAfter = end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '\'');
      boolean planAfter = end < text.length() && FYP_FOLLOWERS.indexOf(text.charAt(end)) >= 0
          && !(end + 1 < text.length() && text.charAt(end) == '期' && text.charAt(end + 1) != '间');
      return (quotedBefore && quotedAfter) || planAfter;
    }

    /**
     * Joins runs of one-character words that the vocabulary does not know into one word, because HanLP cuts
     * names it does not know into characters (飞谱 → 飞 | 谱): the joined word is matched by its pinyin ("Feipu"),
     * and where that finds nothing its characters are matched one by one, as before.
     */
    private void joinCharacterRuns() {
      List<Unit> joined = new ArrayList<>();
      List<Boolean> joinedMarks = new ArrayList<>();
      int i = 0;
      while (i < units.size()) {
        int j = i;
        while (j < units.size() && isLoneCharacter(units.get(j))
            && (j == i || units.get(j).start() == units.get(j - 1).end())) {
          j++;
        }
        if (j - i >= 2) {
          List<Unit> run = units.subList(i, j);
          int start = run.get(0).start();
          int end = run.get(run.size() - 1).end();
          String word = text.substring(start, end);
          double weight = 0;
          for (Unit unit : run) {
            weight += unit.weight();
          }
          joined.add(new Unit(word, start, end, Kind.WORD, weight, List.of(), -1, segmenter.pinyin(word), run,
              word.length()));
          joinedMarks.add(inTitleMarks.get(i));
          i = j;
        } else {
          joined.add(units.get(i));
          joinedMarks.add(inTitleMarks.get(i));
          i++;
        }
      }
      units.clear();
      units.addAll(joined);
      inTitleMarks.clear();
      inTitleMarks.addAll(joinedMarks);
    }

    private boolean isLoneCharacter(Unit unit) {
      return unit.kind() == Kind.WORD && unit.text().length() == 1 && unit.weight() > 0
          && vocabulary.get(unit.text()) == null;
    }

    /** Marks the frame (wrapper and issuer) and returns the units with their final weights. */
    List<Unit> frame() {
      joinCharacterRuns();
      int n = units.size();
      boolean[] frame = new boolean[n];
      if (sawTitleMarks) {
        for (int i = 0; i < n; i++) {
          frame[i] = !inTitleMarks.get(i);
        }
      } else {
        int about = -1;
        for (int i = 0; i < n; i++) {
          if (units.get(i).text().equals("关于")) {
            about = i;
            break;
          }
        }
        if (about > 0) {
          for (int i = 0; i < about; i++) {
            frame[i] = true; // the issuer: 国务院关于…
          }
        }
        if (about >= 0 && about + 1 < n && WRAPPER_VERBS.contains(units.get(about + 1).text())) {
          frame[about + 1] = true;
          Unit last = units.get(n - 1);
          if (n - 2 > about + 1 && last.text().equals("通知") && units.get(n - 2).text().equals("的")) {
            frame[n - 1] = true;
          }
        }
      }
      List<Unit> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Unit unit = units.get(i);
        if (frame[i]) {
          List<Unit> parts = new ArrayList<>();
          for (Unit part : unit.parts()) {
            parts.add(part.withWeight(part.weight() * FRAME_FACTOR));
          }
          unit = new Unit(unit.text(), unit.start(), unit.end(), unit.kind(), unit.weight() * FRAME_FACTOR,
              unit.translations(), unit.number(), unit.pinyin(), parts, 0);
        }
        out.add(unit);
      }
      return out;
    }
  }

  /**
   * Where HanLP's words of one Han run end, asked of HanLP only when a unit that would end inside the run is in
   * question: a run that is one word (规划, "十四五", 年) is never segmented. Belongs to one reader.
   */
  private static final class WordEnds {
    private final String run;
    private final HanLpSegmenter segmenter;
    private final Segmentations segmentations;
    private BitSet ends;

    WordEnds(String run, HanLpSegmenter segmenter, Segmentations segmentations) {
      this.run = run;
      this.segmenter = segmenter;
      this.segmentations = segmentations;
    }

    /** True if a word starts or ends at {@code q}, as the run's start and end always do. */
    boolean contains(int q) {
      return q == 0 || q == run.length() || ends().get(q);
    }

    /** The first word end at or after {@code from} (at most the run's length). */
    int next(int from) {
      return from >= run.length() ? run.length() : ends().nextSetBit(from);
    }

    private BitSet ends() {
      if (ends == null) {
        ends = segmentations.wordEnds(run, segmenter);
      }
      return ends;
    }
  }

  /**
   * The forms of a Five-Year Plan without a last "Plan": 规划 may claim it ("十四五"…规划 ↔ "14th Five-Year Plan
   * for …"), and a "Plan" left over right after the plan's words joins them.
   */
  private static List<EnglishForm> fiveYearForms(List<EnglishForm> forms) {
    List<EnglishForm> out = new ArrayList<>();
    for (EnglishForm form : forms) {
      List<String> keys = form.keys();
      if (keys.size() >= 2 && keys.get(keys.size() - 1).equals("plan")) {
        out.add(new EnglishForm(form.text(), keys.subList(0, keys.size() - 1)));
      } else {
        out.add(form);
      }
    }
    return out;
  }
}
