package org.sinoterm.policy;

import java.util.List;
import java.util.function.Predicate;
import org.sinoterm.DocumentType;
import org.sinoterm.DraftLabel;
import org.sinoterm.Entity;
import org.sinoterm.PolicyRef.Period;
import org.sinoterm.policy.EnglishWords.Kind;
import org.sinoterm.policy.EnglishWords.Token;
import org.sinoterm.recognize.Mention;
import org.sinoterm.text.Characters;

/**
 * Parses an English policy title, given exactly, into the same fields as a Chinese one:
 *
 * <pre>
 * title    := "Interpretation of" "the"? inner                           → wrapper INTERPRETATION
 *           | notice ("of" bodies)? "on" issuing "the"? inner           → wrapper NOTICE
 *           | notice ("of" bodies)? "on Soliciting" … "on" "the"? inner  → wrapper NOTICE, a draft for comment
 *           | inner
 * inner    := "Draft"? words label*            the head noun (Plan, Guiding Opinions, Law, …) gives the type
 * label    := "(" (period | draft | edition) ")"   (2021-2025), (Draft for Comments), (Trial), (2022 Edition)
 * issuing  := "Issuing" | "Printing and Distributing" | "Releasing" | "the Issuance of" | …
 * </pre>
 *
 * <p>"Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments)" parses to type PLAN, period
 * 2021–2025, draft label FOR_COMMENT, core "Medical Equipment Industry Development Plan"; "Interpretation of the
 * "Industrial Internet Innovation Development Action Plan (2021-2023)"" to wrapper INTERPRETATION, type
 * ACTION_PLAN, period 2021–2023.
 */
final class EnglishTitleParser {

  private static final String[][] ISSUING = {
    {"printing", "and", "distributing"}, {"printing", "and", "issuing"}, {"issuing", "and", "distributing"},
    {"the", "printing", "and", "distribution", "of"}, {"the", "issuance", "of"}, {"the", "release", "of"},
    {"the", "publication", "of"}, {"the", "promulgation", "of"}, {"issuance", "of"}, {"issuing"}, {"releasing"},
    {"publishing"}, {"promulgating"}, {"forwarding"}, {"distributing"}, {"launching"},
  };
  private static final String[][] SOLICITING = {
    {"soliciting", "public", "comments", "on"}, {"soliciting", "public", "opinions", "on"},
    {"soliciting", "comments", "on"}, {"soliciting", "opinions", "on"}, {"seeking", "public", "comments", "on"},
    {"seeking", "comments", "on"}, {"public", "consultation", "on"},
  };
  private static final String[][] EXPLAINING = {
    {"interpretation", "of"}, {"interpretation", "on"}, {"explanation", "of"}, {"q&a", "on"},
    {"answers", "to", "reporters'", "questions", "on"}, {"questions", "and", "answers", "on"},
  };

  private final String t;
  private final Predicate<String> knownTitle;
  /** The document's English bodies by start, for the issuers named in "Notice of the State Council on …". */
  private final java.util.TreeMap<Integer, List<Mention>> bodies = new java.util.TreeMap<>();

  EnglishTitleParser(String t, Predicate<String> knownTitle, List<Mention> englishBodies) {
    this.t = t;
    this.knownTitle = knownTitle;
    for (Mention body : englishBodies) {
      bodies.computeIfAbsent(body.start(), k -> new java.util.ArrayList<>()).add(body);
    }
  }

  /**
   * Parses {@code t[start, end)} as a whole English title. Never null: a title without a head noun has type OTHER;
   * callers decide whether the words are a title at all.
   */
  ParsedTitle parse(int start, int end) {
    List<Token> tokens = EnglishWords.tokenize(t, start, end);
    ParsedTitle title = parseTokens(tokens, 0, tokens.size(), 0);
    return title.completePeriod();
  }

  private ParsedTitle parseTokens(List<Token> tokens, int from, int to, int depth) {
    if (depth < 3 && to - from >= 3) {
      int explained = phraseEnd(tokens, from, to, EXPLAINING);
      if (explained > 0) {
        ParsedTitle inner = parseTokens(tokens, skipThe(tokens, explained, to), to, depth + 1);
        return inner.wrappedIn(DocumentType.INTERPRETATION);
      }
      String first = tokens.get(from).lower();
      if (first.equals("notice") || first.equals("circular") || first.equals("announcement")) {
        int k = from + 1;
        java.util.List<Mention> issuers = new java.util.ArrayList<>();
        if (k < to && tokens.get(k).lower().equals("of")) {
          int on = k + 1;
          while (on < to && on - k < 20 && !tokens.get(on).lower().equals("on")) {
            on++;
          }
          if (on < to) {
            issuers.addAll(bodiesIn(tokens.get(k).end(), tokens.get(on).start()));
            k = on;
          }
        }
        if (k < to && tokens.get(k).lower().equals("on")) {
          int soliciting = phraseEnd(tokens, k + 1, to, SOLICITING);
          int issuing = soliciting > 0 ? -1 : phraseEnd(tokens, k + 1, to, ISSUING);
          int innerFrom = soliciting > 0 ? soliciting : issuing;
          if (innerFrom > 0 && innerFrom < to) {
            ParsedTitle inner = parseTokens(tokens, skipThe(tokens, innerFrom, to), to, depth + 1);
            inner.forComment |= soliciting > 0;
            inner.issuerMentions.addAll(0, issuers);
            return inner.wrappedIn(DocumentType.NOTICE);
          }
        }
      }
    }
    return inner(tokens, from, to);
  }

  private ParsedTitle inner(List<Token> tokens, int from, int to) {
    int s = from;
    int e = to;
    DraftLabel label = null;
    Period period = null;
    // Trailing labels: (2021-2025), (Draft for Comments), and a closing quote around them.
    for (int round = 0; round < 4 && e - s >= 2; round++) {
      Token last = tokens.get(e - 1);
      if (last.kind() == Kind.QUOTE) {
        e--;
        continue;
      }
      if (last.kind() != Kind.CLOSE) {
        break;
      }
      int open = e - 2;
      while (open > s && tokens.get(open).kind() != Kind.OPEN && e - open < 8) {
        open--;
      }
      if (tokens.get(open).kind() != Kind.OPEN || open == s) {
        break;
      }
      int contentStart = tokens.get(open).end();
      int contentEnd = last.start();
      Period p = TitleLabels.period(t, contentStart, contentEnd);
      DraftLabel d = TitleLabels.draftLabel(t, contentStart, contentEnd);
      if (p != null) {
        period = period == null ? p : period;
      } else if (d != null) {
        label = TitleLabels.combine(d, label);
      } else if (!TitleLabels.englishEdition(t, contentStart, contentEnd)) {
        break; // "(2022 Edition)" says which edition, and is left out of the core like a period
      }
      e = open;
    }
    while (s < e && tokens.get(s).kind() == Kind.QUOTE) {
      s++;
    }
    while (e > s && tokens.get(e - 1).kind() == Kind.QUOTE) {
      e--;
    }
    if (s < e && tokens.get(s).lower().equals("draft") && e - s > 1) {
      label = TitleLabels.combine(label, DraftLabel.DRAFT);
    }
    if (s >= e) {
      s = from;
      e = to;
    }
    int coreStart = tokens.get(s).start();
    int coreEnd = tokens.get(e - 1).end();
    DocumentType type = mainHead(tokens, s, e);
    List<Mention> named = headOfBodies(tokens, s, e);
    String core = t.substring(coreStart, coreEnd);
    if (!named.isEmpty()) { // "Opinions of the CPC Central Committee and the State Council on …": without issuers
      int issuersEnd = named.get(named.size() - 1).end();
      core = t.substring(coreStart, tokens.get(s + 1).start()).strip() + " " + t.substring(issuersEnd, coreEnd).strip();
    }
    core = core.replace("<sup>", "").replace("</sup>", "");
    ParsedTitle title = new ParsedTitle(Entity.EN, core, type == null
        ? DocumentType.OTHER : type);
    title.draftLabel = label;
    title.period = period != null ? period : TitleLabels.englishPeriodInside(t, coreStart, coreEnd);
    title.fyp = TitleLabels.englishFiveYearPlan(t, coreStart, coreEnd);
    title.issuerMentions.addAll(named);
    return title;
  }

  /**
   * The type of the first head noun written with a capital that ends a phrase — at the end of the title, or
   * before a preposition, a bracket or a quote: Plan in "Three-year Action Plan for …", Notice in "Notice on …".
   */
  static DocumentType mainHead(List<Token> tokens, int s, int e) {
    List<String> words = tokens.stream().map(Token::text).toList();
    for (int i = s; i < e; i++) {
      Token token = tokens.get(i);
      if (!token.isCapitalized()) {
        continue;
      }
      HeadNouns.Head head = HeadNouns.englishHeadEndingAt(words, i);
      if (head == null || head.type() == null || i - HeadNouns.wordCount(head) + 1 < s) {
        continue;
      }
      boolean endsPhrase = i + 1 == e || tokens.get(i + 1).kind() != Kind.WORD
          || EnglishWords.PREPOSITIONS.contains(tokens.get(i + 1).lower());
      if (endsPhrase) {
        DocumentType bracketed = i + 1 < e && tokens.get(i + 1).kind() == Kind.OPEN
            ? bracketedHead(tokens, i + 1, e) : null;
        return bracketed != null ? bracketed : head.type(); // "Measures (Negative List)": a list
      }
    }
    return null;
  }

  /**
   * The type of a head noun that a bracket right after a head holds by itself, as in "Special Administrative
   * Measures (Negative List) for …"; null if the bracket holds something else.
   */
  static DocumentType bracketedHead(List<Token> tokens, int open, int e) {
    int close = open + 1;
    while (close < e && close - open <= 5 && tokens.get(close).isWord() && tokens.get(close).isCapitalized()
        && !Characters.isUpperCaseWord(tokens.get(close).text())) {
      close++; // words, not an acronym: "(FYP)" abbreviates the head before it
    }
    if (close >= e || close == open + 1 || tokens.get(close).kind() != Kind.CLOSE) {
      return null;
    }
    List<String> words = tokens.subList(open + 1, close).stream().map(Token::text).toList();
    HeadNouns.Head head = HeadNouns.englishHeadEndingAt(words, words.size() - 1);
    return head == null ? null : head.type();
  }

  /**
   * Bodies named right after a head-first noun: "Decision of the NPC Standing Committee on …", "Opinions of the CPC
   * Central Committee and the State Council on …".
   */
  private List<Mention> headOfBodies(List<Token> tokens, int s, int e) {
    if (e - s < 3 || !tokens.get(s + 1).lower().equals("of")) {
      return List.of();
    }
    int k = s + 2;
    if (k < e && tokens.get(k).lower().equals("the")) {
      k++;
    }
    if (k >= e) {
      return List.of();
    }
    int to = tokens.get(e - 1).end();
    List<Mention> named = new java.util.ArrayList<>();
    while (k < e) {
      int from = tokens.get(k).start();
      Mention longest = null;
      for (Mention body : bodiesIn(from, to)) {
        if (body.start() == from && (longest == null || body.end() > longest.end())) {
          longest = body;
        }
      }
      if (longest == null) {
        break;
      }
      named.add(longest);
      while (k < e && tokens.get(k).start() < longest.end()) {
        k++;
      }
      int next = k;
      if (next < e && (tokens.get(next).lower().equals("and") || tokens.get(next).text().equals(","))) {
        next++;
        if (next < e && tokens.get(next).lower().equals("and")) {
          next++; // ", and"
        }
        if (next < e && tokens.get(next).lower().equals("the")) {
          next++;
        }
      }
      if (next == k) {
        break;
      }
      k = next;
    }
    return named;
  }

  /** The bodies inside {@code [from, to)}, in text order. */
  private List<Mention> bodiesIn(int from, int to) {
    List<Mention> inside = new java.util.ArrayList<>();
    for (List<Mention> starting : bodies.subMap(from, true, to, false).values()) {
      for (Mention body : starting) {
        if (body.end() <= to) {
          inside.add(body);
        }
      }
    }
    return inside;
  }

  /** Where {@code phrases} (lower-case words) end if one starts at {@code at}; -1 if none does. */
  private static int phraseEnd(List<Token> tokens, int at, int to, String[][] phrases) {
    for (String[] phrase : phrases) {
      if (at + phrase.length > to) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < phrase.length && matches; k++) {
        matches = tokens.get(at + k).lower().equals(phrase[k]);
      }
      if (matches) {
        return at + phrase.length;
      }
    }
    return -1;
  }

  private static int skipThe(List<Token> tokens, int at, int to) {
    return at < to - 1 && tokens.get(at).lower().equals("the") ? at + 1 : at;
  }

  /** True if the core of a title without a head noun is the title of a catalog policy. */
  boolean isKnown(String core) {
    return knownTitle.test(core);
  }
}
