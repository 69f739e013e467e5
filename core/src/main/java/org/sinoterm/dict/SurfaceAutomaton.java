package org.sinoterm.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sinoterm.text.Characters;
import org.sinoterm.text.NormalizedText;

/**
 * Finds every occurrence of many surface strings in one pass ({@linkplain AhoCorasick Aho–Corasick}), each
 * surface carrying its payload, so that a match is already a dictionary entry.
 *
 * <p>The automaton runs over {@link NormalizedText#folded()}, so matching is case-insensitive; a surface marked
 * {@link CaseRule#EXACT} is then checked against the normalized text as written ("MOST" matches "MOST", not
 * "Most" or "most"). Surfaces that begin or end with a letter or digit match only at word boundaries ("SAMR" is
 * not found in "SAMRs" or "XSAMR"); Han has no word boundaries and is matched anywhere.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the payload type
 */
public final class SurfaceAutomaton<V> {

  /** How a surface's letter case must match. */
  public enum CaseRule {
    /** Letters must match as written: acronyms. */
    EXACT,
    /** Letters match in any case: names. */
    IGNORE,
    /**
     * The words of the surface that are written like acronyms — two or more capitals, or a capital and a digit
     * ("AI", "5G", "PET-CT") — match as written, the other words in any case: "AI chips" matches "AI Chips" but
     * not "ai chips".
     */
    ACRONYM_WORDS;

    /**
     * The rule a surface gets by default: a single token with two or more capitals ("MIIT", "MOFCOM", "PBoC") is
     * an acronym and matches only as written; anything else ignores case.
     */
    public static CaseRule of(String surface) {
      int capitals = 0;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        if (Character.isWhitespace(c)) {
          return IGNORE;
        }
        if (Character.isUpperCase(c)) {
          capitals++;
        }
      }
      return capitals >= 2 ? EXACT : IGNORE;
    }
  }

  /** One surface string and its payload. */
  public record Surface<V>(String text, V value, CaseRule caseRule) {
    public Surface {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(caseRule, "caseRule");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty surface");
      }
    }
  }

  /** One occurrence: normalized offsets {@code [start, end)} and the surface found there. */
  public record Match<V>(int start, int end, Surface<V> surface) {
    /** The payload of the surface. */
    public V value() {
      return surface.value();
    }
  }

  /** The folded keys, which are the non-empty keys of the surfaces, sorted. */
  private final List<String> keys;
  /**
   * The surfaces of each key, by its index in {@link #keys}, with what their case rule checks made once: arrays,
   * which a match reaches in fewer loads than lists of lists.
   */
  private final Candidate<V>[][] keySurfaces;
  private final int size;
  /**
   * The automaton over the keys, built at the first {@link #findAll}: an extractor reads its large dictionaries
   * through one {@link SurfaceScanner} and never needs their own automata.
   */
  private volatile AhoCorasick automaton;

  /**
   * A surface with, for {@link CaseRule#ACRONYM_WORDS}, which of its characters belong to words written like
   * acronyms (null for the other rules).
   */
  private record Candidate<V>(Surface<V> surface, boolean[] strict) {
    static <V> Candidate<V> of(Surface<V> surface) {
      return new Candidate<>(surface,
          surface.caseRule() == CaseRule.ACRONYM_WORDS ? acronymLikeWords(surface.text()) : null);
    }
  }

  private SurfaceAutomaton(TreeMap<String, List<Surface<V>>> byFoldedText, int size) {
    List<String> keys = new ArrayList<>(byFoldedText.size());
    List<Candidate<V>[]> surfaces = new ArrayList<>(byFoldedText.size());
    for (Map.Entry<String, List<Surface<V>>> entry : byFoldedText.entrySet()) {
      if (!entry.getKey().isEmpty()) { // a surface of spaces only, which matches nothing
        keys.add(entry.getKey());
        surfaces.add(candidates(entry.getValue()));
      }
    }
    this.keys = List.copyOf(keys);
    this.keySurfaces = surfaces.toArray(newCandidateArrays(0));
    this.size = size;
  }

  @SuppressWarnings("unchecked") // an array of the candidates of surfaces with payload V
  private static <V> Candidate<V>[] candidates(List<Surface<V>> same) {
    Candidate<V>[] out = new Candidate[same.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Candidate.of(same.get(i));
    }
    return out;
  }

  @SuppressWarnings("unchecked") // an empty array, typed for toArray
  private static <V> Candidate<V>[][] newCandidateArrays(int length) {
    return new Candidate[length][];
  }

  /** The folded keys, sorted; a match's key is an index into this list. */
  List<String> keys() {
    return keys;
  }

  private AhoCorasick automaton() {
    AhoCorasick a = automaton;
    if (a == null) {
      a = new AhoCorasick(keys, true); // atWordBoundaries() would drop what begins inside a word
      automaton = a; // a race builds it twice, harmlessly
    }
    return a;
  }

  /** Starts an automaton. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** The number of distinct surfaces. */
  public int size() {
    return size;
  }

  /**
   * Every match in {@code text}, overlapping ones included, in normalized offsets, ordered by end and then by start
   * descending (the order the automaton finds them in). The automaton scans {@link NormalizedText#matchView()}, so
   * a name wrapped across two lines is found; its match covers the line break.
   */
  public List<Match<V>> findAll(NormalizedText text) {
    List<Match<V>> matches = new ArrayList<>();
    String normalized = text.text();
    automaton().parse(text.matchView(), (viewStart, viewEnd, key) -> {
      int start = text.fromMatchView(viewStart);
      int end = text.fromMatchView(viewEnd - 1) + 1;
      if (atWordBoundaries(normalized, start, end)) {
        addMatches(normalized, start, end, key, matches);
      }
    });
    return matches;
  }

  /**
   * Adds the surfaces of key {@code key} whose case rule accepts {@code normalized[start, end)}, where the key was
   * found at word boundaries.
   */
  void addMatches(String normalized, int start, int end, int key, List<Match<V>> matches) {
    for (Candidate<V> candidate : keySurfaces[key]) {
      Surface<V> surface = candidate.surface();
      if (surface.caseRule() == CaseRule.IGNORE
          || (surface.caseRule() == CaseRule.EXACT && matchesAsWritten(normalized, start, end, surface.text()))
          || (surface.caseRule() == CaseRule.ACRONYM_WORDS
              && acronymWordsAsWritten(normalized, start, end, surface.text(), candidate.strict()))) {
        matches.add(new Match<>(start, end, surface));
      }
    }
  }

  /** Case-sensitive comparison in which a run of whitespace in the text matches one space of the surface. */
  private static boolean matchesAsWritten(String text, int start, int end, String surface) {
    int i = start;
    int k = 0;
    while (i < end && k < surface.length()) {
      char c = text.charAt(i);
      if (surface.charAt(k) == ' ' && Character.isWhitespace(c)) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        k++;
      } else if (c == surface.charAt(k)) {
        i++;
        k++;
      } else {
        return false;
      }
    }
    return i == end && k == surface.length();
  }

  /**
   * Like {@link #matchesAsWritten}, but only the characters of acronym-like words ({@code strict}, from {@link
   * #acronymLikeWords}) must match exactly; the others match folded.
   */
  private static boolean acronymWordsAsWritten(String text, int start, int end, String surface, boolean[] strict) {
    int i = start;
    int k = 0;
    while (i < end && k < surface.length()) {
      char c = text.charAt(i);
      char expected = surface.charAt(k);
      if (expected == ' ' && Character.isWhitespace(c)) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        k++;
      } else if (c == expected || (!strict[k] && Characters.fold(c) == Characters.fold(expected))) {
        i++;
        k++;
      } else {
        return false;
      }
    }
    return i == end && k == surface.length();
  }

  /** For each character of {@code surface}, whether it belongs to a word written like an acronym. */
  static boolean[] acronymLikeWords(String surface) {
    boolean[] strict = new boolean[surface.length()];
    int i = 0;
    while (i < surface.length()) {
      if (surface.charAt(i) == ' ') {
        i++;
        continue;
      }
      int wordEnd = i;
      int capitals = 0;
      boolean digit = false;
      while (wordEnd < surface.length() && surface.charAt(wordEnd) != ' ') {
        char c = surface.charAt(wordEnd);
        capitals += Character.isUpperCase(c) ? 1 : 0;
        digit |= Character.isDigit(c);
        wordEnd++;
      }
      if (capitals >= 2 || (capitals == 1 && digit)) {
        for (int k = i; k < wordEnd; k++) {
          strict[k] = true;
        }
      }
      i = wordEnd;
    }
    return strict;
  }

  static boolean atWordBoundaries(String text, int start, int end) {
    if (Characters.isWordChar(text.charAt(start)) && start > 0 && Characters.isWordChar(text.charAt(start - 1))) {
      return false;
    }
    return !(Characters.isWordChar(text.charAt(end - 1)) && end < text.length()
        && Characters.isWordChar(text.charAt(end)));
  }

  /** Collects surfaces; not thread-safe, used once. */
  public static final class Builder<V> {
    private final TreeMap<String, List<Surface<V>>> byFoldedText = new TreeMap<>();
    private int size;

    private Builder() {
    }

    /** Adds a surface with the {@linkplain CaseRule#of(String) default case rule} of its text. */
    public Builder<V> add(String text, V value) {
      return add(new Surface<>(text, value, CaseRule.of(text)));
    }

    /** Adds a surface; an identical surface (text, payload and rule) is added once. */
    public Builder<V> add(Surface<V> surface) {
      String key = key(surface.text());
      List<Surface<V>> same = byFoldedText.computeIfAbsent(key, k -> new ArrayList<>(1));
      for (Surface<V> other : same) {
        // the payloads, which may be large records, are compared only for the same text and rule
        if (other.text().equals(surface.text()) && other.caseRule() == surface.caseRule()
            && other.value().equals(surface.value())) {
          return this;
        }
      }
      same.add(surface);
      size++;
      return this;
    }

    /**
     * A surface's key, as the match view has its text: folded, stripped, and each run of ASCII whitespace (the
     * regular expression {@code \s}) one space. Most surfaces need no change after folding and are not copied.
     */
    static String key(String surface) {
      String folded = Characters.fold(surface).strip();
      StringBuilder out = null;
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        int runEnd = i;
        while (runEnd < folded.length() && isAsciiSpace(folded.charAt(runEnd))) {
          runEnd++;
        }
        if (runEnd > i && (c != ' ' || runEnd > i + 1) && out == null) {
          out = new StringBuilder(folded.length()).append(folded, 0, i);
        }
        if (out != null) {
          out.append(runEnd > i ? ' ' : c);
        }
        i = Math.max(i, runEnd - 1);
      }
      return out == null ? folded : out.toString();
    }

    private static boolean isAsciiSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Builds the automaton. */
    public SurfaceAutomaton<V> build() {
      return new SurfaceAutomaton<>(byFoldedText, size);
    }
  }
}
