package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.DocumentType;
import org.sinoterm.policy.EnglishWords.Kind;
import org.sinoterm.policy.EnglishWords.Token;
import org.sinoterm.recognize.Mention;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Finds English policy titles, line by line:
 *
 * <ul>
 *   <li><b>labels</b>: what follows {@code Article:}, {@code Policy name:} or {@code Title:} up to a Chinese
 *       rendering in brackets, a {@code (Link)} or the next label;</li>
 *   <li><b>quotes</b>: a quoted title-case phrase with a head noun, or a catalog title
 *       ({@code "Three-year Action Plan for … (2018 - 2020)"}, {@code "Made in China 2025"});</li>
 *   <li><b>title case</b>: a capitalized phrase built around a head noun — modifiers before it
 *       ("14th Five-Year Plan", "Personal Information Protection Law"), a complement after it that a preposition opens
 *       and capitalized words carry ("Guiding Opinions on Accelerating the Establishment of …"), and bracketed periods
 *       and draft labels.</li>
 * </ul>
 */
final class EnglishTitleFinder {

  static final String RULE_LABEL = "en-label";
  static final String RULE_QUOTE = "en-quote";
  static final String RULE_TITLE_CASE = "en-title-case";

  static final Pattern LABEL = Pattern.compile(
      "(?im)^[ \\t>*_\\u2022-]*(?:\\*\\*|__)?(article|policy name|policy title|policy|title|document|document name"
          + "|document title)(?:\\*\\*|__)?[ \\t]*:[ \\t]*(?:\\*\\*|__)?[ \\t]*");
  private static final Pattern NEXT_LABEL =
      Pattern.compile("\\s(?:\\*\\*)?(?:Issuing bod(?:y|ies)|Issued by|Date|Link|Source)(?:\\*\\*)?:");
  /** Words that begin a sentence or a reference, not a title: "The", "On", "China's". */
  private static final Set<String> LEADING_STOP = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its",
      "Their", "Our", "Such", "Each", "Every", "Both", "Another", "Other", "Last", "Next", "Latest", "Recent", "Said",
      "On", "In", "At", "By", "For", "From", "Under", "With", "After", "Before", "Since", "During", "Meanwhile",
      "However", "Also", "And", "But", "While", "When", "As", "Per", "Of", "To", "Via", "Through", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday", "Recently", "Separately",
      "Earlier", "Later", "Then", "Now", "Here", "There", "It", "He", "She", "They", "We", "According",
      "See", "Read", "Click", "New:", "Final", "Full", "Official");
  /** Capitalized verbs of headlines and reports, which end a title: "Action Plan for Robotics Released". */
  private static final Set<String> REPORTING_VERBS = Set.of("Released", "Issued", "Published", "Unveiled",
      "Announced", "Adopted", "Approved", "Passed", "Takes", "Seeks", "Aims", "Says", "Said", "Sets", "Calls",
      "Outlines", "Targets", "Released:", "Issues", "Releases", "Publishes", "Unveils", "Launches", "Launched",
      "Comes", "Came", "Goes", "Will", "Would", "Can", "Could", "Should", "May", "Must", "Is", "Are", "Was", "Were",
      "Has", "Have", "Had");
  /** Lower-case words that follow a title as the verb of its sentence, not as a noun it modifies: "… Plan was". */
  private static final Set<String> VERBS_AFTER = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "does", "do", "did", "sets", "set", "says", "said",
      "calls", "aims", "asks", "lists", "requires", "require", "tells", "tell", "takes", "took", "came", "comes",
      "also", "still", "now", "only", "both", "gives", "give", "marks", "makes", "puts", "brings", "adds", "covers",
      "released", "issued", "published", "unveiled", "announced", "adopted", "approved", "passed", "went",
      "remains", "remained", "became", "becomes", "follows", "followed", "replaces", "replaced", "expires");
  /** Heads that are common words: they need two content words besides themselves to make a title. */
  private static final Set<DocumentType> STRICT_TYPES = Set.of(DocumentType.LIST, DocumentType.DECISION,
      DocumentType.OTHER, DocumentType.NOTICE);
  private static final int MAX_QUOTED = 200;
  /** The most words a title has before its head; after it, twice as many. */
  private static final int MAX_WORDS = 24;

  private final String t;
  private final EnglishTitleParser parser;
  /** The longest English body starting at each offset, to find the body around or at a word quickly. */
  private final java.util.TreeMap<Integer, Mention> bodiesByStart = new java.util.TreeMap<>();

  EnglishTitleFinder(String t, EnglishTitleParser parser, List<Mention> bodies) {
    this.t = t;
    this.parser = parser;
    for (Mention body : bodies) {
      bodiesByStart.merge(body.start(), body, (a, b) -> a.end() >= b.end() ? a : b);
    }
  }


  List<FoundTitle> findAll() {
    List<FoundTitle> found = new ArrayList<>();
    labels(found);
    int lineStart = 0;
    while (lineStart <= t.length()) {
      int lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = t.length();
      }
      if (lineEnd > lineStart && hasLowerCase(lineStart, lineEnd) && mayHoldTitle(lineStart, lineEnd)) {
        List<Token> tokens = EnglishWords.tokenize(t, lineStart, lineEnd);
        quotes(tokens, found);
        titleCase(tokens, found);
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  // ---- labels ---------------------------------------------------------------------------------------------------

  /** True if the line starting at {@code lineStart} begins with a title label such as {@code Article:}. */
  static boolean isLabelLine(String t, int lineStart) {
    if (!mayStartLabel(t, lineStart)) {
      return false;
    }
    int lineEnd = t.indexOf('\n', lineStart);
    Matcher label = LABEL.matcher(t).region(lineStart, lineEnd < 0 ? t.length() : lineEnd);
    return label.lookingAt();
  }

  /**
   * Whether {@link #LABEL} can match at {@code lineStart}: after the list, quote and bold marks it allows, every
   * label word begins with ar, po, ti or do (article, policy, title, document), in either case. Two letters turn
   * away the lines that begin with "The" or "In", which one would not.
   */
  static boolean mayStartLabel(String t, int lineStart) {
    int i = Words.skipAny(t, lineStart, " \t>*_\u2022-");
    if (i + 1 >= t.length()) {
      return false;
    }
    int a = t.charAt(i) | 0x20;
    int b = t.charAt(i + 1) | 0x20;
    return a == 'a' && b == 'r' || a == 'p' && b == 'o' || a == 't' && b == 'i' || a == 'd' && b == 'o';
  }

  private void labels(List<FoundTitle> found) {
    // LABEL begins at a line start: it is tried at each one rather than found by a search that tries every character.
    Matcher label = null; // made at the first line that may hold a label: most texts have none
    for (int lineStart = 0; lineStart < t.length(); lineStart = Words.nextLineStart(t, lineStart)) {
      if (!mayStartLabel(t, lineStart)) {
        continue;
      }
      if (label == null) {
        label = LABEL.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (!label.region(lineStart, t.length()).lookingAt()) {
        continue;
      }
      int start = label.end();
      int lineEnd = t.indexOf('\n', start);
      if (lineEnd < 0) {
        lineEnd = t.length();
      }
      int end = englishEnd(start, lineEnd);
      int s = start;
      while (s < end && (t.charAt(s) == '*' || t.charAt(s) == '_' || t.charAt(s) == ' ')) {
        s++;
      }
      if (end - s < 3 || Characters.containsHan(t.substring(s, end)) || !Character.isLetterOrDigit(t.charAt(s))
          && t.charAt(s) != '"') {
        continue;
      }
      if (t.charAt(s) == '"' && t.charAt(end - 1) == '"' && end - s > 2 && TitleLabels.indexOf(t, '"', s + 1, end) == end - 1) {
        s++;
        end--; // a quoted title after a label: the quotes are punctuation
      }
      ParsedTitle title = parser.parse(s, end);
      String word = label.group(1).toLowerCase(java.util.Locale.ROOT);
      boolean vouched = word.equals("article") || word.startsWith("policy");
      if (vouched || title.docType != DocumentType.OTHER || parser.isKnown(title.core)) {
        found.add(new FoundTitle(s, end, title, RULE_LABEL, 0.97));
      }
    }
  }

  /** Where the English title after a label ends: before a Chinese rendering, a (Link), the next label. */
  private int englishEnd(int start, int lineEnd) {
    int end = lineEnd;
    Matcher next = NEXT_LABEL.matcher(t).region(start, lineEnd);
    if (next.find()) {
      end = next.start();
    }
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[' || c == '【') {
        int k = i + 1;
        while (k < end && (t.charAt(k) == '[' || t.charAt(k) == '(' || t.charAt(k) == ' ')) {
          k++;
        }
        if (k < end && (Characters.isHan(t.charAt(k)) || t.charAt(k) == '《' || t.charAt(k) == '"'
            && k + 1 < end && Characters.isHan(t.charAt(k + 1)) || t.startsWith("Link", k) || t.startsWith("link", k)
            || t.startsWith("http", k))) {
          end = i;
          break;
        }
      } else if (Characters.isHan(c) || c == '《') {
        end = i;
        break;
      }
    }
    while (end > start && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '*' || t.charAt(end - 1) == '_'
        || t.charAt(end - 1) == '\t' || t.charAt(end - 1) == '-' || t.charAt(end - 1) == ':')) {
      end--;
    }
    return end;
  }

  // ---- quotes ---------------------------------------------------------------------------------------------------

  private void quotes(List<Token> tokens, List<FoundTitle> found) {
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != Kind.QUOTE) {
        continue;
      }
      if (open < 0) {
        open = i;
        continue;
      }
      int s = tokens.get(open).end();
      int e = tokens.get(i).start();
      boolean nickname = nicknameBefore(tokens, open);
      open = -1;
      if (nickname) {
        continue; // known by the nickname "Twenty Measures on Data": a short name, not the title
      }
      while (s < e && t.charAt(s) == ' ') {
        s++;
      }
      while (e > s && t.charAt(e - 1) == ' ') {
        e--;
      }
      if (e - s < 4 || e - s > MAX_QUOTED || !Character.isUpperCase(t.charAt(s)) && !Character.isDigit(t.charAt(s))) {
        continue;
      }
      ParsedTitle title = parser.parse(s, e);
      boolean known = parser.isKnown(title.core) || parser.isKnown(t.substring(s, e));
      if (known || title.docType != DocumentType.OTHER && isTitleCase(s, e) && contentWords(s, e) >= 3) {
        found.add(new FoundTitle(s, e, title, RULE_QUOTE, known ? 0.95 : 0.9));
      }
    }
  }

  /** Words that introduce a nickname or a label in quotes rather than a title. */
  private static final Set<String> NICKNAME_CUES = Set.of("nickname", "nicknamed", "dubbed", "so-called", "called",
      "labelled", "labeled", "branded", "slogan", "shorthand");

  /** True if the quote at {@code open} follows a word that introduces a nickname: dubbed "…", known as "…". */
  private static boolean nicknameBefore(List<Token> tokens, int open) {
    if (open == 0 || !tokens.get(open - 1).isWord()) {
      return false;
    }
    String before = tokens.get(open - 1).lower();
    return NICKNAME_CUES.contains(before)
        || before.equals("as") && open >= 2 && tokens.get(open - 2).lower().equals("known");
  }

  /** True if the words starting at {@code start} are a nickname: dubbed "…", known by the nickname "…". */
  private static boolean nicknamed(List<Token> tokens, int start) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == start) {
        int before = k > 0 && tokens.get(k - 1).kind() == Kind.QUOTE ? k - 1 : k;
        return nicknameBefore(tokens, before);
      }
    }
    return false;
  }

  /** Every word capitalized except function words, and words inside brackets. */
  private boolean isTitleCase(int s, int e) {
    List<Token> tokens = EnglishWords.tokenize(t, s, e);
    int depth = 0;
    for (Token token : tokens) {
      if (token.kind() == Kind.OPEN) {
        depth++;
      } else if (token.kind() == Kind.CLOSE) {
        depth--;
      } else if (token.kind() == Kind.HAN) {
        return false;
      } else if (depth == 0 && token.isWord() && !token.isCapitalized()
          && !EnglishWords.FUNCTION_WORDS.contains(token.lower())) {
        return false;
      }
    }
    return true;
  }

  /** Capitalized words that are not function words; a title needs some besides its head ("Action Plan" is 2). */
  private int contentWords(int s, int e) {
    List<Token> tokens = EnglishWords.tokenize(t, s, e);
    int count = 0;
    for (Token token : tokens) {
      if (token.isCapitalized() && !EnglishWords.FUNCTION_WORDS.contains(token.lower())) {
        count++;
      }
    }
    return count;
  }

  // ---- title case -----------------------------------------------------------------------------------------------

  private void titleCase(List<Token> tokens, List<FoundTitle> found) {
    List<String> words = tokens.stream().map(Token::text).toList();
    int coveredUntil = -1;
    for (int h = 0; h < tokens.size(); h++) {
      Token token = tokens.get(h);
      if (!token.isCapitalized() || token.start() < coveredUntil) {
        continue;
      }
      HeadNouns.Head head = HeadNouns.englishHeadEndingAt(words, h);
      if (head == null || head.type() == null) {
        continue;
      }
      int headStart = h - HeadNouns.wordCount(head) + 1;
      if (!allCapitalized(tokens, headStart, h) || isShouted(token) || insideBody(token)) {
        continue; // "State Administration for Market Regulation" names a body, not a regulation
      }
      FoundTitle title = around(tokens, headStart, h, head, coveredUntil);
      if (title != null && nicknamed(tokens, title.start())) {
        coveredUntil = title.end();
        continue;
      }
      if (title != null) {
        found.add(title);
        coveredUntil = title.end();
      }
    }
  }

  private FoundTitle around(List<Token> tokens, int headStart, int headEnd, HeadNouns.Head head, int minStart) {
    // Modifiers before the head: capitalized words, numbers, ordinals, quoted groups, inner "and"/"of"/"for".
    int left = headStart;
    int i = headStart - 1;
    while (i >= 0 && headStart - i <= MAX_WORDS && tokens.get(i).start() >= minStart) {
      Token token = tokens.get(i);
      if (token.isWord() && token.isCapitalized() && !token.isPossessive() && !REPORTING_VERBS.contains(token.text())
          && !isShouted(token)) {
        left = i;
        i--;
      } else if (token.isWord() && (token.lower().equals("and") || token.lower().equals("&")) && i > 0
          && tokens.get(i - 1).isCapitalized() && !tokens.get(i - 1).isPossessive()) {
        i--;
      } else if (token.kind() == Kind.QUOTE) {
        int open = openingQuote(tokens, i);
        if (open < 0 || i - open > 12) {
          break;
        }
        left = open;
        i = open - 1;
      } else {
        break;
      }
    }
    // Drop what only begins a sentence or names the issuer: "The", "On", "MIIT", "State Council".
    boolean changed = true;
    while (changed && left < headStart) {
      changed = false;
      Token first = tokens.get(left);
      if (LEADING_STOP.contains(first.text()) || EnglishWords.FUNCTION_WORDS.contains(first.lower())) {
        left++;
        changed = true;
        continue;
      }
      Mention body = bodyStartingAt(first.start());
      if (body != null && body.end() <= tokens.get(headStart).start()) {
        while (left < headStart && tokens.get(left).start() < body.end()) {
          left++;
        }
        changed = true;
      }
    }
    if (left > headStart) {
      left = headStart;
    }
    // What the head is about: a preposition and capitalized words, with function words between them.
    int right = headEnd;
    int j = skipLabelGroups(tokens, headEnd + 1);
    if (j > headEnd + 1) {
      right = j - 1;
    }
    boolean complement = false;
    if (j < tokens.size() && tokens.get(j).isWord() && EnglishWords.PREPOSITIONS.contains(tokens.get(j).lower())) {
      int last = -1;
      int k = j + 1;
      while (k < tokens.size() && k - j <= MAX_WORDS * 2) {
        Token token = tokens.get(k);
        if (token.isWord() && token.isCapitalized()) {
          if (REPORTING_VERBS.contains(token.text()) || isDateAfterPreposition(tokens, k)) {
            break;
          }
          last = k;
          k++;
        } else if (token.isWord() && EnglishWords.FUNCTION_WORDS.contains(token.lower())) {
          k++;
        } else if (token.kind() == Kind.QUOTE) {
          int close = openingQuote(tokens, k) < 0 ? closingQuote(tokens, k) : -1;
          if (close < 0 || close - k > 14) {
            break; // a quote that closes an earlier one ends the title
          }
          last = close;
          k = close + 1;
        } else if (token.kind() == Kind.OPEN) {
          int after = skipLabelGroups(tokens, k);
          if (after == k) {
            after = nameBracket(tokens, k);
          }
          if (after == k) {
            break;
          }
          last = after - 1;
          k = after;
        } else if (token.kind() == Kind.PUNCT && token.text().equals(",") && listContinues(tokens, k)) {
          k++;
        } else if (token.kind() == Kind.PUNCT && token.text().equals("-") && k + 1 < tokens.size()
            && tokens.get(k + 1).isCapitalized()) {
          k++;
        } else {
          break;
        }
      }
      boolean modifiesLowerCaseNoun = last > 0 && tokens.get(last).isWord() && last + 1 < tokens.size()
          && tokens.get(last + 1).isWord()
          && !tokens.get(last + 1).isCapitalized() && !EnglishWords.FUNCTION_WORDS.contains(tokens.get(last + 1).lower())
          && !VERBS_AFTER.contains(tokens.get(last + 1).lower()) && !tokens.get(last + 1).lower().endsWith("ly");
      if (last > 0 && !modifiesLowerCaseNoun) { // not "the 14th FYP for the Civil Aviation industry"
        right = last;
        complement = true;
        int after = skipLabelGroups(tokens, last + 1);
        if (after > last + 1) {
          right = after - 1;
        }
      }
    }
    int start = tokens.get(left).start();
    int end = tokens.get(right).end();
    if (!accepted(tokens, left, headStart, headEnd, right, head, complement)) {
      return null;
    }
    ParsedTitle title = parser.parse(start, end);
    return new FoundTitle(start, end, title, RULE_TITLE_CASE, complement || left < headStart ? 0.9 : 0.8);
  }

  /** Whether a phrase around a head noun names a document rather than using a common word. */
  private boolean accepted(List<Token> tokens, int left, int headStart, int headEnd, int right,
      HeadNouns.Head head, boolean complement) {
    int content = 0;
    boolean ordinal = false;
    for (int k = left; k <= right; k++) {
      if (k >= headStart && k <= headEnd) {
        continue;
      }
      Token token = tokens.get(k);
      if (EnglishWords.isOrdinal(token)) {
        ordinal = true;
      } else if (token.isCapitalized() && !EnglishWords.FUNCTION_WORDS.contains(token.lower())
          && !EnglishWords.PREPOSITIONS.contains(token.lower())) {
        content++;
      }
    }
    String headText = head.text();
    boolean fivePlan = headText.equals("five-year plan") || headText.equals("fyp");
    if (fivePlan && ordinal) {
      if (complement || content > 0) {
        return true;
      }
      // "the 14th Five-Year Plan" names the national plan; "a 14th FYP on developing talent" describes one.
      Token before = left > 0 ? tokens.get(left - 1) : null;
      boolean indefinite = before != null && before.isWord() && Set.of("a", "an", "their", "its", "his", "her",
          "our", "new", "another", "each", "every").contains(before.lower());
      boolean describedAfter = right + 2 < tokens.size() && tokens.get(right + 1).isWord()
          && EnglishWords.PREPOSITIONS.contains(tokens.get(right + 1).lower())
          && tokens.get(right + 2).isWord() && !tokens.get(right + 2).isCapitalized();
      boolean parenthesisAfter = right + 1 < tokens.size() && tokens.get(right + 1).kind() == Kind.OPEN;
      // "during the 14th Five-Year Plan period" names a time, not the plan
      boolean period = right + 1 < tokens.size() && tokens.get(right + 1).isWord()
          && (tokens.get(right + 1).lower().equals("period") || tokens.get(right + 1).lower().equals("periods"));
      return !indefinite && !describedAfter && !parenthesisAfter && !period;
    }
    if (fivePlan) {
      return content >= 2;
    }
    DocumentType type = head.type();
    if (type == DocumentType.LAW || type == DocumentType.REGULATIONS) {
      return content >= 1;
    }
    if (STRICT_TYPES.contains(type)) {
      return content >= 2 && (complement || left < headStart);
    }
    return content >= 2;
  }

  /**
   * A year that a complement ends with after "of" or "in", with no capitalized word after it: the date of the
   * document ("… in Transport of 2019"), not part of its title ("… Objectives for 2035" keeps its year).
   */
  private static boolean isDateAfterPreposition(List<Token> tokens, int k) {
    Token token = tokens.get(k);
    if (!token.isNumber() || token.text().length() != 4 || k == 0) {
      return false;
    }
    String before = tokens.get(k - 1).lower();
    boolean followed = k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
    return (before.equals("of") || before.equals("in")) && !followed;
  }

  /**
   * After a bracket of one to four capitalized words that a capitalized word follows, as in "China (Hainan) Pilot
   * Free Trade Zone": the bracket is part of a name. Returns where it ends, or {@code open} if it is not one.
   */
  private static int nameBracket(List<Token> tokens, int open) {
    int close = open + 1;
    while (close < tokens.size() && close - open <= 4 && tokens.get(close).isWord()
        && tokens.get(close).isCapitalized()) {
      close++;
    }
    boolean named = close > open + 1 && close < tokens.size() && tokens.get(close).kind() == Kind.CLOSE
        && close + 1 < tokens.size() && tokens.get(close + 1).isCapitalized();
    return named ? close + 1 : open;
  }

  /**
   * Skips bracket groups that are periods, draft or edition labels, or a head noun saying what the document is:
   * "(2021-2025)", "(Draft for Comments)", "(2022 Edition)", "(Negative List)".
   */
  private int skipLabelGroups(List<Token> tokens, int from) {
    int k = from;
    for (int round = 0; round < 3 && k < tokens.size() && tokens.get(k).kind() == Kind.OPEN; round++) {
      int close = k + 1;
      while (close < tokens.size() && close - k < 8 && tokens.get(close).kind() != Kind.CLOSE) {
        close++;
      }
      if (close >= tokens.size() || tokens.get(close).kind() != Kind.CLOSE) {
        break;
      }
      int s = tokens.get(k).end();
      int e = tokens.get(close).start();
      if (TitleLabels.period(t, s, e) == null && TitleLabels.draftLabel(t, s, e) == null
          && !TitleLabels.englishEdition(t, s, e) && EnglishTitleParser.bracketedHead(tokens, k, close + 1) == null) {
        break;
      }
      k = close + 1;
    }
    return k;
  }

  /** "Green, Low-Carbon and Circular": a comma inside a list of capitalized words that "and" closes. */
  private static boolean listContinues(List<Token> tokens, int comma) {
    if (comma == 0 || !tokens.get(comma - 1).isCapitalized() || comma + 1 >= tokens.size()
        || !tokens.get(comma + 1).isCapitalized()) {
      return false;
    }
    for (int k = comma + 1; k < tokens.size() && k <= comma + 4; k++) {
      Token token = tokens.get(k);
      if (token.isWord() && (token.lower().equals("and") || token.lower().equals("or"))) {
        return k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
      }
      if (!token.isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  private static int closingQuote(List<Token> tokens, int open) {
    for (int k = open + 1; k < tokens.size(); k++) {
      if (tokens.get(k).kind() == Kind.QUOTE) {
        return k;
      }
    }
    return -1;
  }

  /** The quote that opens the one at {@code close}, counting quotes from the start of the line. */
  private static int openingQuote(List<Token> tokens, int close) {
    int count = 0;
    int last = -1;
    for (int k = 0; k < close; k++) {
      if (tokens.get(k).kind() == Kind.QUOTE) {
        count++;
        last = k;
      }
    }
    return count % 2 == 1 ? last : -1;
  }

  /** True if the word lies inside a body's name; bodies nest rarely, so the nearest few starts suffice. */
  private boolean insideBody(Token token) {
    Map.Entry<Integer, Mention> entry = bodiesByStart.floorEntry(token.start());
    for (int look = 0; entry != null && look < 8; look++) {
      if (entry.getValue().end() >= token.end()) {
        return true;
      }
      entry = bodiesByStart.lowerEntry(entry.getKey());
    }
    return false;
  }

  private Mention bodyStartingAt(int start) {
    return bodiesByStart.get(start);
  }

  private static boolean allCapitalized(List<Token> tokens, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!tokens.get(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /** A word in capitals other than an acronym head such as FYP: a heading, not a title. */
  private static boolean isShouted(Token token) {
    return token.text().length() > 3 && Characters.isUpperCaseWord(token.text());
  }

  /**
   * False if the line {@code t[s, e)} holds neither two quotes nor a capitalized word that ends a head noun, so that
   * neither {@link #quotes} nor {@link #titleCase} can find a title in it; such lines, three in four of ordinary
   * prose, are not tokenized. A quote token is a {@code "} and a word token that ends a head is one run of letters,
   * so looking at the runs of word characters is enough.
   */
  private boolean mayHoldTitle(int s, int e) {
    int quotes = 0;
    int i = s;
    while (i < e) {
      char c = t.charAt(i);
      if (!Characters.isWordChar(c)) {
        if (c == '"' && ++quotes == 2) {
          return true;
        }
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < e && Characters.isWordChar(t.charAt(runEnd))) {
        runEnd++;
      }
      if (Character.isUpperCase(c) && HeadNouns.endsEnglishHead(t, i, runEnd)) {
        return true;
      }
      i = runEnd;
    }
    return false;
  }

  private boolean hasLowerCase(int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
