package org.sinoterm.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinoterm.Quantity;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Finds quantities in English text. A quantity is a number (digits, "1.3 trillion", "twenty-five", "a dozen") with
 * what the text says around it:
 *
 * <pre>
 *   [bound or approximation] [currency] number [(to | - | and) [currency] number] [unit | counted noun phrase]
 *   [per [number] noun | annually] [or more | or less] [year-on-year]
 * </pre>
 *
 * "over six percent" → 6 percent, bound GT; "CNY 1.3 trillion" → 1300000000000 CNY; "six to eight Chinese firms"
 * → 6–8 firm; "492 robots per 10,000 employees" → 492 robot per 10000 employee; "US$16.3 billion" →
 * 16300000000 USD; "between 10 and 20 percent" → 10–20 percent. In "2 and 3.7 percent respectively" and
 * "from 80 to 70 percent" both numbers get the unit (and "from … to" is a change, not a range).
 *
 * <p>Not quantities: numbers the caller blocks (inside dates and bodies), ordinals ("14th", "14&lt;sup&gt;th"),
 * numbers joined to a word ("Five-Year", "5G", "COVID-19"), capitalized number words inside a name ("Two Zones"),
 * list markers ("1.", "(2)"), clock times ("14:30"), phone numbers, a bare number right after a capitalized word
 * ("Hengchi 5", "TOP 5", "Industry 4.0"), "one of" and a bare "one", and a number of years, months or days (a
 * duration, for dates). Numbers written next to Chinese characters are read by {@link ChineseQuantities}. Every
 * step looks a bounded distance ahead or back, so the scan is linear in the length of the text.
 */
final class EnglishQuantities {

  /** Phrases before a number, longest first where one ends another, with the bound or approximation they give. */
  private static final String[][] LEADS = {
    {"no fewer than", "GTE"}, {"no less than", "GTE"}, {"not less than", "GTE"}, {"not fewer than", "GTE"},
    {"no more than", "LTE"}, {"not more than", "LTE"}, {"in excess of", "GT"}, {"an estimated", "~"},
    {"as many as", "LTE"}, {"as much as", "LTE"}, {"upwards of", "GT"}, {"more than", "GT"},
    {"greater than", "GT"}, {"higher than", "GT"}, {"fewer than", "LT"}, {"less than", "LT"},
    {"lower than", "LT"}, {"larger than", "GT"}, {"bigger than", "GT"}, {"longer than", "GT"},
    {"smaller than", "LT"}, {"shorter than", "LT"}, {"at least", "GTE"}, {"at most", "LTE"}, {"up to", "LTE"}, {"close to", "~"},
    {"approximately", "~"}, {"exceeding", "GT"}, {"roughly", "~"}, {"nearly", "~"}, {"almost", "~"},
    {"around", "~"}, {"about", "~"}, {"some", "~"}, {"over", "GT"}, {"above", "GT"}, {"under", "LT"},
    {"below", "LT"},
  };
  /** Phrases after a quantity that bound it. */
  private static final String[][] TAILS = {
    {"or more", "GTE"}, {"or above", "GTE"}, {"and above", "GTE"}, {"or higher", "GTE"}, {"or over", "GTE"},
    {"and over", "GTE"}, {"or less", "LTE"}, {"or fewer", "LTE"}, {"or below", "LTE"}, {"or lower", "LTE"},
  };
  private static final String[] YEAR_ON_YEAR = {"on a year-on-year basis", "year-on-year", "year on year",
    "on a yearly basis", "on an annual basis", "from a year earlier", "from a year ago", "y-o-y", "yoy"};
  private static final String[] ANNUALLY = {"per annum", "annually", "per year", "a year", "each year",
    "every year"};
  /** Verbs that may follow "one" used as a pronoun ("one said"): not a counted noun. */
  private static final Set<String> VERBS_AFTER_ONE = Set.of("said", "says", "told", "added", "noted", "argued",
      "wrote", "put", "went", "came", "got", "saw", "thinks", "thought", "knows", "knew", "cannot");
  /** Capitalized words that may begin a sentence before a bare number without naming it: "In 168 cases". */
  private static final Set<String> CAPITALIZED_FUNCTION_WORDS = Set.of("In", "On", "At", "By", "For", "Of", "To",
      "From", "With", "And", "Or", "But", "The", "Only", "Just", "All", "Another", "Among", "Between");
  /** Time words after a slash: "5 percent/year". */
  private static final Map<String, String> SLASH_TIME = Map.of("year", "year", "yr", "year", "a", "year",
      "month", "month", "day", "day");
  /** Nouns after "per" that mean one person. */
  private static final Set<String> PER_PERSON = Set.of("capita", "person", "head", "people", "inhabitant",
      "resident");
  private static final Set<String> INCREASE = Set.of("up", "rise", "rises", "rose", "risen", "rising", "increase",
      "increased", "increases", "increasing", "grow", "grew", "grown", "grows", "growing", "growth", "surge",
      "surged", "surging", "jump", "jumped", "climb", "climbed", "soar", "soared", "gain", "gained", "expand",
      "expanded", "boost", "boosted", "raise", "raised");
  private static final Set<String> DECREASE = Set.of("down", "fall", "fell", "fallen", "falls", "falling",
      "decline", "declined", "declines", "drop", "dropped", "decrease", "decreased", "decreases", "reduce",
      "reduced", "reduction", "cut", "cuts", "shrink", "shrank", "shrunk", "lower", "lowered", "slump", "slumped",
      "dip", "dipped", "contract", "contracted", "plunge", "plunged");
  /**
   * Words between a change word and its number: "rose by 5 percent", "an increase of 5 percent"; not "to", since
   * "rose to 5 percent" gives the new level, not the change.
   */
  private static final Set<String> CHANGE_FILLERS = Set.of("by", "of", "a", "an", "some", "average");
  /** Change words that, before money or a count, mean raising or gaining it: a rise only before a ratio. */
  private static final Set<String> RAISE_MONEY = Set.of("raise", "raised", "raises", "raising", "gain", "gained");
  /** Verbs that govern a change through "by" from further back: "reduce energy use per unit of GDP by 13.5%". */
  private static final Set<String> INCREASE_VERBS = Set.of("increase", "increases", "increased", "increasing",
      "raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted",
      "grow", "grows", "grew", "expand", "expands", "expanded");
  private static final Set<String> DECREASE_VERBS = Set.of("reduce", "reduces", "reduced", "reducing", "cut",
      "cuts", "cutting", "lower", "lowers", "lowered", "lowering", "decrease", "decreases", "decreased", "shrink",
      "shrank", "trim", "trimmed");
  private static final int MAX_CHANGE_DISTANCE = 14;
  /** Words that end a counted noun phrase: function words, common verbs, time and order words. */
  private static final Set<String> NOT_IN_NOUN_PHRASE = Set.of("of", "in", "on", "at", "by", "for", "to", "from",
      "with", "into", "onto", "per", "and", "or", "but", "than", "as", "the", "a", "an", "that", "which", "who",
      "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "can", "could",
      "should", "may", "might", "must", "do", "does", "did", "not", "also", "each", "every", "this", "these",
      "those", "its", "their", "his", "her", "our", "more", "less", "percent", "respectively", "between",
      "involve", "involves", "include", "includes", "including", "make", "makes", "reach", "reached", "account",
      "accounts", "accounting", "year-on-year", "annually", "last", "next", "ago", "earlier", "later", "since",
      "until", "before", "after", "during", "when", "while", "where", "if", "so", "such", "there", "here",
      "among", "about", "over", "under", "up", "down", "out", "off", "what", "how", "both", "all", "only",
      "worldwide", "nationwide", "globally", "overall", "total", "together", "apiece", "via", "across",
      "against", "within", "without", "through", "toward", "towards", "versus", "vs");
  /** Time words: "five years" is a duration, left to dates. */
  private static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
      "days", "decade", "decades", "hour", "hours", "minute", "minutes", "min", "mins", "second", "seconds",
      "quarter", "quarters", "century", "centuries", "hrs");
  private static final Map<String, String> IRREGULAR_PLURALS = Map.of("people", "person", "children", "child",
      "men", "man", "women", "woman", "staff", "staff", "personnel", "personnel", "cattle", "cattle", "police",
      "police", "data", "data");
  /** Scale words that may follow digits after a space: "1.3 trillion", "16.3 bn". */
  private static final Set<String> SPACED_SCALES = Set.of("thousand", "million", "billion", "trillion",
      "quadrillion", "bn", "mn", "tn", "trn", "mln", "bln");
  /** Scale words spelt out, the only ones a number in words may use: "one million", "a billion". */
  private static final Set<String> WORD_SCALES = Set.of("thousand", "million", "billion", "trillion",
      "quadrillion");
  /** Abbreviations glued to a money amount: "US$5m", "€2bn", "$300k"; only after a currency. */
  private static final Set<String> MONEY_SCALES = Set.of("k", "m", "b", "bn", "mn", "tn", "trn", "mln", "bln");
  private static final int MAX_NOUN_WORDS = 6;
  private static final int MAX_NUMBER_WORDS = 12;
  private static final int MAX_DIGITS = 30;

  private static final double UNIT_CONFIDENCE = 0.92;
  private static final double COUNTED_CONFIDENCE = 0.88;
  private static final double BARE_CONFIDENCE = 0.8;

  private final String t;
  private final UnitDictionary units;
  private final BitSet blocked;

  /** A number read from the text: its extent, value, and the scale word it ended with (or null). */
  private record Number(int start, int end, BigDecimal value, BigDecimal scale) {
  }

  /** One quantity before units are shared out; {@code bare} if it has neither unit nor counted noun. */
  private record Candidate(QuantityRecognizer.Found found, boolean bare) {
  }

  EnglishQuantities(String text, UnitDictionary units, BitSet blocked) {
    this.t = text;
    this.units = units;
    this.blocked = blocked;
  }

  List<QuantityRecognizer.Found> find() {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (!blocked.get(i) && startsNumber(i)) {
        Candidate quantity = quantityAt(i);
        if (quantity != null) {
          found.add(quantity);
          i = quantity.found().end();
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
    if (i > 0 && (Characters.isWordChar(t.charAt(i - 1)) || t.charAt(i - 1) == '.' && c >= '0' && c <= '9')) {
      return false;
    }
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (!Characters.isAsciiLetter(c)) {
      return false; // as well as any other letter: "a" and every number word begin with an ASCII letter
    }
    // Only "a", "an" and the number words below a hundred start a number: most words are told apart by their first
    // three letters, without building a string for them.
    char second = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    char third = i + 2 < t.length() ? t.charAt(i + 2) : ' ';
    boolean article = (c | 0x20) == 'a' && c <= 'z' && ((second | 0x20) == 'n' || !Characters.isWordChar(second));
    if (!article && !EnglishNumber.mayBeginBelowHundred(c, second, third)) {
      return false;
    }
    int end = wordEnd(i);
    if (article && (end - i == 1 || end - i == 2 && (second | 0x20) == 'n' && second < 0x80)) { // "a", "an"
      String next = wordAt(skipSpaces(end)).toLowerCase(Locale.ROOT);
      return next.equals("dozen") || next.equals("hundred") || WORD_SCALES.contains(next);
    }
    return EnglishNumber.isBelowHundred(t, i, end);
  }

  private Candidate quantityAt(int numberStart) {
    Number first = readNumber(numberStart);
    if (first == null || excluded(first) || ChineseQuantities.inChineseContext(t, first.start(), first.end())) {
      return null;
    }
    int start = first.start();
    String unit = null;
    UnitDictionary.Found prefix = units.prefixEndingAt(t, skipSpacesBack(start));
    if (prefix != null && !blocked.get(prefix.start()) && (prefix.end() == start
        || Characters.isWordChar(t.charAt(prefix.end() - 1)))) {
      unit = prefix.unit().symbol();
      start = prefix.start();
    }
    String lead = null;
    int leadStart = leadBefore(start);
    if (leadStart >= 0) {
      lead = leadAt(leadStart);
    }
    boolean fromTo = precededBy(start, "from");
    int betweenStart = leadStart < 0 ? wordStartBefore(start, "between") : -1;
    int end = first.end();
    BigDecimal value = first.value();
    BigDecimal min = null;
    BigDecimal max = null;

    // A percent sign or unit straight after the first number of a range: "10%-20%", "5 percent to 8 percent".
    UnitDictionary.Found firstUnit = unit == null ? suffixUnitAfter(end) : null;
    int afterFirst = firstUnit != null ? firstUnit.end() : end;

    Number second = fromTo ? null : rangeEnd(afterFirst, betweenStart >= 0, unit);
    if (second != null && firstUnit != null) {
      UnitDictionary.Found secondUnit = suffixUnitAfter(second.end());
      if (secondUnit == null || !secondUnit.unit().symbol().equals(firstUnit.unit().symbol())) {
        second = null; // "5 percent to 8 billion" is not one range
      }
    }
    if (second != null) {
      BigDecimal low = first.value();
      if (first.scale() == null && second.scale() != null && low.compareTo(second.value()) < 0
          && low.multiply(second.scale()).compareTo(second.value()) <= 0) {
        low = low.multiply(second.scale()); // "1.3 to 1.5 trillion"
      }
      if (low.compareTo(second.value()) < 0) {
        min = low;
        max = second.value();
        value = null;
        end = second.end();
        if (betweenStart >= 0) {
          start = betweenStart;
        }
      } else {
        second = null;
      }
    }
    if (second == null && firstUnit != null) {
      unit = firstUnit.unit().symbol();
      end = firstUnit.end();
    }
    if (unit == null || second != null && firstUnit != null) {
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
      if (at > end && t.regionMatches(true, at, phrase, 0, phrase.length()) && wordEndsAt(at + phrase.length())) {
        yearOnYear = true;
        end = at + phrase.length();
        break;
      }
    }
    boolean bare = unit == null && lead == null && second == null && per == null;
    if (bare && (bareNumberIsAName(first) || t.substring(first.start(), first.end()).equalsIgnoreCase("one"))) {
      return null;
    }
    if (counted && lead == null && prefix == null && second == null && followsName(first.start())
        && !Words.startsSentence(t, wordBefore(first.start()))) {
      return null; // "Made in China 2025 targets", "Hengchi 5 SUVs"
    }
    if (leadStart >= 0) {
      start = leadStart;
    }
    int firstBlocked = blocked.nextSetBit(start);
    if (firstBlocked >= 0 && firstBlocked < end) {
      return null;
    }
    // A change is of an amount ("rose 22.5 percent"); "the growth of 50,000 new SMEs" counts, it does not change.
    boolean ratio = "percent".equals(unit) || "percentage_point".equals(unit);
    Quantity.Change change = counted ? null : changeBefore(start, ratio);
    Quantity quantity = new Quantity(value, min, max, unit, bound, "~".equals(lead), per, change, yearOnYear);
    double confidence = bare ? BARE_CONFIDENCE : counted ? COUNTED_CONFIDENCE : UNIT_CONFIDENCE;
    return new Candidate(new QuantityRecognizer.Found(start, end, quantity, confidence,
        QuantityRecognizer.RULE_ENGLISH), unit == null);
  }

  // ---- numbers ------------------------------------------------------------------------------------------

  private Number readNumber(int start) {
    char c = t.charAt(start);
    return c >= '0' && c <= '9' ? readDigits(start) : readWords(start);
  }

  /** Digits with thousands separators and a decimal part, then an optional scale: "1,100", "1.3 trillion", "$5m". */
  private Number readDigits(int start) {
    int i = start;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    if (i - start <= 3) {
      while (i + 3 < t.length() && t.charAt(i) == ',' && isDigits(i + 1, 3)
          && (i + 4 >= t.length() || !isDigit(t.charAt(i + 4)))) {
        i += 4;
      }
    }
    if (i + 1 < t.length() && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
      i++;
      while (i < t.length() && isDigit(t.charAt(i))) {
        i++;
      }
    }
    if (i - start > MAX_DIGITS) {
      return null;
    }
    BigDecimal value = new BigDecimal(t.substring(start, i).replace(",", ""));
    String attached = wordAt(i).toLowerCase(Locale.ROOT);
    if (MONEY_SCALES.contains(attached) && (attached.length() > 1 && !attached.equals("tn") || afterCurrency(start))) {
      BigDecimal scale = EnglishNumber.scale(attached);
      return new Number(start, i + attached.length(), value.multiply(scale), scale);
    }
    int next = skipSpaces(i);
    String word = next > i ? wordAt(next).toLowerCase(Locale.ROOT) : "";
    if (SPACED_SCALES.contains(word)) {
      BigDecimal scale = EnglishNumber.scale(word);
      return new Number(start, next + word.length(), value.multiply(scale), scale);
    }
    return new Number(start, i, value, null);
  }

  private boolean afterCurrency(int numberStart) {
    UnitDictionary.Found prefix = units.prefixEndingAt(t, skipSpacesBack(numberStart));
    return prefix != null && prefix.unit().kind().equals("currency");
  }

  /** The longest run of number words that parses: "twenty-five", "one hundred and five", "a dozen". */
  private Number readWords(int start) {
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int i = start;
    while (words.size() < MAX_NUMBER_WORDS && i < t.length()) {
      String word = wordAt(i);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean numberWord = (EnglishNumber.isNumberWord(word) && (!EnglishNumber.isScale(word)
          || WORD_SCALES.contains(lower))) || lower.equals("and")
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
   * Ordinals ("14th", "3rd"), numbers joined to a word ("Five-Year", "5G", "COVID-19", "3D"), capitalized number
   * words inside a name, list markers, dot leaders, clock times and phone numbers.
   */
  private boolean excluded(Number number) {
    int start = number.start();
    int end = number.end();
    if (end < t.length() && Characters.isWordChar(t.charAt(end)) && units.suffixAt(t, end) == null) {
      return true; // "5G", "14th", "3rd"; not "20GWh"
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
    int back = start;
    while (back > 0 && (t.charAt(back - 1) == ' ' || t.charAt(back - 1) == '\t')) {
      back--;
    }
    if (t.startsWith("..", end) || back > 1 && t.charAt(back - 1) == '.' && t.charAt(back - 2) == '.'
        || start > 0 && t.charAt(start - 1) == '.' && !Character.isLetter(t.charAt(start))) {
      return true; // dot leaders of a table of contents: "TOP 5.....\t2"
    }
    if (start > 0 && t.charAt(start - 1) == '(' && end < t.length() && t.charAt(end) == ')') {
      return true; // "(1)"
    }
    if (abbreviationEndsAt(back, "no.") || abbreviationEndsAt(back, "nos.")) {
      return true; // "Document No. 5"
    }
    if (atLineStart(start) && end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == ')'
        || t.charAt(end) == '、') && (end + 1 >= t.length() || t.charAt(end + 1) == ' ' || t.charAt(end + 1) == '\t'
        || t.charAt(end) == '、')) {
      return true; // "1. Localizing …"
    }
    if (end + 1 < t.length() && t.charAt(end) == ':' && isDigit(t.charAt(end + 1))
        || start > 1 && t.charAt(start - 1) == ':' && isDigit(t.charAt(start - 2))) {
      return true; // "14:30"
    }
    char c = t.charAt(start);
    if (Character.isUpperCase(c) && !Words.startsSentence(t, start)) {
      return true; // "the Two Zones", "Big Four": a number word capitalized inside a sentence names something
    }
    String first = t.substring(start, end).toLowerCase(Locale.ROOT);
    if (first.equals("one")) {
      String next = wordAt(skipSpaces(end)).toLowerCase(Locale.ROOT);
      if (next.equals("of") || next.equals("another") || next.equals("by") || next.equals("day")
          || next.equals("another's")) {
        return true;
      }
    }
    return isInNumberSequence(start, end);
  }

  /** True if the word {@code abbreviation} (any case, with its period) ends at {@code end}. */
  private boolean abbreviationEndsAt(int end, String abbreviation) {
    int at = end - abbreviation.length();
    return at >= 0 && t.regionMatches(true, at, abbreviation, 0, abbreviation.length())
        && (at == 0 || !Characters.isWordChar(t.charAt(at - 1)));
  }

  /** "+49 30 3440 999 0": three or more plain numbers in a row are a phone number or a code. */
  private boolean isInNumberSequence(int start, int end) {
    int groups = 1;
    int i = end;
    for (int k = 0; k < 2 && i + 1 < t.length() && t.charAt(i) == ' ' && isDigit(t.charAt(i + 1)); k++) {
      i++;
      while (i < t.length() && isDigit(t.charAt(i))) {
        i++;
      }
      groups++;
    }
    i = start;
    for (int k = 0; k < 2 && i > 1 && t.charAt(i - 1) == ' ' && isDigit(t.charAt(i - 2)); k++) {
      i--;
      while (i > 0 && isDigit(t.charAt(i - 1))) {
        i--;
      }
      groups++;
    }
    return groups >= 3 || i > 0 && t.charAt(i - 1) == '+';
  }

  /**
   * "Hengchi 5 SUV", "MERICS TOP 5", "Article 5", "Klosterstraße 64": a bare number right after a capitalized word
   * (other than a function word such as "In") is part of a name; a long number without separators ("10179") is a
   * code.
   */
  private boolean bareNumberIsAName(Number number) {
    String digits = t.substring(number.start(), number.end());
    if (digits.length() >= 5 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return followsName(number.start());
  }

  /** The start of the word right before {@code start} (spaces between), or {@code start} if there is none. */
  private int wordBefore(int start) {
    int i = skipSpacesBack(start);
    while (i > 0 && Characters.isWordChar(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * True if a capitalized word other than a function word stands right before {@code start}: "Hengchi 5", "Made in
   * China 2025". An imperative that opens a bullet ("Foster 100 firms") is told apart by the caller.
   */
  private boolean followsName(int start) {
    int back = skipSpacesBack(start);
    if (back == start || back == 0) {
      return false;
    }
    int wordStart = back;
    while (wordStart > 0 && Characters.isWordChar(t.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < back && Character.isUpperCase(t.charAt(wordStart))
        && !CAPITALIZED_FUNCTION_WORDS.contains(t.substring(wordStart, back));
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
      } else if (next > i && !between && t.regionMatches(true, next, "to ", 0, 3)) {
        connector = next + 2;
      } else if (next > i && between && t.regionMatches(true, next, "and ", 0, 4)) {
        connector = next + 3;
      } else {
        return null;
      }
    }
    int numberStart = skipSpaces(connector);
    if (unit != null) {
      // "$5 to $8 billion", "CNY 5 to CNY 8 billion": the prefix may be repeated before the second number
      for (int k = Math.min(t.length(), numberStart + 4); k > numberStart; k--) {
        UnitDictionary.Found repeated = units.prefixEndingAt(t, k);
        if (repeated != null && repeated.start() == numberStart && repeated.unit().symbol().equals(unit)) {
          numberStart = skipSpaces(repeated.end());
          break;
        }
      }
    }
    if (numberStart >= t.length() || blocked.get(numberStart) || !startsSecondNumber(numberStart)) {
      return null;
    }
    Number second = readNumber(numberStart);
    if (second == null || excluded(second)) {
      return null;
    }
    return second;
  }

  private boolean startsSecondNumber(int i) {
    char c = t.charAt(i);
    if (c >= '0' && c <= '9') {
      return true;
    }
    String word = wordAt(i);
    return !word.isEmpty() && EnglishNumber.isNumberWord(word) && !EnglishNumber.isScale(word);
  }

  // ---- around the number ------------------------------------------------------------------------------------

  /** A unit glued to the number ("20GWh", "5%") or after one space ("20 GWh", "5 percent"). */
  private UnitDictionary.Found suffixUnitAfter(int end) {
    if (end >= t.length()) {
      return null;
    }
    UnitDictionary.Found attached = units.suffixAt(t, end);
    if (attached != null) {
      return attached;
    }
    int next = skipSpaces(end);
    return next > end && next - end <= 2 && next < t.length() ? units.suffixAt(t, next) : null;
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
    return wordStartBefore(start, word) >= 0;
  }

  /** The start of {@code word} if it stands right before {@code start} (spaces between), else -1. */
  private int wordStartBefore(int start, String word) {
    int end = skipSpacesBack(start);
    int at = end - word.length();
    return end < start && at >= 0 && t.regionMatches(true, at, word, 0, word.length())
        && (at == 0 || !Characters.isWordChar(t.charAt(at - 1))) ? at : -1;
  }

  /**
   * The head noun of the words after a number: {start, end} of the last plural word of a short noun phrase
   * ("new tech-based SMEs" → "SMEs", "internationally influential industry clusters" → "clusters"), {-1, -1} for a
   * time noun ("five years"), or null for none.
   */
  private int[] countedNoun(int after, BigDecimal value) {
    int i = skipSpaces(after);
    if (i == after || i >= t.length()) {
      return null;
    }
    boolean one = value != null && value.compareTo(BigDecimal.ONE) == 0;
    int headStart = -1;
    int headEnd = -1;
    boolean quoted = false;
    for (int words = 0; words < MAX_NOUN_WORDS && i < t.length(); words++) {
      if (t.charAt(i) == '"' && !quoted && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
        quoted = true; // 100 "little giant" firms: a quoted modifier inside the noun phrase
        i++;
      }
      String word = wordAt(i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (headStart < 0 && (lower.equals("and") || lower.equals("or")) && words > 0) {
        // "936,000 public and private chargers": modifiers joined before the head
        int next = skipSpaces(i + word.length());
        if (next == i + word.length()) {
          break;
        }
        i = next;
        continue;
      }
      if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || NOT_IN_NOUN_PHRASE.contains(lower)
          || EnglishNumber.isNumberWord(word) || (lower.endsWith("ed") && headStart >= 0)) {
        break;
      }
      if (TIME_NOUNS.contains(lower)) {
        return headStart < 0 ? new int[] {-1, -1} : new int[] {headStart, headEnd};
      }
      boolean adverb = lower.endsWith("ly") && lower.length() > 4;
      boolean verbLike = lower.endsWith("ed") || VERBS_AFTER_ONE.contains(lower);
      if (!adverb && (looksPlural(word) || one && words == 0 && !verbLike)) {
        headStart = i;
        headEnd = i + word.length();
      } else if (headStart >= 0) {
        break; // the noun phrase ended at its plural head: "50 firms worldwide"
      }
      int wordEnd = i + word.length();
      if (quoted && wordEnd < t.length() && t.charAt(wordEnd) == '"') {
        quoted = false;
        wordEnd++;
      }
      if (headStart < 0 && wordEnd + 1 < t.length() && t.charAt(wordEnd) == ','
          && t.charAt(wordEnd + 1) == ' ') {
        wordEnd++; // "1,500 steel, cement and aluminium smelting companies": a list of modifiers
      }
      int next = skipSpaces(wordEnd);
      if (next == wordEnd) {
        break;
      }
      i = next;
    }
    return headStart < 0 || quoted ? null : new int[] {headStart, headEnd};
  }

  private static boolean looksPlural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR_PLURALS.containsKey(lower)) {
      return true;
    }
    int n = word.length();
    return n >= 3 && word.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
        && !lower.endsWith("'s");
  }

  /** The singular of a counted noun: "robots" → robot, "SMEs" → SME, "companies" → company, "people" → person. */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR_PLURALS.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (!word.endsWith("s")) {
      return Characters.isUpperCaseWord(word) ? word : lower;
    }
    String stem = word.substring(0, word.length() - 1);
    if (Characters.isUpperCaseWord(stem)) {
      return stem; // SMEs, EVs
    }
    if (lower.endsWith("ies") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
        || lower.endsWith("zzes")) {
      return lower.substring(0, lower.length() - 2);
    }
    return stem.toLowerCase(Locale.ROOT);
  }

  /** The end of "per 10,000 employees", "per capita", "per tonne", "annually", or -1. */
  private int perAfter(int end) {
    if (end + 1 < t.length() && t.charAt(end) == '/') {
      UnitDictionary.Found unit = units.suffixAt(t, end + 1);
      if (unit != null) {
        return unit.end(); // "CNY 0.4/kWh"
      }
      String word = wordAt(end + 1).toLowerCase(Locale.ROOT);
      return SLASH_TIME.containsKey(word) ? end + 1 + word.length() : -1;
    }
    int at = skipSpaces(end);
    if (at == end) {
      return -1;
    }
    for (String phrase : ANNUALLY) {
      int after = at + phrase.length();
      if (t.regionMatches(true, at, phrase, 0, phrase.length()) && wordEndsAt(after)) {
        String next = wordAt(skipSpaces(after)).toLowerCase(Locale.ROOT);
        if (next.equals("ago") || next.equals("earlier") || next.equals("later") || next.equals("before")) {
          return -1; // "a year ago" dates the quantity
        }
        return after;
      }
    }
    for (String article : new String[] {"a ", "an ", "each "}) {
      if (t.regionMatches(true, at, article, 0, article.length())) {
        UnitDictionary.Found unit = units.suffixAt(t, at + article.length());
        return unit != null && !unit.unit().kind().equals("count") ? unit.end() : -1; // "CNY 500,000 a tonne"
      }
    }
    if (!t.regionMatches(true, at, "per ", 0, 4)) {
      return -1;
    }
    int i = skipSpaces(at + 3);
    if (i < t.length() && isDigit(t.charAt(i))) {
      Number number = readDigits(i);
      if (number == null) {
        return -1;
      }
      i = skipSpaces(number.end());
    } else if (WORD_SCALES.contains(wordAt(i).toLowerCase(Locale.ROOT))) {
      i = skipSpaces(i + wordAt(i).length()); // "per million people"
    }
    if (i >= t.length()) {
      return -1;
    }
    UnitDictionary.Found unit = units.suffixAt(t, i);
    if (unit != null) {
      return unit.end();
    }
    String word = wordAt(i);
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))
        || NOT_IN_NOUN_PHRASE.contains(word.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return i + word.length();
  }

  private Quantity.Per parsePer(int end, int perEnd) {
    if (t.charAt(end) == '/') {
      UnitDictionary.Found unit = units.suffixAt(t, end + 1);
      return new Quantity.Per(BigDecimal.ONE, unit != null ? unit.unit().symbol()
          : SLASH_TIME.get(t.substring(end + 1, perEnd).toLowerCase(Locale.ROOT)));
    }
    int at = skipSpaces(end);
    String phrase = t.substring(at, perEnd).toLowerCase(Locale.ROOT);
    for (String annually : ANNUALLY) {
      if (phrase.equals(annually)) {
        return new Quantity.Per(BigDecimal.ONE, "year");
      }
    }
    for (String article : new String[] {"a ", "an ", "each "}) {
      if (phrase.startsWith(article)) {
        return new Quantity.Per(BigDecimal.ONE, units.suffixAt(t, at + article.length()).unit().symbol());
      }
    }
    int i = skipSpaces(at + 3);
    BigDecimal value = BigDecimal.ONE;
    if (isDigit(t.charAt(i))) {
      Number number = readDigits(i);
      if (number == null) {
        return null;
      }
      value = number.value();
      i = skipSpaces(number.end());
    } else if (WORD_SCALES.contains(wordAt(i).toLowerCase(Locale.ROOT))) {
      value = EnglishNumber.scale(wordAt(i));
      i = skipSpaces(i + wordAt(i).length());
    }
    UnitDictionary.Found unit = units.suffixAt(t, i);
    if (unit != null && unit.end() == perEnd) {
      return new Quantity.Per(value, unit.unit().symbol());
    }
    String noun = singular(t.substring(i, perEnd));
    return new Quantity.Per(value, PER_PERSON.contains(noun) ? "person" : noun);
  }

  /**
   * INCREASE or DECREASE if a word of change stands just before the quantity ("surged 22.5 percent", "an increase
   * of 5 percent"), or governs it through "by" from a few words back in the same clause ("cut energy use per unit
   * of GDP by 13.5 percent").
   */
  private Quantity.Change changeBefore(int start, boolean ratioUnit) {
    Quantity.Change near = changeRightBefore(start, ratioUnit);
    if (near != null) {
      return near;
    }
    int by = start;
    for (String filler : new String[] {"of", "average", "an"}) { // "cut prices by an average of 47.5 percent"
      int at = wordStartBefore(by, filler);
      by = at >= 0 ? at : by;
    }
    by = wordStartBefore(by, "by");
    if (by < 0) {
      return null;
    }
    int i = by;
    for (int words = 0; words < MAX_CHANGE_DISTANCE; words++) {
      int end = skipSpacesBack(i);
      if (end == i || end == 0) {
        return null; // punctuation or the start of the text ends the clause
      }
      int wordStart = end;
      while (wordStart > 0 && (Characters.isWordChar(t.charAt(wordStart - 1)) || t.charAt(wordStart - 1) == '-'
          || t.charAt(wordStart - 1) == '\'')) {
        wordStart--;
      }
      if (wordStart == end) {
        return null;
      }
      String word = t.substring(wordStart, end).toLowerCase(Locale.ROOT);
      if (INCREASE_VERBS.contains(word)) {
        return Quantity.Change.INCREASE;
      }
      if (DECREASE_VERBS.contains(word)) {
        return Quantity.Change.DECREASE;
      }
      i = wordStart;
    }
    return null;
  }

  /** INCREASE or DECREASE if a word of change stands right before {@code start}, fillers such as "by" aside. */
  private Quantity.Change changeRightBefore(int start, boolean ratioUnit) {
    int i = start;
    for (int words = 0; words < 5; words++) {
      int end = skipSpacesBack(i);
      if (end == i) {
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
      if ((word.equals("up") || word.equals("down")) && !startsClause(wordStart)) {
        return null; // "taking up 53.68 percent", "set down"; but "exports, up 5 percent"
      }
      if (RAISE_MONEY.contains(word) && !ratioUnit) {
        return null; // "the fund raised CNY 204.2 billion": money raised, not a rise
      }
      if (INCREASE.contains(word)) {
        return Quantity.Change.INCREASE;
      }
      if (DECREASE.contains(word)) {
        return Quantity.Change.DECREASE;
      }
      if (!CHANGE_FILLERS.contains(word)) {
        return null;
      }
      i = wordStart;
    }
    return null;
  }

  /** True if a clause starts at {@code i}: after punctuation, at a sentence start, or after a form of "be". */
  private boolean startsClause(int i) {
    int end = skipSpacesBack(i);
    if (end == 0 || !Characters.isWordChar(t.charAt(end - 1))) {
      return true;
    }
    int start = end;
    while (start > 0 && Characters.isWordChar(t.charAt(start - 1))) {
      start--;
    }
    return Set.of("is", "are", "was", "were", "be", "been", "being").contains(
        t.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * "2 and 3.7 percent respectively", "70 and 80 percent", "from 80 to 70 percent", "five or six firms": a number
   * without a unit followed by and/or/to/a comma and a number with a unit takes that unit.
   */
  private List<QuantityRecognizer.Found> shareUnits(List<Candidate> candidates) {
    List<QuantityRecognizer.Found> result = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      result.add(candidate.found());
    }
    for (int k = candidates.size() - 2; k >= 0; k--) {
      QuantityRecognizer.Found bare = result.get(k);
      QuantityRecognizer.Found next = result.get(k + 1);
      if (!candidates.get(k).bare() || next.value().unit() == null || next.start() < bare.end()) {
        continue;
      }
      String between = t.substring(bare.end(), next.start()).strip().toLowerCase(Locale.ROOT);
      if (between.equals("and") || between.equals("or") || between.equals(",") || between.equals("to")
          || between.equals(", and")) {
        result.set(k, new QuantityRecognizer.Found(bare.start(), bare.end(),
            bare.value().withUnit(next.value().unit()), next.confidence(), bare.rule()));
        Quantity q = next.value();
        if (!between.equals("to") && q.change() == null && bare.value().change() != null) {
          // "reduce it by 2 and 3.7 percent": the change of the first is the change of both
          result.set(k + 1, new QuantityRecognizer.Found(next.start(), next.end(), new Quantity(q.value(), q.min(),
              q.max(), q.unit(), q.bound(), q.approx(), q.per(), bare.value().change(), q.yearOnYear()),
              next.confidence(), next.rule()));
        }
      }
    }
    return result;
  }

  // ---- characters ----------------------------------------------------------------------------------------

  private String wordAt(int i) {
    return t.substring(i, wordEnd(i));
  }

  /** The end of the word at {@code i} (inner hyphens and apostrophes included, at most 40 characters), or i. */
  private int wordEnd(int i) {
    if (i >= t.length() || !Characters.isWordChar(t.charAt(i))) {
      return i;
    }
    int j = i;
    while (j < t.length() && j - i < 40 && (Characters.isWordChar(t.charAt(j))
        || ((t.charAt(j) == '-' || t.charAt(j) == '\'') && j + 1 < t.length()
        && Characters.isWordChar(t.charAt(j + 1)) && Character.isLetter(t.charAt(j - 1))))) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean isDigits(int from, int count) {
    if (from + count > t.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!isDigit(t.charAt(k))) {
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
}
