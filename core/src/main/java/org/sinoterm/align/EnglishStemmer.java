package org.sinoterm.align;

import java.util.Map;
import java.util.Set;
import org.sinoterm.text.Characters;

/**
 * Reduces an English word to the key the aligner compares, so that the forms a translator may choose meet:
 * "Industries", "industrial" and "industry" → {@code industri}; "Catalogue" and "catalogs" → {@code catalog};
 * "Promoting" and "promotion" → {@code promot}; "organisation" and "organization" → {@code organ}; "Fourteenth"
 * and "14th" → {@code 14th}; "ten" → {@code 10}.
 *
 * <p>Three steps: British spellings become American ones (a table of stems, plus -ise/-isation → -ize/-ization
 * outside a list of words where -ise is not a suffix, such as "advise" and "enterprise"); number and ordinal words
 * become digits; then the word is stemmed with Porter's algorithm (M. F. Porter, "An algorithm for suffix
 * stripping", Program 14(3), 1980), which folds plurals, -ing, -ed and the common derivational suffixes.
 * Stateless and thread-safe.
 */
final class EnglishStemmer {

  private static final Map<String, String> BRITISH = Map.ofEntries(
      Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalog"), Map.entry("catalogued", "catalog"),
      Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialog"), Map.entry("programme", "program"),
      Map.entry("programmes", "program"), Map.entry("centre", "center"), Map.entry("centres", "center"),
      Map.entry("metre", "meter"), Map.entry("metres", "meter"), Map.entry("litre", "liter"),
      Map.entry("litres", "liter"), Map.entry("fibre", "fiber"), Map.entry("fibres", "fiber"),
      Map.entry("theatre", "theater"), Map.entry("defence", "defense"), Map.entry("licence", "license"),
      Map.entry("licences", "license"), Map.entry("offence", "offense"), Map.entry("practise", "practice"),
      Map.entry("aluminium", "aluminum"), Map.entry("tyre", "tire"), Map.entry("tyres", "tire"),
      Map.entry("ageing", "aging"), Map.entry("fulfil", "fulfill"), Map.entry("enrol", "enroll"),
      Map.entry("grey", "gray"), Map.entry("sceptical", "skeptical"), Map.entry("storey", "story"),
      Map.entry("analyse", "analyze"), Map.entry("analysed", "analyzed"), Map.entry("analysing", "analyzing"),
      Map.entry("paralyse", "paralyze"), Map.entry("cheque", "check"), Map.entry("plough", "plow"),
      Map.entry("judgement", "judgment"), Map.entry("acknowledgement", "acknowledgment"));

  /** Stems whose British -our is American -or: labour, labourer, labour-intensive. */
  private static final Set<String> OUR = Set.of("labour", "colour", "favour", "honour", "behaviour", "neighbour",
      "harbour", "vigour", "rigour", "endeavour", "flavour", "humour", "rumour", "savour", "valour", "tumour",
      "odour", "armour", "parlour", "saviour", "splendour", "clamour", "glamour");

  /** Words ending in -ise (and their inflections) where -ise is part of the root, not the British -ize. */
  private static final Set<String> ISE_ROOTS = Set.of("advis", "revis", "supervis", "promis", "rais", "exercis",
      "surpris", "compris", "devis", "precis", "concis", "enterpris", "franchis", "merchandis", "expertis",
      "premis", "compromis", "disguis", "televis", "improvis", "otherwis", "likewis", "nois", "pois", "prais",
      "cruis", "bruis", "paradis", "treatis", "circumcis", "incis", "excis", "demis", "advertis", "despis",
      "apprais", "wis", "ris", "aris", "chastis", "reveris", "anglicis", "vis", "pris", "reprise", "upris");

  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
      Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
      Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
      Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
      Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
      Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
      Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("hundred", "100"),
      Map.entry("thousand", "1000"),
      Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"), Map.entry("fourth", "4th"),
      Map.entry("fifth", "5th"), Map.entry("sixth", "6th"), Map.entry("seventh", "7th"), Map.entry("eighth", "8th"),
      Map.entry("ninth", "9th"), Map.entry("tenth", "10th"), Map.entry("eleventh", "11th"),
      Map.entry("twelfth", "12th"), Map.entry("thirteenth", "13th"), Map.entry("fourteenth", "14th"),
      Map.entry("fifteenth", "15th"), Map.entry("sixteenth", "16th"), Map.entry("seventeenth", "17th"),
      Map.entry("eighteenth", "18th"), Map.entry("nineteenth", "19th"), Map.entry("twentieth", "20th"));

  private EnglishStemmer() {
  }

  /** The key of one word (letters and digits only, any case). */
  static String key(String word) {
    String w = Characters.fold(word);
    if (w.endsWith("'s") || w.endsWith("s'")) {
      w = w.substring(0, w.length() - 2);
    }
    w = w.replace("'", "");
    if (w.isEmpty()) {
      return w;
    }
    String number = NUMBER_WORDS.get(w);
    if (number != null) {
      return number;
    }
    if (Character.isDigit(w.charAt(0))) {
      return w; // "2021", "14th", "5g" are compared as written
    }
    return stem(american(w));
  }

  /** British to American spelling of a folded word. */
  static String american(String w) {
    String mapped = BRITISH.get(w);
    if (mapped != null) {
      return mapped;
    }
    for (String stem : OUR) {
      if (w.startsWith(stem)) {
        return stem.substring(0, stem.length() - 2) + "r" + w.substring(stem.length());
      }
    }
    int is = izeSuffixStart(w);
    if (is > 0) {
      String root = w.substring(0, is + 2);
      if (!ISE_ROOTS.contains(root) && !ISE_ROOTS.contains(w.substring(0, is) + "is")) {
        return w.substring(0, is) + "iz" + w.substring(is + 2);
      }
    }
    return w;
  }

  /** The index of "is" in a word ending in -ise, -ised, -ises, -ising, -isation(s), -iser(s), or -1. */
  private static int izeSuffixStart(String w) {
    String[] endings = {"isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise"};
    for (String ending : endings) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        return w.length() - ending.length();
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Porter's algorithm, steps 1a to 5b, on a lower-case word.

  static String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return word; // digits, hyphens or non-ASCII letters: not an English word the rules know
      }
    }
    Porter p = new Porter(word);
    p.step1ab();
    if (p.k > 0) {
      p.step1c();
      p.step2();
      p.step3();
      p.step4();
      p.step5();
    }
    return p.result();
  }

  /** The working buffer of one stemming: {@code b[0..k]} is the current word, {@code j} a suffix boundary. */
  private static final class Porter {
    private final char[] b;
    private int k;
    private int j;

    Porter(String word) {
      b = word.toCharArray();
      k = b.length - 1;
    }

    String result() {
      return new String(b, 0, k + 1);
    }

    /** True if b[i] is a consonant: not a vowel, and y only after a vowel. */
    private boolean cons(int i) {
      switch (b[i]) {
        case 'a', 'e', 'i', 'o', 'u':
          return false;
        case 'y':
          return i == 0 || !cons(i - 1);
        default:
          return true;
      }
    }

    /** The number of vowel-consonant sequences in b[0..j]: [C](VC)^m[V]. */
    private int m() {
      int n = 0;
      int i = 0;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!cons(i)) {
          break;
        }
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) {
            return n;
          }
          if (cons(i)) {
            break;
          }
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) {
            return n;
          }
          if (!cons(i)) {
            break;
          }
          i++;
        }
        i++;
      }
    }

    private boolean vowelInStem() {
      for (int i = 0; i <= j; i++) {
        if (!cons(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean doubleConsonant(int i) {
      return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    /** True if b[i-2..i] is consonant-vowel-consonant and b[i] is not w, x or y: hop, not hoop or snow. */
    private boolean cvc(int i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
        return false;
      }
      char c = b[i];
      return c != 'w' && c != 'x' && c != 'y';
    }

    private boolean ends(String s) {
      int length = s.length();
      int start = k - length + 1;
      if (start < 0) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (b[start + i] != s.charAt(i)) {
          return false;
        }
      }
      j = k - length;
      return true;
    }

    /** Replaces b[j+1..k] by s. The buffer never grows past the original length in Porter's rules except
     * for "ate", "ble", "ize" and "e" additions, which replace at least as many letters or one removed letter. */
    private void setTo(String s) {
      int length = s.length();
      for (int i = 0; i < length; i++) {
        b[j + 1 + i] = s.charAt(i);
      }
      k = j + length;
    }

    private void replaceIfMeasured(String s) {
      if (m() > 0) {
        setTo(s);
      }
    }

    void step1ab() {
      if (b[k] == 's') {
        if (ends("sses")) {
          k -= 2;
        } else if (ends("ies")) {
          setTo("i");
        } else if (k >= 1 && b[k - 1] != 's') {
          k--;
        }
      }
      if (ends("eed")) {
        if (m() > 0) {
          k--;
        }
      } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
        k = j;
        if (ends("at")) {
          setTo("ate");
        } else if (ends("bl")) {
          setTo("ble");
        } else if (ends("iz")) {
          setTo("ize");
        } else if (doubleConsonant(k)) {
          char c = b[k];
          if (c != 'l' && c != 's' && c != 'z') {
            k--;
          }
        } else {
          j = k;
          if (m() == 1 && cvc(k)) {
            setTo("e");
          }
        }
      }
    }

    void step1c() {
      if (ends("y") && vowelInStem()) {
        b[k] = 'i';
      }
    }

    void step2() {
      if (k == 0) {
        return;
      }
      switch (b[k - 1]) {
        case 'a' -> {
          if (ends("ational")) {
            replaceIfMeasured("ate");
          } else if (ends("tional")) {
            replaceIfMeasured("tion");
          }
        }
        case 'c' -> {
          if (ends("enci")) {
            replaceIfMeasured("ence");
          } else if (ends("anci")) {
            replaceIfMeasured("ance");
          }
        }
        case 'e' -> {
          if (ends("izer")) {
            replaceIfMeasured("ize");
          }
        }
        case 'l' -> {
          if (ends("bli")) {
            replaceIfMeasured("ble");
          } else if (ends("alli")) {
            replaceIfMeasured("al");
          } else if (ends("entli")) {
            replaceIfMeasured("ent");
          } else if (ends("eli")) {
            replaceIfMeasured("e");
          } else if (ends("ousli")) {
            replaceIfMeasured("ous");
          }
        }
        case 'o' -> {
          if (ends("ization")) {
            replaceIfMeasured("ize");
          } else if (ends("ation")) {
            replaceIfMeasured("ate");
          } else if (ends("ator")) {
            replaceIfMeasured("ate");
          }
        }
        case 's' -> {
          if (ends("alism")) {
            replaceIfMeasured("al");
          } else if (ends("iveness")) {
            replaceIfMeasured("ive");
          } else if (ends("fulness")) {
            replaceIfMeasured("ful");
          } else if (ends("ousness")) {
            replaceIfMeasured("ous");
          }
        }
        case 't' -> {
          if (ends("aliti")) {
            replaceIfMeasured("al");
          } else if (ends("iviti")) {
            replaceIfMeasured("ive");
          } else if (ends("biliti")) {
            replaceIfMeasured("ble");
          }
        }
        case 'g' -> {
          if (ends("logi")) {
            replaceIfMeasured("log");
          }
        }
        default -> {
        }
      }
    }

    void step3() {
      switch (b[k]) {
        case 'e' -> {
          if (ends("icate")) {
            replaceIfMeasured("ic");
          } else if (ends("ative")) {
            replaceIfMeasured("");
          } else if (ends("alize")) {
            replaceIfMeasured("al");
          }
        }
        case 'i' -> {
          if (ends("iciti")) {
            replaceIfMeasured("ic");
          }
        }
        case 'l' -> {
          if (ends("ical")) {
            replaceIfMeasured("ic");
          } else if (ends("ful")) {
            replaceIfMeasured("");
          }
        }
        case 's' -> {
          if (ends("ness")) {
            replaceIfMeasured("");
          }
        }
        default -> {
        }
      }
    }

    void step4() {
      if (k == 0) {
        return;
      }
      boolean found = switch (b[k - 1]) {
        case 'a' -> ends("al");
        case 'c' -> ends("ance") || ends("ence");
        case 'e' -> ends("er");
        case 'i' -> ends("ic");
        case 'l' -> ends("able") || ends("ible");
        case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
        case 'o' -> (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
        case 's' -> ends("ism");
        case 't' -> ends("ate") || ends("iti");
        case 'u' -> ends("ous");
        case 'v' -> ends("ive");
        case 'z' -> ends("ize");
        default -> false;
      };
      if (found && m() > 1) {
        k = j;
      }
    }

    void step5() {
      j = k;
      if (b[k] == 'e') {
        int measure = m();
        if (measure > 1 || (measure == 1 && !cvc(k - 1))) {
          k--;
        }
      }
      j = k;
      if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
        k--;
      }
    }
  }
}
