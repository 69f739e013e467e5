package org.sinoterm.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sinoterm.Quantity;
import org.sinoterm.text.Characters;

/**
 * Finds quantities in English text. A quantity is a number (digits, "1.3 trillion", "twenty-five", "a dozen")
 * with what the text says around it:
 *
 * <pre>
 *   [bound or approximation] [currency] number [(to | - | and) [currency] number] [unit | counted noun]
 *   [per [number] noun | annually] [or more | or less] [year-on-year]
 * </pre>
 *
 * "over six percent" → 6 percent, bound GT; "CNY 1.3 trillion" → 1300000000000 CNY; "six to eight Chinese firms"
 * → 6–8 firm; "492 robots per 10,000 employees" → 492 robot per 10000 employee; "US$16.3 billion" →
 * 16300000000 USD. In "2 and 3.7 percent respectively" both numbers get the unit.
 *
 * <p>Not quantities: numbers inside dates and bodies (blocked by the caller), ordinals ("14th"), numbers joined
 * to a word ("Five-Year", "5G", "COVID-19"), list markers ("1.", "(2)"), phone numbers, and a bare number right
 * after a capitalized word ("Hengchi 5", "TOP 5"). Every step looks a bounded distance ahead or back, so the scan
 * is linear in the length of the text.
 */
final class EnglishQuantities {

  /** Phrases before a number, longest first, with the bound or approximation they give. */
  private static final String[][] LEADS = {
    {"no fewer than", "GTE"}, {"no less than", "GTE"}, {"not less than", "GTE"}, {"not fewer than", "GTE"},
    {"no more than", "LTE"}, {"not more than", "LTE"}, {"in excess of", "GT"}, {"an estimated", "~"},
    {"as many as", "LTE"}, {"as much as", "LTE"}, {"upwards of", "GT"}, {"more than", "GT"},
    {"greater than", "GT"}, {"higher than", "GT"}, {"fewer than", "LT"}, {"less than", "LT"},
    {"lower than", "LT"}, {"at least", "GTE"}, {"at most", "LTE"}, {"up to", "LTE"}, {"close to", "~"},
    {"approximately", "~"}, {"exceeding", "GT"}, {"roughly", "~"}, {"nearly", "~"}, {"almost", "~"},
    {"around", "~"}, {"about", "~"}, {"some", "~"}, {"over", "GT"}, {"above", "GT"}, {"under", "LT"},
    {"below", "LT"},
  };
  /** Phrases after a quantity that bound it. */
  private static final String[][] TAILS = {
    {"or more", "GTE"}, {"or above", "GTE"}, {"and above", "GTE"}, {"or higher", "GTE"}, {"or over", "GTE"},
    {"or less", "LTE"}, {"or fewer", "LTE"}, {"or below", "LTE"}, {"or lower", "LTE"},
  };
  private static final String[] YEAR_ON_YEAR = {"on a year-on-year basis", "year-on-year", "year on year",
    "on a yearly basis", "from a year earlier", "from a year ago", "yoy"};
  private static final String[] ANNUALLY = {"per annum", "annually", "per year", "a year", "each year",
    "every year"};
  private static final Set<String> INCREASE = Set.of("up", "rise", "rises", "rose", "risen", "rising", "increase",
      "increased", "increases", "increasing", "grow", "grew", "grown", "grows", "growth", "surge", "surged",
      "jump", "jumped", "climb", "climbed", "soar", "soared", "gain", "gained", "expand", "expanded", "boost",
      "raise", "raised");
  private static final Set<String> DECREASE = Set.of("down", "fall", "fell", "fallen", "falls", "decline",
      "declined", "declines", "drop", "dropped", "decrease", "decreased", "decreases", "reduce", "reduced",
      "reduction", "cut", "cuts", "shrink", "shrank", "shrunk", "lower", "lowered", "slump", "slumped", "dip",
      "dipped", "contract", "contracted");
  /** Words that end a counted noun phrase: function words, common verbs, time and order words. */
  private static final Set<String> NOT_IN_NOUN_PHRASE = Set.of("of", "in", "on", "at", "by", "for", "to", "from",
      "with", "into", "onto", "per", "and", "or", "but", "than", "as", "the", "a", "an", "that", "which", "who",
      "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "can", "could",
      "should", "may", "might", "must", "do", "does", "did", "not", "also", "each", "every", "this", "these",
      "those", "its", "their", "his", "her", "our", "more", "less", "percent", "respectively", "between",
      "involve", "involves", "include", "includes", "including", "make", "makes", "reach", "reached", "account",
      "accounting", "year-on-year", "annually", "last", "next", "ago", "earlier", "later", "since", "until",
      "before", "after", "during", "when", "while", "where", "if", "so", "such", "there", "here", "per cent",
      "among", "about", "over", "under", "up", "down", "out", "off", "what", "how", "both", "all", "only");
  /** Time words: "five years" is a duration, left to dates. */
  private static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
      "days", "decade", "decades", "hour", "hours", "minute", "minutes", "second", "seconds", "quarter",
      "quarters", "century", "centuries");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "staff", "personnel", "cattle", "police",
      "children", "men", "women", "data");
  private static final int MAX_NOUN_WORDS = 4;
  private static final int MAX_NUMBER_WORDS = 12;

  private final String t;
  private final UnitDictionary.Index units;
  private final BitSet blocked;

  /** One quantity found, before units are shared out. */
  record Found(int start, int end, Quantity value, boolean bare) {
  }

  /** A number read from the text: its extent, value, and the scale word it ended with (or null). */
  private record Number(int start, int end, BigDecimal value, BigDecimal scale) {
  }

  EnglishQuantities(String text, UnitDictionary.Index units, BitSet blocked) {
    this.t = text;
    this.units = units;
    this.blocked = blocked;
  }

  List<Found> find() {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (!blocked.get(i) && startsNumber(i)) {
        Found quantity = quantityAt(i);
        if (quantity != null) {
          found.add(quantity);
          i = quantity.end();
          continue;
        }
      }
      i = nextWordStart(i);
    }
    return shareUnits(found);
  }

  private int nextWordStart(int i) {
    int j = i + 1;
    if (Characters.isWordChar(t.charAt(i))) {
      while (j < t.length() && Characters.isWordChar(t.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private boolean startsNumber(int i) {
    char c = t.charAt(i);
    if (i > 0 && Characters.isWordChar(t.charAt(i - 1))) {
      return false;
    }
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    String word = wordAt(i);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("a") || lower.equals("an")) {
      String next = wordAt(skipSpaces(i + word.length()));
      return next.equalsIgnoreCase("dozen") || next.equalsIgnoreCase("hundred") || EnglishNumber.isScale(next);
    }
    return EnglishNumber.isNumberWord(word) && !EnglishNumber.isScale(word) && !lower.equals("hundred")
        && !lower.equals("dozen");
  }

  private Found quantityAt(int numberStart) {
    Number first = readNumber(numberStart);
    if (first == null || excluded(first)) {
      return null;
    }
    int start = first.start();
    String unit = null;
    UnitDictionary.Found prefix = units.prefixEndingAt(skipSpacesBack(start));
    if (prefix != null && !blocked.get(prefix.start())) {
      unit = prefix.unit().symbol();
      start = prefix.start();
    }
    String lead = null;
    int leadStart = leadBefore(start);
    if (leadStart >= 0) {
      lead = leadAt(leadStart);
    }
    boolean fromTo = precededBy(start, "from");
    boolean between = leadStart < 0 && precededBy(start, "between");
    int end = first.end();
    BigDecimal value = first.value();
    BigDecimal min = null;
    BigDecimal max = null;

    // A percent sign or unit straight after the first number of a range: "10%-20%".
    UnitDictionary.Found firstUnit = unit == null ? suffixUnitAfter(end) : null;
    int afterFirst = firstUnit != null && firstUnit.unit().symbol().equals("percent") ? firstUnit.end() : end;

    Number second = fromTo ? null : rangeEnd(afterFirst, between, unit);
    if (second != null) {
      BigDecimal low = first.value();
      if (first.scale() == null && second.scale() != null && low.compareTo(second.value()) < 0
          && low.multiply(second.scale()).compareTo(second.value()) <= 0) {
        low = low.multiply(second.scale()); // "1.3 to 1.5 trillion"
      }
      min = low;
      max = second.value();
      value = null;
      end = second.end();
      if (between) {
        start = Math.min(start, skipSpacesBack(start) - "between".length());
      }
    } else if (firstUnit != null) {
      unit = firstUnit.unit().symbol();
      end = firstUnit.end();
    }
    if (unit == null || (second != null && !unit.equals("percent"))) {
      UnitDictionary.Found suffix = suffixUnitAfter(end);
      if (suffix != null && (unit == null || suffix.unit().symbol().equals(unit))) {
        unit = suffix.unit().symbol();
        end = suffix.end();
      }
    }
    boolean counted = false;
    if (unit == null) {
      int[] noun = countedNoun(end, value == null ? max : value);
      if (noun != null) {
        if (noun[0] < 0) {
          return null; // "five years": a duration, for dates
        }
        unit = singular(t.substring(noun[0], noun[1]));
        end = noun[1];
        counted = true;
      }
    }
    Quantity.Per per = null;
    int perEnd = perAfter(end);
    if (perEnd > 0) {
      per = parsePer(end, perEnd);
      if (per != null) {
        end = perEnd;
      }
    }
    Quantity.Bound bound = lead == null || lead.equals("~") ? null : Quantity.Bound.valueOf(lead);
    for (String[] tail : TAILS) {
      int at = skipSpaces(end);
      if (at > end && t.regionMatches(true, at, tail[0], 0, tail[0].length()) && wordEndsAt(at + tail[0].length())) {
        bound = Quantity.Bound.valueOf(tail[1]);
        end = at + tail[0].length();
        break;
      }
    }
    boolean yearOnYear = false;
    for (String phrase : YEAR_ON_YEAR) {
      int at = skipSpaces(end);
      if (t.regionMatches(true, at, phrase, 0, phrase.length()) && wordEndsAt(at + phrase.length())) {
        yearOnYear = true;
        end = at + phrase.length();
        break;
      }
    }
    boolean bare = unit == null && lead == null && second == null && per == null;
    if (bare && bareNumberIsAName(first)) {
      return null;
    }
    if (leadStart >= 0) {
      start = leadStart;
    }
    Quantity quantity = new Quantity(value, min, max, unit, bound, "~".equals(lead), per, changeBefore(start),
        yearOnYear);
    return new Found(start, end, quantity, unit == null && !counted);
  }

  // ---- numbers ------------------------------------------------------------------------------------------

  private Number readNumber(int start) {
    char c = t.charAt(start);
    return c >= '0' && c <= '9' ? readDigits(start) : readWords(start);
  }

  /** Digits with thousands separators and a decimal part, then an optional scale: "1,100", "1.3 trillion", "5m". */
  private Number readDigits(int start) {
    int i = start;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    while (i + 3 < t.length() + 0 && t.charAt(i) == ',' && isDigits(i + 1, 3)
        && (i + 4 >= t.length() || !Character.isDigit(t.charAt(i + 4)))) {
      i += 4;
    }
    if (i + 1 < t.length() && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1))) {
      i++;
      while (i < t.length() && Character.isDigit(t.charAt(i))) {
        i++;
      }
    }
    if (i - start > 30) {
      return null;
    }
    BigDecimal value = new BigDecimal(t.substring(start, i).replace(",", ""));
    // a scale attached ("5m", "16.3bn") or after a space ("1.3 trillion")
    String attached = wordAt(i);
    if (!attached.isEmpty() && EnglishNumber.isScale(attached) && attached.length() <= 3) {
      return new Number(start, i + attached.length(), value.multiply(EnglishNumber.scale(attached)),
          EnglishNumber.scale(attached));
    }
    int next = skipSpaces(i);
    String word = next > i ? wordAt(next) : "";
    if (!word.isEmpty() && EnglishNumber.isScale(word) && word.length() > 1 && !word.equalsIgnoreCase("m")
        && !word.equalsIgnoreCase("b") && !word.equalsIgnoreCase("k")) {
      return new Number(start, next + word.length(), value.multiply(EnglishNumber.scale(word)),
          EnglishNumber.scale(word));
    }
    return new Number(start, i, value, null);
  }

  /** The longest run of number words that parses: "twenty-five", "one hundred and five", "a dozen". */
  private Number readWords(int start) {
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int i = start;
    while (words.size() < MAX_NUMBER_WORDS && i < t.length()) {
      String word = wordAt(i);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean numberWord = EnglishNumber.isNumberWord(word) || lower.equals("and")
          || (words.isEmpty() && (lower.equals("a") || lower.equals("an")));
      if (word.isEmpty() || !numberWord) {
        break;
      }
      words.add(word);
      ends.add(i + word.length());
      int next = skipSpaces(i + word.length());
      if (next == i + word.length()) {
        break;
      }
      i = next;
    }
    for (int n = words.size(); n > 0; n--) {
      if (words.get(n - 1).equalsIgnoreCase("and")) {
        continue;
      }
      BigDecimal value = EnglishNumber.parse(words.subList(0, n));
      if (value != null) {
        String last = words.get(n - 1);
        return new Number(start, ends.get(n - 1), value, EnglishNumber.scale(last));
      }
    }
    return null;
  }

  /**
   * Ordinals ("14th", "3rd"), numbers joined to a word ("Five-Year", "5G", "COVID-19", "3D"), list markers,
   * dot leaders and phone numbers.
   */
  private boolean excluded(Number number) {
    int start = number.start();
    int end = number.end();
    if (end < t.length() && Characters.isWordChar(t.charAt(end))) {
      return true; // "5G", "14th", "3rd"
    }
    if (end + 1 < t.length() && t.charAt(end) == '-' && Character.isLetter(t.charAt(end + 1))) {
      return true; // "Five-Year", "three-year", "5-year"
    }
    if (start > 1 && t.charAt(start - 1) == '-' && Character.isLetter(t.charAt(start - 2))) {
      return true; // "COVID-19", "Hengchi-5"
    }
    if (t.startsWith("<sup>", end) || (start > 0 && (t.charAt(start - 1) == '+' || t.charAt(start - 1) == '#'))) {
      return true;
    }
    if (start > 0 && t.charAt(start - 1) == '.' || t.startsWith("..", end)) {
      return true; // dot leaders of a table of contents: "TOP 5.....2"
    }
    if (start > 0 && t.charAt(start - 1) == '(' && end < t.length() && t.charAt(end) == ')') {
      return true; // "(1)"
    }
    if (atLineStart(start) && end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == ')')
        && (end + 1 >= t.length() || t.charAt(end + 1) == ' ' || t.charAt(end + 1) == '\t')) {
      return true; // "1. Localizing …"
    }
    String first = t.substring(start, end).toLowerCase(Locale.ROOT);
    if (first.equals("one")) {
      String next = wordAt(skipSpaces(end)).toLowerCase(Locale.ROOT);
      if (next.equals("of") || next.equals("another") || next.equals("by") || next.equals("day")) {
        return true;
      }
    }
    return isInNumberSequence(start, end);
  }

  /** "3440 999 0": several plain numbers in a row are a phone number or a code. */
  private boolean isInNumberSequence(int start, int end) {
    int next = skipSpaces(end);
    boolean numberAfter = next > end && next < t.length() && Character.isDigit(t.charAt(next));
    int back = skipSpacesBack(start);
    boolean numberBefore = back < start && back > 0 && Character.isDigit(t.charAt(back - 1));
    return numberAfter && numberBefore;
  }

  /** "Hengchi 5 SUV", "MERICS TOP 5", "Article 5": a bare number right after a capitalized word is a name. */
  private boolean bareNumberIsAName(Number number) {
    int back = skipSpacesBack(number.start());
    if (back == number.start() || back == 0) {
      return false;
    }
    int wordStart = back;
    while (wordStart > 0 && Characters.isWordChar(t.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < back && Character.isUpperCase(t.charAt(wordStart)) && !atSentenceStart(wordStart);
  }

  private Number rangeEnd(int after, boolean between, String unit) {
    int i = after;
    int connector;
    if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '~')) {
      connector = i + 1;
    } else {
      int next = skipSpaces(i);
      if (next < t.length() && (t.charAt(next) == '-' || t.charAt(next) == '~') && next + 1 < t.length()
          && t.charAt(next + 1) == ' ') {
        connector = next + 1;
      } else if (t.regionMatches(true, next, "to ", 0, 3) && next > i) {
        connector = next + 2;
      } else if (between && t.regionMatches(true, next, "and ", 0, 4) && next > i) {
        connector = next + 3;
      } else {
        return null;
      }
    }
    int numberStart = skipSpaces(connector);
    if (unit != null) {
      UnitDictionary.Found repeated = units.suffixAt(numberStart);
      UnitDictionary.Found prefix = repeated == null ? null : units.prefixEndingAt(repeated.end());
      if (prefix != null && prefix.unit().symbol().equals(unit)) {
        numberStart = skipSpaces(prefix.end()); // "$5 to $8 billion"
      }
    }
    if (numberStart >= t.length() || blocked.get(numberStart) || !startsNumberAllowingWordBefore(numberStart)) {
      return null;
    }
    Number second = readNumber(numberStart);
    if (second == null || excluded(second)) {
      return null;
    }
    return second;
  }

  private boolean startsNumberAllowingWordBefore(int i) {
    char c = t.charAt(i);
    if (c >= '0' && c <= '9') {
      return true;
    }
    String word = wordAt(i);
    return !word.isEmpty() && EnglishNumber.isNumberWord(word) && !EnglishNumber.isScale(word);
  }

  // ---- around the number ------------------------------------------------------------------------------------

  private UnitDictionary.Found suffixUnitAfter(int end) {
    UnitDictionary.Found attached = units.suffixAt(end);
    if (attached != null) {
      return attached;
    }
    int next = skipSpaces(end);
    return next > end && next - end <= 2 ? units.suffixAt(next) : null;
  }

  /** Where a bound or approximation phrase ending right before {@code start} begins, or -1. */
  private int leadBefore(int start) {
    int end = skipSpacesBack(start);
    if (end == start) {
      return -1;
    }
    for (String[] lead : LEADS) {
      int at = end - lead[0].length();
      if (at >= 0 && t.regionMatches(true, at, lead[0], 0, lead[0].length())
          && (at == 0 || !Characters.isWordChar(t.charAt(at - 1)))) {
        return at;
      }
    }
    return -1;
  }

  private String leadAt(int at) {
    for (String[] lead : LEADS) {
      if (t.regionMatches(true, at, lead[0], 0, lead[0].length())) {
        return lead[1];
      }
    }
    return null;
  }

  private boolean precededBy(int start, String word) {
    int end = skipSpacesBack(start);
    int at = end - word.length();
    return end < start && at >= 0 && t.regionMatches(true, at, word, 0, word.length())
        && (at == 0 || !Characters.isWordChar(t.charAt(at - 1)));
  }

  /**
   * The head noun of the words after a number: {start, end} of the last word of a short noun phrase
   * ("new tech-based SMEs" → "SMEs"), {-1, -1} for a time noun ("five years"), or null for none.
   */
  private int[] countedNoun(int after, BigDecimal value) {
    int i = skipSpaces(after);
    if (i == after || i >= t.length()) {
      return null;
    }
    int headStart = -1;
    int headEnd = -1;
    for (int words = 0; words < MAX_NOUN_WORDS && i < t.length(); words++) {
      String word = wordAt(i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || NOT_IN_NOUN_PHRASE.contains(lower)
          || lower.endsWith("ly") || lower.endsWith("wide") || EnglishNumber.isNumberWord(word)
          || (lower.endsWith("ed") && headStart >= 0)) {
        break;
      }
      if (TIME_NOUNS.contains(lower)) {
        return headStart < 0 ? new int[] {-1, -1} : new int[] {headStart, headEnd};
      }
      if (looksPlural(word) || (value != null && value.compareTo(BigDecimal.ONE) == 0)) {
        headStart = i;
        headEnd = i + word.length();
      }
      int next = skipSpaces(i + word.length());
      if (next == i + word.length()) {
        break;
      }
      i = next;
    }
    return headStart < 0 ? null : new int[] {headStart, headEnd};
  }

  private static boolean looksPlural(String word) {
    if (IRREGULAR_PLURALS.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int n = word.length();
    if (n < 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return false;
    }
    return true;
  }

  /** The singular of a counted noun: "robots" → robot, "SMEs" → SME, "companies" → company. */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "people":
        return "person";
      case "children":
        return "child";
      case "men":
        return "man";
      case "women":
        return "woman";
      default:
        break;
    }
    if (IRREGULAR_PLURALS.contains(lower) || !word.endsWith("s")) {
      return word;
    }
    String stem = word.substring(0, word.length() - 1);
    if (Characters.isUpperCaseWord(stem)) {
      return stem; // SMEs, EVs
    }
    if (lower.endsWith("ies") && lower.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
        || lower.endsWith("zzes")) {
      return word.substring(0, word.length() - 2);
    }
    return stem;
  }

  /** The end of "per 10,000 employees", "per capita", "annually", or -1. */
  private int perAfter(int end) {
    int at = skipSpaces(end);
    if (at == end) {
      return -1;
    }
    for (String phrase : ANNUALLY) {
      if (t.regionMatches(true, at, phrase, 0, phrase.length()) && wordEndsAt(at + phrase.length())) {
        return at + phrase.length();
      }
    }
    if (!t.regionMatches(true, at, "per ", 0, 4)) {
      return -1;
    }
    int i = skipSpaces(at + 3);
    if (i < t.length() && Character.isDigit(t.charAt(i))) {
      Number number = readDigits(i);
      if (number == null) {
        return -1;
      }
      i = skipSpaces(number.end());
    }
    String word = wordAt(i);
    if (word.isEmpty() || NOT_IN_NOUN_PHRASE.contains(word.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return i + word.length();
  }

  private Quantity.Per parsePer(int end, int perEnd) {
    String phrase = t.substring(skipSpaces(end), perEnd).toLowerCase(Locale.ROOT);
    for (String annually : ANNUALLY) {
      if (phrase.equals(annually)) {
        return new Quantity.Per(BigDecimal.ONE, "year");
      }
    }
    int i = skipSpaces(skipSpaces(end) + 3);
    BigDecimal value = BigDecimal.ONE;
    if (Character.isDigit(t.charAt(i))) {
      Number number = readDigits(i);
      value = number.value();
      i = skipSpaces(number.end());
    }
    String word = t.substring(i, perEnd);
    return new Quantity.Per(value, singular(word));
  }

  /** INCREASE or DECREASE if a word of change stands just before the quantity ("surged 22.5 percent"). */
  private Quantity.Change changeBefore(int start) {
    int i = start;
    for (int words = 0; words < 3; words++) {
      int end = skipSpacesBack(i);
      if (end == i && words > 0) {
        return null;
      }
      int wordStart = end;
      while (wordStart > 0 && (Characters.isWordChar(t.charAt(wordStart - 1)) || t.charAt(wordStart - 1) == '-')) {
        wordStart--;
      }
      if (wordStart == end) {
        return null;
      }
      String word = t.substring(wordStart, end).toLowerCase(Locale.ROOT);
      if (INCREASE.contains(word)) {
        return Quantity.Change.INCREASE;
      }
      if (DECREASE.contains(word)) {
        return Quantity.Change.DECREASE;
      }
      if (!word.equals("by") && !word.equals("of") && !word.equals("a") && !word.equals("an")
          && !word.equals("to")) {
        return null;
      }
      i = wordStart;
    }
    return null;
  }

  /**
   * "2 and 3.7 percent respectively", "70 and 80 percent", "from 80 to 70 percent": a bare number followed by
   * and/or/to/a comma and a number with a unit takes that unit.
   */
  private List<Found> shareUnits(List<Found> found) {
    List<Found> result = new ArrayList<>(found);
    for (int k = result.size() - 2; k >= 0; k--) {
      Found bare = result.get(k);
      Found next = result.get(k + 1);
      if (!bare.bare() || next.value().unit() == null) {
        continue;
      }
      String between = t.substring(bare.end(), next.start()).strip().toLowerCase(Locale.ROOT);
      if (between.equals("and") || between.equals("or") || between.equals(",") || between.equals("to")
          || between.equals(", and")) {
        result.set(k, new Found(bare.start(), bare.end(), bare.value().withUnit(next.value().unit()), false));
      }
    }
    return result;
  }

  // ---- characters ----------------------------------------------------------------------------------------

  private String wordAt(int i) {
    if (i >= t.length() || !Characters.isWordChar(t.charAt(i))) {
      return "";
    }
    int j = i;
    while (j < t.length() && j - i < 40 && (Characters.isWordChar(t.charAt(j))
        || ((t.charAt(j) == '-' || t.charAt(j) == '\'') && j + 1 < t.length()
        && Characters.isWordChar(t.charAt(j + 1)) && Character.isLetter(t.charAt(j - 1))))) {
      j++;
    }
    return t.substring(i, j);
  }

  private boolean isDigits(int from, int count) {
    if (from + count > t.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean wordEndsAt(int i) {
    return i >= t.length() || !Characters.isWordChar(t.charAt(i));
  }

  private int skipSpaces(int i) {
    int j = i;
    while (j < t.length() && j - i < 4 && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
      j++;
    }
    return j;
  }

  private int skipSpacesBack(int i) {
    int j = i;
    while (j > 0 && i - j < 4 && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '\t')) {
      j--;
    }
    return j;
  }

  private boolean atLineStart(int i) {
    int j = i;
    while (j > 0 && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '\t' || t.charAt(j - 1) == '#'
        || t.charAt(j - 1) == '*')) {
      j--;
    }
    return j == 0 || t.charAt(j - 1) == '\n';
  }

  private boolean atSentenceStart(int i) {
    int j = skipSpacesBack(i);
    return j == 0 || ".!?:;\n(\"*-•".indexOf(t.charAt(j - 1)) >= 0;
  }
}
