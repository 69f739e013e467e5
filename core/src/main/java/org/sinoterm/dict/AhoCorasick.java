package org.sinoterm.dict;

import java.util.Arrays;
import java.util.List;
import org.sinoterm.text.Characters;

/**
 * An Aho–Corasick automaton over a sorted list of distinct keys, stored in flat arrays: the trie's states are
 * numbered depth first below the root's children, each state's outgoing edges are a sorted run of {@link #edges},
 * and every state keeps its failure link and its dictionary-suffix link (the nearest state on the failure chain that
 * ends a key).
 *
 * <p>The trie is built level by level from the sorted keys — the keys below a state are one contiguous range, and
 * its children are the runs of that range sharing the next character — so construction is linear in the keys' total
 * length (see {@code Trie}). The root's transitions, which every character of text that starts no key falls back
 * to, are a direct table when the root has many children.
 *
 * <p>Immutable and thread-safe.
 */
final class AhoCorasick {

  /** Receives one occurrence of key {@code key} at {@code [start, end)}. */
  @FunctionalInterface
  interface Hit {
    void hit(int start, int end, int key);
  }

  /** Above this many children, the root's transitions are a 64K table instead of a binary search. */
  private static final int DENSE_ROOT = 32;

  /**
   * For state {@code s}, its first edge at {@code 2s} and its failure link at {@code 2s + 1}; its edges end where
   * the next state's begin, at {@code 2s + 2}. Side by side, the two numbers a failed transition reads share a cache
   * line: the extractor's other work between two texts pushes the tables out of the cache, and in a full extraction
   * a scan then spends most of its time waiting for them.
   */
  private final int[] stateTable;
  /** Each edge's character in the high half and its target's {@linkplain #code code} in the low half, sorted. */
  private final long[] edges;
  private final int[] dictionaryLink; // -1 when no proper suffix state ends a key
  private final int[] keyAt; // the key a state ends, or -1
  private final int[] depth;
  private final int[] rootTable; // codes; null unless the root is dense
  /**
   * For each child of the root on an ASCII character, its complete transition on every ASCII character, failure
   * links followed: row {@code s - 1} of this table, 128 wide (the root's children are states 1 to
   * n, n the root's number of edges, those on ASCII characters first). Most failure chains end in one of these states, so that
   * reading a character of Latin text takes one or two lookups. Only for a dense root (a large dictionary): the small
   * automata built per document for the definitions it holds do not pay for the table.
   */
  private final int[] shallow;
  private final int shallowStates;
  private final boolean atWordStarts;
  /**
   * With atWordStarts, the length of each key's first word (its leading run of word characters; 0 if it begins
   * with another character), and a Bloom filter of those first words: a word of the text that is no key's first
   * word starts no match, and the scan reads past it at the root without entering the trie.
   */
  private final int[] firstWordLength;
  private final long[] firstWords;
  private final int firstWordShift; // 32 minus the base-2 logarithm of the filter's size in bits

  /**
   * Builds the automaton for {@code keys}, which must be sorted ({@link String#compareTo}), distinct and non-empty.
   * A match reports the key's index in this list.
   */
  AhoCorasick(List<String> keys) {
    this(keys, false);
  }

  /**
   * Builds the automaton for {@code keys}, as {@link #AhoCorasick(List)} does; with {@code atWordStarts}, an
   * occurrence that begins inside a word is not reported: a key whose first character is a
   * {@linkplain Characters#isWordChar word character} is found only where the text's previous character is not one
   * ("most" in "almost" is not), and its first word must be a whole word of the text ("ai" is not found in "aim",
   * nor "ai chip" in "aim chip"; "ai chip" is in "ai chips", where its last word is not whole). The automaton then
   * never enters the states such an occurrence would pass through, which is most of the states a scan of English
   * prose otherwise visits mid-word, and passes over the words that begin no key.
   */
  AhoCorasick(List<String> keys, boolean atWordStarts) {
    this.atWordStarts = atWordStarts;
    this.firstWordLength = new int[atWordStarts ? keys.size() : 0];
    // About 16 bits per key (a few per cent of false positives), 64 to 64K bits: 8 KB for the extractor's
    // dictionaries, a word or two for the small automata made per document.
    int filterBits = Math.min(1 << 16, Math.max(64, Integer.highestOneBit(Math.max(1, keys.size()) * 16)));
    this.firstWordShift = 32 - Integer.numberOfTrailingZeros(filterBits);
    this.firstWords = atWordStarts ? new long[filterBits / 64] : null;
    for (int k = 0; k < firstWordLength.length; k++) {
      addFirstWord(k, keys.get(k));
    }
    for (int k = 1; k < keys.size(); k++) {
      if (keys.get(k - 1).compareTo(keys.get(k)) >= 0) {
        throw new IllegalArgumentException("keys not sorted and distinct at " + k + ": " + keys.get(k));
      }
    }
    Trie trie = new Trie(keys).renumberedDepthFirst();
    int states = trie.states;
    int[] edgeStart = trie.edgeStart;
    this.stateTable = new int[2 * states + 1];
    for (int s = 0; s <= states; s++) {
      stateTable[2 * s] = edgeStart[s];
    }
    this.keyAt = trie.keyAt;
    this.depth = trie.depth;
    this.edges = new long[trie.edges];
    for (int e = 0; e < trie.edges; e++) {
      this.edges[e] = edge(trie.edgeChar[e], trie.target[e] << 1); // flags are added with the dictionary links
    }
    int rootChildren = edgeStart[1] - edgeStart[0];
    if (rootChildren > DENSE_ROOT) {
      rootTable = new int[Character.MAX_VALUE + 1];
      for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
        rootTable[trie.edgeChar[e]] = trie.target[e] << 1;
      }
    } else {
      rootTable = null;
    }
    // Failure links, in breadth-first order so that a state's parent is done before it. With atWordStarts, a
    // state's failure link is its longest proper suffix that is a state and does not begin inside a word of the
    // state's own text, whose character before the suffix is known; so the chain holds only the suffixes a match
    // may start at, and next() follows it as usual.
    this.dictionaryLink = new int[states];
    dictionaryLink[0] = -1;
    for (int k = 0; k < states; k++) {
      linkChildren(trie.number[k], trie);
    }
    if (rootTable != null) {
      for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
        rootTable[trie.edgeChar[e]] = code(trie.target[e]);
      }
    }
    char[] chars = trie.edgeChar;
    char[] incoming = trie.incoming;
    // Rows for the children on ASCII characters only, which come first in the sorted edges: Latin text runs through
    // them, and a row for each Han child would make the table too large to stay in the cache.
    int asciiChildren = 0;
    while (asciiChildren < rootChildren && chars[edgeStart[0] + asciiChildren] < 128) {
      asciiChildren++;
    }
    this.shallowStates = rootTable != null ? asciiChildren : 0;
    this.shallow = new int[shallowStates * 128];
    for (int s = 1; s <= shallowStates; s++) {
      for (char c = 0; c < 128; c++) {
        int child = child(s, c);
        shallow[(s - 1) * 128 + c] = child != 0 ? child : fromRoot(c, insideWord(incoming[s], c));
      }
    }
  }

  /** Adds key {@code k}'s first word to the filter, and records its length. */
  private void addFirstWord(int k, String key) {
    int length = 0;
    int hash = 0;
    while (length < key.length() && Characters.isWordChar(key.charAt(length))) {
      hash = 31 * hash + key.charAt(length);
      length++;
    }
    firstWordLength[k] = length;
    if (length > 0) {
      int bit = filterBit(hash);
      firstWords[bit >>> 6] |= 1L << bit;
    }
  }

  /**
   * Sets the failure and dictionary links of the children of state {@code s}, whose own are set, and gives the
   * edges to them their codes.
   */
  private void linkChildren(int s, Trie trie) {
    for (int e = trie.edgeStart[s]; e < trie.edgeStart[s + 1]; e++) {
      int child = trie.target[e];
      char c = trie.edgeChar[e];
      int f = s == 0 ? 0 : next(stateTable[2 * s + 1], c, insideWord(trie.incoming[s], c)) >>> 1;
      stateTable[2 * child + 1] = f;
      dictionaryLink[child] = keyAt[f] >= 0 ? f : dictionaryLink[f];
      edges[e] = edge(c, code(child)); // next() reads only the target, which the code keeps
    }
  }

  /**
   * The trie of sorted keys, built level by level — the keys below a state are one contiguous range, and its
   * children are the runs of that range sharing the next character — then renumbered depth first below the root's
   * children (which keep numbers 1 to n): the states of one name then lie next to one another, and reading "ministry
   * of industry and information technology" touches a few cache lines of the tables instead of one or two per
   * character, which breadth-first numbers spread over the levels.
   *
   * <p>Each step works on one state in a method of its own: a cold JVM interprets a loop until it has turned some
   * 60,000 times, but compiles a method called a few hundred times, and the extractor's automaton has about 50,000
   * states.
   */
  private static final class Trie {
    private final List<String> keys;
    int states = 1;
    int edges;
    int[] edgeStart; // state s's edges are [edgeStart[s], edgeStart[s + 1])
    char[] edgeChar;
    int[] target;
    int[] keyAt; // the key a state ends, or -1
    int[] depth;
    char[] incoming; // the character on the edge into each state
    /** After renumbering, the new number of each state by its breadth-first one: the order of the levels. */
    int[] number;
    private int[] lo; // state s covers keys [lo[s], hi[s]), which share a prefix of length depth[s]
    private int[] hi;

    Trie(List<String> keys) {
      this.keys = keys;
      int capacity = 1;
      for (String key : keys) {
        if (key.isEmpty()) {
          throw new IllegalArgumentException("empty key");
        }
        capacity += key.length();
      }
      lo = new int[capacity];
      hi = new int[capacity];
      depth = new int[capacity];
      edgeStart = new int[capacity + 1];
      edgeChar = new char[capacity];
      target = new int[capacity];
      keyAt = new int[capacity];
      Arrays.fill(keyAt, -1);
      incoming = new char[capacity];
      hi[0] = keys.size();
      for (int s = 0; s < states; s++) {
        expand(s);
      }
      edgeStart[states] = edges;
      lo = null;
      hi = null;
    }

    /** Adds the children of {@code s}, numbered after every state so far, as breadth-first order wants. */
    private void expand(int s) {
      edgeStart[s] = edges;
      int d = depth[s];
      int k = lo[s];
      if (k < hi[s] && keys.get(k).length() == d) {
        keyAt[s] = k; // the shortest key of the range is the one that ends here, and it sorts first
        k++;
      }
      while (k < hi[s]) {
        char c = keys.get(k).charAt(d);
        int runEnd = k + 1;
        while (runEnd < hi[s] && keys.get(runEnd).charAt(d) == c) {
          runEnd++;
        }
        int child = states++;
        lo[child] = k;
        hi[child] = runEnd;
        depth[child] = d + 1;
        edgeChar[edges] = c;
        incoming[child] = c;
        target[edges] = child;
        edges++;
        k = runEnd;
      }
    }

    /**
     * This trie renumbered in preorder below each child of the root, with {@link #number} the breadth-first order
     * in the new numbers.
     */
    Trie renumberedDepthFirst() {
      int[] renumbered = new int[states]; // by breadth-first number
      int rootChildren = edgeStart[1] - edgeStart[0];
      for (int s = 0; s <= rootChildren; s++) {
        renumbered[s] = s;
      }
      int next = rootChildren + 1;
      int[] stack = new int[Math.max(1, states)];
      for (int child = 1; child <= rootChildren; child++) {
        int top = pushChildren(child, stack, 0);
        while (top > 0) {
          int s = stack[--top];
          renumbered[s] = next++;
          top = pushChildren(s, stack, top);
        }
      }
      return new Trie(this, renumbered);
    }

    /** {@code breadthFirst} with its state {@code s} numbered {@code renumbered[s]}. */
    private Trie(Trie breadthFirst, int[] renumbered) {
      keys = breadthFirst.keys;
      states = breadthFirst.states;
      edges = breadthFirst.edges;
      edgeStart = new int[states + 1];
      edgeChar = new char[edges];
      target = new int[edges];
      keyAt = new int[states];
      depth = new int[states];
      incoming = new char[states];
      number = renumbered; // state s of the breadth-first order is now renumbered[s]
      int[] byNumber = new int[states];
      for (int s = 0; s < states; s++) {
        byNumber[renumbered[s]] = s;
      }
      int written = 0;
      for (int n = 0; n < states; n++) {
        written = copyState(breadthFirst, byNumber[n], n, written, renumbered);
      }
      edgeStart[states] = written;
    }

    /** Pushes the children of {@code s} in reverse, so that the first is popped first; returns the new top. */
    private int pushChildren(int s, int[] stack, int top) {
      for (int e = edgeStart[s + 1] - 1; e >= edgeStart[s]; e--) {
        stack[top++] = target[e];
      }
      return top;
    }

    /** Writes state {@code s} of {@code old} as state {@code n}, its edges from {@code written}; returns their end. */
    private int copyState(Trie old, int s, int n, int written, int[] renumbered) {
      edgeStart[n] = written;
      for (int e = old.edgeStart[s]; e < old.edgeStart[s + 1]; e++) {
        edgeChar[written] = old.edgeChar[e];
        target[written] = renumbered[old.target[e]];
        written++;
      }
      keyAt[n] = old.keyAt[s];
      depth[n] = old.depth[s];
      incoming[n] = old.incoming[s];
      return written;
    }
  }

  /** The bit of the first-word filter for a word's hash (Fibonacci hashing to the filter's size). */
  private int filterBit(int wordHash) {
    return (wordHash * 0x9E3779B9) >>> firstWordShift;
  }

  private static long edge(char c, int targetCode) {
    return (long) c << 32 | targetCode;
  }

  /**
   * The code of a state, which is what transitions lead to: its number shifted left, and in the low bit whether a
   * key ends there or on its failure chain. Reading text then touches the tables of matches only where one ends.
   */
  private int code(int state) {
    return state << 1 | (keyAt[state] >= 0 || dictionaryLink[state] >= 0 ? 1 : 0);
  }

  /** The number of states, the root included. */
  int states() {
    return keyAt.length;
  }

  /**
   * Reports every occurrence of every key in {@code text}, overlapping ones included, ordered by end and, at one
   * end, by start descending (the shorter key first).
   */
  void parse(CharSequence text, Hit hit) {
    int[] ending = new int[16]; // the states ending keys at one position, longest first
    int code = 0;
    boolean previousWord = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean word = atWordStarts && Characters.isWordChar(c);
      if (word && !previousWord && code == 0) {
        // At the root at a word start, no match is under way: a word that is no key's first word is passed over.
        int wordEnd = i + 1;
        int hash = c;
        while (wordEnd < length && Characters.isWordChar(text.charAt(wordEnd))) {
          hash = 31 * hash + text.charAt(wordEnd);
          wordEnd++;
        }
        int bit = filterBit(hash);
        if ((firstWords[bit >>> 6] & 1L << bit) == 0) {
          i = wordEnd - 1;
          previousWord = true;
          continue;
        }
      }
      code = next(code >>> 1, c, word && previousWord);
      previousWord = word;
      if ((code & 1) == 0) {
        continue;
      }
      int state = code >>> 1;
      int n = 0;
      for (int t = keyAt[state] >= 0 ? state : dictionaryLink[state]; t >= 0; t = dictionaryLink[t]) {
        if (n == ending.length) {
          ending = Arrays.copyOf(ending, n * 2);
        }
        ending[n++] = t;
      }
      for (int j = n - 1; j >= 0; j--) {
        int t = ending[j];
        int start = i + 1 - depth[t];
        if (!atWordStarts || firstWordIsWhole(text, start, keyAt[t])) {
          hit.hit(start, i + 1, keyAt[t]);
        }
      }
    }
  }

  /** True if the first word of key {@code key}, found at {@code start}, is not followed by more of a word. */
  private boolean firstWordIsWhole(CharSequence text, int start, int key) {
    int after = start + firstWordLength[key];
    return firstWordLength[key] == 0 || after == text.length() || !Characters.isWordChar(text.charAt(after));
  }

  /**
   * The code of the state after reading {@code c} in {@code state}, following failure links; {@code insideWord} if
   * {@code c} continues a word (and matches start at words).
   */
  private int next(int state, char c, boolean insideWord) {
    for (int s = state; ; s = stateTable[2 * s + 1]) {
      if (s == 0) {
        return fromRoot(c, insideWord);
      }
      if (s <= shallowStates && c < 128) {
        return shallow[(s - 1) * 128 + c];
      }
      int child = child(s, c);
      if (child != 0) {
        return child;
      }
    }
  }

  /** The root's transition on {@code c}: none inside a word, where no match starts. */
  private int fromRoot(char c, boolean insideWord) {
    if (insideWord) {
      return 0;
    }
    return rootTable != null ? rootTable[c] : child(0, c);
  }

  /** True if matches start at words and {@code c}, read after {@code previous}, continues a word. */
  private boolean insideWord(char previous, char c) {
    return atWordStarts && Characters.isWordChar(previous) && Characters.isWordChar(c);
  }

  /** Up to this many edges, a state's edges are searched one by one: most states have one or two. */
  private static final int LINEAR_EDGES = 6;

  /** The code of {@code state}'s child on {@code c}, or 0 (the root, which is no one's child) when there is none. */
  private int child(int state, char c) {
    int low = stateTable[2 * state];
    int high = stateTable[2 * state + 2] - 1;
    if (high - low < LINEAR_EDGES) {
      for (int e = low; e <= high; e++) {
        long edge = edges[e];
        char m = (char) (edge >>> 32);
        if (m >= c) {
          return m == c ? (int) edge : 0;
        }
      }
      return 0;
    }
    while (low <= high) {
      int mid = (low + high) >>> 1;
      long edge = edges[mid];
      char m = (char) (edge >>> 32);
      if (m < c) {
        low = mid + 1;
      } else if (m > c) {
        high = mid - 1;
      } else {
        return (int) edge;
      }
    }
    return 0;
  }
}
