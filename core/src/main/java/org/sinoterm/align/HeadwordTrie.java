package org.sinoterm.align;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The headwords of a dictionary as a character trie, for reading the longest word at a position: from 关 in
 * 关于印发 one walk finds the headwords 关 and 关于 and stops at 关于印, where asking a hash map for every length
 * builds and hashes a substring per length.
 *
 * <p>The trie is three arrays laid out breadth first, so that the children of a node are consecutive nodes and
 * ordered by the character that leads to them: node {@code n}'s children are {@code firstChild[n]} to {@code
 * firstChild[n + 1] - 1}, {@code label[c]} is the character that leads to node {@code c}, and {@code value[c]} the
 * entry of the headword that ends there (null where none does). A child is found by binary search in its parent's
 * labels. Built from the sorted headwords in one pass per level; immutable and thread-safe.
 *
 * @param <V> the entry of a headword
 */
final class HeadwordTrie<V> {

  private final int[] firstChild;
  private final char[] label;
  private final Object[] value;
  private final int size;

  private HeadwordTrie(int[] firstChild, char[] label, Object[] value, int size) {
    this.firstChild = firstChild;
    this.label = label;
    this.value = value;
    this.size = size;
  }

  /**
   * A trie of the map's keys, each with its value (which must not be null). Sorting the keys is one pass when the
   * map iterates them in order, as the bundled lexicon's does.
   */
  static <V> HeadwordTrie<V> of(Map<String, ? extends V> entries) {
    @SuppressWarnings("unchecked") // an array of the map's own entries
    Map.Entry<String, ? extends V>[] sorted = entries.entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(sorted, (a, b) -> a.getKey().compareTo(b.getKey())); // String order is char order, the order of a node's children
    int n = sorted.length;
    // The headwords' characters in one array: the passes below then read memory in order, not string by string.
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + sorted[i].getKey().length();
    }
    char[] chars = new char[start[n]];
    for (int i = 0; i < n; i++) {
      sorted[i].getKey().getChars(0, start[i + 1] - start[i], chars, start[i]);
    }
    int nodes = 1;
    for (int i = 0; i < n; i++) {
      nodes += start[i + 1] - start[i] - (i == 0 ? 0 : commonPrefix(chars, start, i - 1, i));
    }
    int[] firstChild = new int[nodes + 1];
    char[] label = new char[nodes];
    Object[] value = new Object[nodes];
    // The headwords below each node: [from[node], to[node]) share its prefix, depth[node] characters long.
    int[] from = new int[nodes];
    int[] to = new int[nodes];
    int[] depth = new int[nodes];
    to[0] = n;
    int next = 1;
    for (int node = 0; node < nodes; node++) { // in id order, which is breadth first: children take the next ids
      int lo = from[node];
      int hi = to[node];
      int d = depth[node];
      if (lo < hi && start[lo + 1] - start[lo] == d) { // the prefix itself sorts first among the words that have it
        value[node] = Objects.requireNonNull(sorted[lo].getValue(), sorted[lo].getKey());
        lo++;
      }
      firstChild[node] = next;
      while (lo < hi) {
        char c = chars[start[lo] + d];
        int end = lo + 1;
        while (end < hi && chars[start[end] + d] == c) {
          end++;
        }
        label[next] = c;
        from[next] = lo;
        to[next] = end;
        depth[next] = d + 1;
        next++;
        lo = end;
      }
    }
    firstChild[nodes] = next;
    return new HeadwordTrie<>(firstChild, label, value, n);
  }

  /** The length of the common prefix of headwords {@code a} and {@code b}. */
  private static int commonPrefix(char[] chars, int[] start, int a, int b) {
    int n = Math.min(start[a + 1] - start[a], start[b + 1] - start[b]);
    int i = 0;
    while (i < n && chars[start[a] + i] == chars[start[b] + i]) {
      i++;
    }
    return i;
  }

  /** The number of headwords. */
  int size() {
    return size;
  }

  /** The number of nodes, the root included: one per distinct prefix of the headwords. */
  int nodeCount() {
    return label.length;
  }

  /** The entry of a headword, or null if {@code word} is not one. */
  V get(String word) {
    int node = 0;
    for (int i = 0; i < word.length() && node >= 0; i++) {
      node = child(node, word.charAt(i));
    }
    return node >= 0 ? entry(node) : null;
  }

  /**
   * Collects into {@code out} the headwords {@code text[from, end)} with {@code end <= limit}, shortest first.
   */
  void matchesAt(String text, int from, int limit, Matches<V> out) {
    out.size = 0;
    int node = 0;
    for (int i = from; i < limit; i++) {
      node = child(node, text.charAt(i));
      if (node < 0) {
        return;
      }
      V entry = entry(node);
      if (entry != null) {
        out.add(i + 1, entry);
      }
    }
  }

  private int child(int node, char c) {
    int found = Arrays.binarySearch(label, firstChild[node], firstChild[node + 1], c);
    return found >= 0 ? found : -1;
  }

  @SuppressWarnings("unchecked") // value holds only the entries given to of(Map<String, V>)
  private V entry(int node) {
    return (V) value[node];
  }

  /**
   * The headwords found at one position, shortest first: the {@code i}-th ends at {@link #end(int)} and has
   * {@link #entry(int)}. A buffer that one reader reuses from position to position; not thread-safe.
   *
   * @param <V> the entry of a headword
   */
  static final class Matches<V> {
    private int[] ends = new int[8];
    private Object[] entries = new Object[8];
    private int size;

    int size() {
      return size;
    }

    /** Where the {@code i}-th headword ends (exclusive). */
    int end(int i) {
      return ends[Objects.checkIndex(i, size)];
    }

    @SuppressWarnings("unchecked") // entries holds only what add(int, V) put there
    V entry(int i) {
      return (V) entries[Objects.checkIndex(i, size)];
    }

    private void add(int end, V entry) {
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
        entries = Arrays.copyOf(entries, size * 2);
      }
      ends[size] = end;
      entries[size] = entry;
      size++;
    }
  }
}
