package org.sinoterm.link;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.recognize.Document;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Occurrences;

/**
 * Finds acronyms defined in the text, in both orders: "long form (SF)" and "SF (long form)", with round or square
 * brackets, after the algorithm of Schwartz and Hearst, "A Simple Algorithm for Identifying Abbreviation
 * Definitions in Biomedical Text" (PSB 2003).
 *
 * <p>The short form is a single token of two to ten characters that starts with a letter and has at least two
 * capitals (MIIT, S&amp;T, SOEs). The long form is searched among the words before the bracket, at most
 * min(|SF| + 5, 2·|SF|) of them and never across a sentence end or another bracket: the shortest run of words
 * whose characters contain the short form's letters in order, the first letter starting a word. In
 * "the Ministry of Industry and Information Technology (MIIT)" the long form is "Ministry of Industry and
 * Information Technology"; in "extracorporeal membrane oxygenation [ECMO]" it is all three words.
 *
 * <p>The same bracket scan finds Chinese glosses ({@link #glosses(String)}): "ultrasound endoscopes (超声内镜)" and
 * "超声内镜 (ultrasound endoscopes)", where the bracket holds only the other language.
 *
 * <p>One algorithm for every entity type: agencies, technologies and terms all read their definitions here, and
 * {@link HeadWords#ofLongForm(String)} says which type a long form names.
 */
public final class AcronymDefinitions {

  private static final int MAX_BRACKET_CONTENT = 160;
  private static final int MAX_WINDOW = 200;
  private static final int MAX_SHORT_FORM = 10;
  private static final String[] SHORT_FORM_LEADS = {"hereinafter referred to as ", "hereinafter ", "or ", "the "};

  private AcronymDefinitions() {
  }

  /**
   * A definition: the short form at {@code [shortStart, shortEnd)} and its long form at {@code [longStart,
   * longEnd)}, in the offsets of the text searched.
   *
   * @param shortFirst true for "SF (long form)", false for "long form (SF)"
   * @param aligned true if the short form's letters align with the long form (Schwartz and Hearst); false for a
   *     paraphrase found by {@link #find(String, boolean)}, whose long form is the phrase before the bracket
   */
  public record Definition(int shortStart, int shortEnd, int longStart, int longEnd, boolean shortFirst,
      boolean aligned) {

    /** A definition whose short form aligns with its long form, as Schwartz and Hearst require. */
    public Definition(int shortStart, int shortEnd, int longStart, int longEnd, boolean shortFirst) {
      this(shortStart, shortEnd, longStart, longEnd, shortFirst, true);
    }

    /** The short form, as written in {@code text}. */
    public String shortForm(String text) {
      return text.substring(shortStart, shortEnd);
    }

    /** The long form, as written in {@code text}. */
    public String longForm(String text) {
      return text.substring(longStart, longEnd);
    }
  }

  /**
   * A gloss: a phrase in one language followed by its rendering in the other in brackets. The Chinese side is
   * exact; the English side ends at {@code enEnd} and, when the English is outside the bracket, its start is not
   * marked by the text: {@code enStart} is the start the words before the bracket suggest (the inside of quotes,
   * or the run of content words up to a function word or punctuation, at most six words), which a caller that
   * knows better (a dictionary mention ending at {@code enEnd}) may replace.
   *
   * @param chineseFirst true for "中文 (English)", false for "English (中文)"
   * @param quoted true if the English side is in quotes, so that its start is marked
   */
  public record Gloss(int enStart, int enEnd, int zhStart, int zhEnd, boolean chineseFirst, boolean quoted) {

    /** The English side, as written in {@code text}. */
    public String english(String text) {
      return text.substring(enStart, enEnd);
    }

    /** The Chinese side, as written in {@code text}. */
    public String chinese(String text) {
      return text.substring(zhStart, zhEnd);
    }
  }

  private static final int MAX_GLOSS_ZH = 16;
  private static final int MAX_GLOSS_EN_WORDS = 6;
  /** Words that end an English phrase read backwards from a bracket: "such as", "including", articles, verbs. */
  private static final java.util.Set<String> PHRASE_STOPS = java.util.Set.of("the", "a", "an", "and", "or", "of",
      "for", "in", "on", "to", "from", "by", "with", "as", "such", "including", "include", "includes", "its", "their",
      "his", "her", "our", "this", "these", "those", "that", "which", "is", "are", "was", "were", "be", "been", "into",
      "called", "named", "known", "e.g", "i.e", "like", "than", "at", "via", "toward", "towards", "also", "new");

  /** Every gloss in {@code text}, in text order. Linear in the length of the text. */
  public static List<Gloss> glosses(String text) {
    List<Gloss> found = new ArrayList<>();
    Occurrences brackets = new Occurrences(text, "([");
    for (int open = brackets.next(); open >= 0; open = brackets.next()) {
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      int inStart = skipBlanks(text, open + 1, close);
      int inEnd = close;
      while (inEnd > inStart && text.charAt(inEnd - 1) == ' ') {
        inEnd--;
      }
      if (inStart >= inEnd) {
        continue;
      }
      Gloss gloss = isChineseTerm(text, inStart, inEnd) ? englishFirst(text, open, inStart, inEnd)
          : isEnglishPhrase(text, inStart, inEnd) ? chineseFirst(text, open, inStart, inEnd) : null;
      if (gloss != null) {
        found.add(gloss);
      }
    }
    return found;
  }

  private static Gloss englishFirst(String text, int open, int zhStart, int zhEnd) {
    int end = open;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return null;
    }
    boolean quoted = false;
    int start;
    if (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'') {
      char quote = text.charAt(end - 1);
      int q = text.lastIndexOf(quote, end - 2);
      if (q < 0 || end - 1 - q > 80 || text.substring(q + 1, end - 1).indexOf('\n') >= 0 || q + 1 >= end - 1) {
        return null;
      }
      start = q + 1;
      end = end - 1;
      quoted = true;
    } else {
      start = phraseStart(text, end, MAX_GLOSS_EN_WORDS, false);
    }
    if (start >= end || !Characters.isWordChar(text.charAt(end - 1)) || Characters.containsHan(
        text.substring(start, end))) {
      return null;
    }
    return new Gloss(start, end, zhStart, zhEnd, false, quoted);
  }

  private static Gloss chineseFirst(String text, int open, int enStart, int enEnd) {
    int end = open;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Characters.isHan(text.charAt(start - 1)) && end - start <= MAX_GLOSS_ZH) {
      start--;
    }
    if (end - start < 2 || end - start > MAX_GLOSS_ZH) {
      return null;
    }
    return new Gloss(enStart, enEnd, start, end, true, false);
  }

  /**
   * The start of the run of words before {@code end}: back to punctuation or a stop word ("and" allowed inside when
   * {@code coordination}), at most {@code maxWords} words.
   */
  private static int phraseStart(String text, int end, int maxWords, boolean coordination) {
    int start = end;
    int words = 0;
    int i = end;
    while (i > 0 && words < maxWords) {
      int wordEnd = i;
      while (i > 0 && (Characters.isWordChar(text.charAt(i - 1)) || ((text.charAt(i - 1) == '-'
          || text.charAt(i - 1) == '\'') && i - 1 > 0 && Characters.isWordChar(text.charAt(i - 2))))) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      String word = text.substring(i, wordEnd);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if ((PHRASE_STOPS.contains(lower) && !(coordination && lower.equals("and") && words > 0))
          || word.chars().allMatch(Character::isDigit)) {
        break;
      }
      start = i;
      words++;
      if (i == 0 || text.charAt(i - 1) != ' ') {
        break;
      }
      i--;
    }
    return start;
  }

  /** Two to sixteen Han characters (digits and Latin letters inside allowed: 5G网络), no title marks. */
  private static boolean isChineseTerm(String text, int start, int end) {
    int han = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Characters.isHan(c)) {
        han++;
      } else if (!Characters.isWordChar(c) && c != '-' && c != '·') {
        return false;
      }
    }
    return han >= 2 && han <= MAX_GLOSS_ZH
        && (Characters.isHan(text.charAt(start)) || Characters.isHan(text.charAt(end - 1)));
  }

  /** One to eight words of Latin letters, hyphens, apostrophes and spaces, with a lower-case or capital letter. */
  private static boolean isEnglishPhrase(String text, int start, int end) {
    int words = 1;
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (Characters.isWordChar(c)) {
        letter |= Character.isLetter(c);
      } else if (c != '-' && c != '\'' ) {
        return false;
      }
    }
    return letter && words <= 8;
  }

  private static int skipBlanks(String text, int from, int limit) {
    int i = from;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Every definition in a document's text, paraphrases included ({@link #find(String, boolean)}), found once per
   * document for the recognizers that learn bodies and technologies from them.
   */
  public static final Document.Key<List<Definition>> IN_DOCUMENT =
      Document.Key.of(document -> find(document.text().text(), true));

  /** Every definition in {@code text}, in text order. Linear in the length of the text. */
  public static List<Definition> find(String text) {
    return find(text, false);
  }

  /**
   * Every definition in {@code text}, in text order, and with {@code paraphrases} also the "long form (SF)" pairs
   * whose letters do not align ("laboratory-wide automated test and analysis pipeline (TLA)"): their long form is
   * the phrase before the bracket, up to punctuation or a function word, and they are marked not
   * {@linkplain Definition#aligned() aligned}. A caller accepts a paraphrase only with other evidence, such as a
   * dictionary that knows the short form. Linear in the length of the text.
   */
  public static List<Definition> find(String text, boolean paraphrases) {
    List<Definition> found = new ArrayList<>();
    Occurrences brackets = new Occurrences(text, "([");
    for (int open = brackets.next(); open >= 0; open = brackets.next()) {
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      Definition definition = longFirst(text, open, close);
      if (definition == null) {
        definition = shortFirst(text, open, close);
      }
      if (definition == null && paraphrases) {
        definition = paraphrase(text, open, close);
      }
      if (definition != null) {
        found.add(definition);
      }
    }
    return found;
  }

  /** The matching bracket on the same line, within a bounded distance, with no bracket of the kind inside. */
  private static int closing(String text, int open) {
    char opening = text.charAt(open);
    char closing = opening == '(' ? ')' : ']';
    int limit = Math.min(text.length(), open + 1 + MAX_BRACKET_CONTENT);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == closing) {
        return i;
      }
      if (c == opening || c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  private static Definition longFirst(String text, int open, int close) {
    int sfStart = open + 1;
    int sfEnd = close;
    while (sfStart < sfEnd && text.charAt(sfStart) == ' ') {
      sfStart++;
    }
    while (sfEnd > sfStart && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    for (String lead : SHORT_FORM_LEADS) {
      // inside the bracket: in "(the )" the lead's space is the one trimmed off, past sfEnd
      if (sfStart + lead.length() <= sfEnd && text.regionMatches(true, sfStart, lead, 0, lead.length())) {
        sfStart += lead.length();
        break;
      }
    }
    if (sfStart < sfEnd && text.charAt(sfStart) == '"' && text.charAt(sfEnd - 1) == '"' && sfEnd - sfStart > 2) {
      sfStart++;
      sfEnd--;
    }
    String shortForm = text.substring(sfStart, sfEnd);
    if (!isShortForm(shortForm)) {
      return null;
    }
    int windowEnd = open;
    while (windowEnd > 0 && text.charAt(windowEnd - 1) == ' ') {
      windowEnd--;
    }
    int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
    int windowStart = windowStart(text, windowEnd, maxWords);
    if (windowStart >= windowEnd) {
      return null;
    }
    int longStart = bestLongFormStart(letters(shortForm), text, windowStart, windowEnd);
    if (longStart < 0 || windowEnd - longStart <= shortForm.length()) {
      return null;
    }
    return new Definition(sfStart, sfEnd, longStart, windowEnd, false);
  }

  /** "phrase (SF)" where SF is a short form and the phrase has at least two words: an unaligned definition. */
  private static Definition paraphrase(String text, int open, int close) {
    int sfStart = skipBlanks(text, open + 1, close);
    int sfEnd = close;
    while (sfEnd > sfStart && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    if (sfStart >= sfEnd || !isShortForm(text.substring(sfStart, sfEnd))) {
      return null;
    }
    int end = open;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0 || !Characters.isWordChar(text.charAt(end - 1))) {
      return null;
    }
    int shortLength = sfEnd - sfStart;
    int start = phraseStart(text, end, Math.min(shortLength + 5, shortLength * 2), true);
    if (start >= end || text.substring(start, end).indexOf(' ') < 0 || text.startsWith("and ", start)) {
      return null;
    }
    return new Definition(sfStart, sfEnd, start, end, false, false);
  }

  private static Definition shortFirst(String text, int open, int close) {
    int sfEnd = open;
    while (sfEnd > 0 && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    int sfStart = sfEnd;
    while (sfStart > 0 && sfEnd - sfStart <= MAX_SHORT_FORM && !Character.isWhitespace(text.charAt(sfStart - 1))
        && "([\"'".indexOf(text.charAt(sfStart - 1)) < 0) {
      sfStart--;
    }
    if (sfStart > 0 && !Character.isWhitespace(text.charAt(sfStart - 1))
        && "([\"'".indexOf(text.charAt(sfStart - 1)) < 0) {
      return null; // the token is longer than a short form
    }
    if (sfStart == sfEnd || !isShortForm(text.substring(sfStart, sfEnd))) {
      return null;
    }
    int lfStart = open + 1;
    int lfEnd = close;
    while (lfStart < lfEnd && text.charAt(lfStart) == ' ') {
      lfStart++;
    }
    while (lfEnd > lfStart && text.charAt(lfEnd - 1) == ' ') {
      lfEnd--;
    }
    if (lfStart + 4 <= lfEnd && text.regionMatches(true, lfStart, "the ", 0, 4)) {
      lfStart += 4;
    }
    if (text.substring(lfStart, lfEnd).indexOf(' ') < 0) {
      return null;
    }
    int found = bestLongFormStart(letters(text.substring(sfStart, sfEnd)), text, lfStart, lfEnd);
    if (found != lfStart) {
      return null; // the whole bracket must be the long form
    }
    return new Definition(sfStart, sfEnd, lfStart, lfEnd, true);
  }

  /**
   * Where a window of at most {@code maxWords} words (and {@link #MAX_WINDOW} characters) ending at {@code end}
   * starts. The window stops at a sentence end, a colon or semicolon, a bracket, a line break or Chinese text.
   */
  private static int windowStart(String text, int end, int maxWords) {
    int words = 0;
    int i = end;
    boolean inWord = false;
    int limit = Math.max(0, end - MAX_WINDOW);
    while (i > limit) {
      char c = text.charAt(i - 1);
      boolean sentenceEnd = (c == '.' || c == '!' || c == '?') && (i == end || text.charAt(i) == ' ');
      if (sentenceEnd || c == ';' || c == ':' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '['
          || c == ']' || c == '\u3002' || Characters.isHan(c)) {
        break;
      }
      boolean space = c == ' ' || c == '\t';
      if (space && inWord) {
        words++;
        if (words == maxWords) {
          break;
        }
      }
      inWord = !space;
      i--;
    }
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Schwartz and Hearst's search: matches the short form's characters from the right against the window, each
   * short-form character to the nearest earlier window character, the first one at the start of a word. Returns
   * the start of the word holding the first character, or -1 if the short form does not match.
   */
  private static int bestLongFormStart(String shortForm, String text, int windowStart, int windowEnd) {
    int s = shortForm.length() - 1;
    int l = windowEnd - 1;
    while (s >= 0) {
      char c = Characters.fold(shortForm.charAt(s));
      while (l >= windowStart && (Characters.fold(text.charAt(l)) != c
          || (s == 0 && l > windowStart && Characters.isWordChar(text.charAt(l - 1))))) {
        l--;
      }
      if (l < windowStart) {
        return -1;
      }
      l--;
      s--;
    }
    int start = l + 1;
    while (start > windowStart && text.charAt(start - 1) != ' ') {
      start--;
    }
    return start;
  }

  /**
   * The letters and digits of a short form, without a plural "s": SOEs → SOE, S&amp;T → ST; a 2 or 4 between
   * letters stands for "to" or "for" (V2G → VTG).
   */
  private static String letters(String shortForm) {
    String form = shortForm;
    if (form.length() > 2 && form.endsWith("s") && Character.isUpperCase(form.charAt(form.length() - 2))) {
      form = form.substring(0, form.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      boolean betweenLetters = i > 0 && i + 1 < form.length() && Character.isLetter(form.charAt(i - 1))
          && Character.isLetter(form.charAt(i + 1));
      if (betweenLetters && (c == '2' || c == '4')) {
        out.append(c == '2' ? 't' : 'f'); // V2G: vehicle-to-grid, B4B: … for …, as acronyms write "to" and "for"
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Two to ten characters, no spaces, a letter first, at least two capitals, only letters, digits and &amp;.-. */
  static boolean isShortForm(String candidate) {
    if (candidate.length() < 2 || candidate.length() > MAX_SHORT_FORM || !Character.isLetter(candidate.charAt(0))) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitals++;
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '&' && c != '-' && c != '.') {
        return false;
      }
    }
    return capitals >= 2;
  }
}
