package org.sinoterm.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.sinoterm.text.NormalizedText;

/**
 * Several {@link SurfaceAutomaton surface automata} read in one pass: one Aho–Corasick automaton over all their
 * keys, each key remembering which automata hold it. The extractor reads its dictionaries of bodies, places,
 * technologies and policy titles this way, once per text instead of once per dictionary: "the MIIT plan for
 * industrial robots" is read once, and yields the body MIIT to the agency dictionary and "industrial robots" to the
 * technology dictionary. Each automaton's matches are exactly those of its own {@link SurfaceAutomaton#findAll}, in
 * the same order.
 *
 * <p>Immutable and thread-safe; a {@link Scan} belongs to one text.
 */
public final class SurfaceScanner {

  private static final SurfaceScanner NONE = new SurfaceScanner(List.of());

  private final List<SurfaceAutomaton<?>> automata;
  /** Over the union of the automata's keys; null when there are no automata. */
  private final AhoCorasick automaton;
  /** For each key of {@link #automaton}, the pairs (automaton index, key index in that automaton) holding it. */
  private final int[][] owners;

  private SurfaceScanner(List<SurfaceAutomaton<?>> automata) {
    this.automata = List.copyOf(automata);
    // Each automaton's keys are sorted already, so their union is a merge: one pass that takes the least key at
    // the automata's cursors, with every automaton holding it, instead of a sorted map of all keys, whose
    // comparisons and tree nodes were a third of a warm build.
    int count = this.automata.size();
    List<List<String>> keyLists = new ArrayList<>(count);
    int total = 0;
    for (SurfaceAutomaton<?> automaton : this.automata) {
      keyLists.add(automaton.keys());
      total += automaton.keys().size();
    }
    int[] cursor = new int[count];
    List<String> union = new ArrayList<>(total);
    List<int[]> owners = new ArrayList<>(total);
    int[] holders = new int[2 * count];
    for (String least = least(keyLists, cursor); least != null; least = least(keyLists, cursor)) {
      union.add(least);
      owners.add(take(least, keyLists, cursor, holders));
    }
    this.owners = owners.toArray(new int[0][]);
    this.automaton = union.isEmpty() ? null : new AhoCorasick(union, true);
  }

  /** The least key at the cursors, or null when every list is read. (A method, so that a cold JVM compiles it.) */
  private static String least(List<List<String>> keyLists, int[] cursor) {
    String least = null;
    for (int a = 0; a < cursor.length; a++) {
      if (cursor[a] < keyLists.get(a).size()) {
        String key = keyLists.get(a).get(cursor[a]);
        if (least == null || key.compareTo(least) < 0) {
          least = key;
        }
      }
    }
    return least;
  }

  /** The pairs (automaton, key index) of the lists whose cursor is at {@code key}, and moves those cursors on. */
  private static int[] take(String key, List<List<String>> keyLists, int[] cursor, int[] holders) {
    int pairs = 0;
    for (int a = 0; a < cursor.length; a++) {
      if (cursor[a] < keyLists.get(a).size() && keyLists.get(a).get(cursor[a]).equals(key)) {
        holders[pairs++] = a;
        holders[pairs++] = cursor[a]++;
      }
    }
    return Arrays.copyOf(holders, pairs);
  }

  /**
   * A scanner for {@code automata}; an automaton listed twice is read once.
   *
   * @throws NullPointerException if an automaton is null
   */
  public static SurfaceScanner of(List<? extends SurfaceAutomaton<?>> automata) {
    List<SurfaceAutomaton<?>> distinct = new ArrayList<>();
    for (SurfaceAutomaton<?> automaton : automata) {
      if (!containsSame(distinct, automaton)) {
        distinct.add(automaton);
      }
    }
    return distinct.isEmpty() ? NONE : new SurfaceScanner(distinct);
  }

  /** A scanner of no automata: its scans read each automaton asked for on its own. */
  public static SurfaceScanner none() {
    return NONE;
  }

  /** The automata read together, without duplicates, in the order given. */
  public List<SurfaceAutomaton<?>> automata() {
    return automata;
  }

  /** The scan of {@code text}; the text is read at the first request for matches. */
  public Scan scan(NormalizedText text) {
    return new Scan(text);
  }

  private int indexOfSame(SurfaceAutomaton<?> automaton) {
    for (int a = 0; a < automata.size(); a++) {
      if (automata.get(a) == automaton) {
        return a;
      }
    }
    return -1;
  }

  private static boolean containsSame(List<SurfaceAutomaton<?>> automata, SurfaceAutomaton<?> automaton) {
    for (SurfaceAutomaton<?> a : automata) {
      if (a == automaton) {
        return true;
      }
    }
    return false;
  }

  /** The matches of every automaton of the scanner in one text. Not thread-safe: it belongs to one extraction. */
  public final class Scan {
    private final NormalizedText text;
    private List<List<SurfaceAutomaton.Match<?>>> matches; // by automaton index; null until the text is read

    private Scan(NormalizedText text) {
      this.text = text;
    }

    /** The text scanned. */
    public NormalizedText text() {
      return text;
    }

    /**
     * What {@code automaton.findAll(text())} returns (unmodifiable): read with the scanner's other automata in
     * one pass if it is one of them, else on its own.
     */
    @SuppressWarnings("unchecked") // matches[a] holds the matches of automata[a], whose payloads are V
    public <V> List<SurfaceAutomaton.Match<V>> matches(SurfaceAutomaton<V> automaton) {
      int index = indexOfSame(automaton);
      if (index < 0) {
        return Collections.unmodifiableList(automaton.findAll(text));
      }
      if (matches == null) {
        matches = read();
      }
      List<?> found = matches.get(index);
      return (List<SurfaceAutomaton.Match<V>>) found;
    }

    private List<List<SurfaceAutomaton.Match<?>>> read() {
      List<List<SurfaceAutomaton.Match<?>>> found = new ArrayList<>(automata.size());
      for (int a = 0; a < automata.size(); a++) {
        found.add(new ArrayList<>());
      }
      String normalized = text.text();
      automaton.parse(text.matchView(), (viewStart, viewEnd, key) -> {
        int start = text.fromMatchView(viewStart);
        int end = text.fromMatchView(viewEnd - 1) + 1;
        if (!SurfaceAutomaton.atWordBoundaries(normalized, start, end)) {
          return;
        }
        int[] pairs = owners[key];
        for (int p = 0; p < pairs.length; p += 2) {
          addMatches(automata.get(pairs[p]), normalized, start, end, pairs[p + 1], found.get(pairs[p]));
        }
      });
      List<List<SurfaceAutomaton.Match<?>>> out = new ArrayList<>(found.size());
      for (List<SurfaceAutomaton.Match<?>> list : found) {
        out.add(Collections.unmodifiableList(list));
      }
      return out;
    }
  }

  @SuppressWarnings("unchecked") // the list collects the matches of this automaton only
  private static <V> void addMatches(SurfaceAutomaton<V> automaton, String normalized, int start, int end, int key,
      List<SurfaceAutomaton.Match<?>> out) {
    automaton.addMatches(normalized, start, end, key, (List<SurfaceAutomaton.Match<V>>) (List<?>) out);
  }
}
