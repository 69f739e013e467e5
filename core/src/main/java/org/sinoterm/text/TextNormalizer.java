package org.sinoterm.text;

import java.util.Arrays;

/**
 * Unifies the many ways the same text is written, keeping a map back to the original offsets.
 *
 * <ul>
 *   <li>full-width ASCII to half-width ({@code （ＭＩＩＴ）} → {@code (MIIT)}), the ideographic space to a space,
 *       and the full-width currency signs to their ordinary forms;</li>
 *   <li>curly, low, prime and corner quotes ({@code “ ” ‘ ’ 「 」 『 』}) to {@code "} and {@code '};</li>
 *   <li>hyphens, dashes and the minus sign to {@code -}, wave dashes to {@code ~};</li>
 *   <li>no-break and other fixed-width spaces to a space, line and paragraph separators to a line feed;</li>
 *   <li>zero-width spaces and joiners, soft hyphens, byte-order marks and bidirectional controls deleted;</li>
 *   <li>traditional Han characters to simplified ones (國務院辦公廳 → 国务院办公厅), through {@link HanLp}.</li>
 * </ul>
 *
 * <p>Every other character, including lone surrogates and control characters, is kept as it is. Immutable and
 * thread-safe.
 */
public final class TextNormalizer {

  private static final int DELETE = -1;

  private final boolean simplify;

  /** Creates a normalizer with the rules above. */
  public TextNormalizer() {
    this(true);
  }

  private TextNormalizer(boolean simplify) {
    this.simplify = simplify;
  }

  /**
   * A normalizer with every rule above but the last: Han characters are kept as written, and HanLP's conversion
   * table is not loaded. For text known to be in simplified characters, such as the bundled dictionaries, where it
   * gives the same result as {@link #TextNormalizer()} without the cost of loading the table.
   */
  public static TextNormalizer withoutSimplification() {
    return new TextNormalizer(false);
  }

  /** Normalizes {@code original}; never throws on any string. */
  public NormalizedText normalize(String original) {
    int n = original.length();
    int first = 0;
    while (first < n && !needsWork(original.charAt(first))) {
      first++;
    }
    if (first == n) {
      return NormalizedText.identity(original);
    }
    Builder out = new Builder(original, first);
    int i = first;
    while (i < n) {
      char c = original.charAt(i);
      if (simplify && Characters.isHan(c)) {
        int end = i + 1;
        while (end < n && Characters.isHan(original.charAt(end))) {
          end++;
        }
        out.appendSimplified(i, end);
        i = end;
        continue;
      }
      int folded = foldChar(c);
      if (folded != DELETE) {
        out.append((char) folded, i, i + 1);
      } else {
        out.delete();
      }
      i++;
    }
    return out.build();
  }

  private boolean needsWork(char c) {
    return c >= 0x80 && ((simplify && Characters.isHan(c)) || foldChar(c) != c);
  }

  /** The replacement of one character, {@link #DELETE}, or the character itself. Han is handled separately. */
  static int foldChar(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return c - 0xFEE0;
    }
    switch (c) {
      case '\u3000', '\u00A0', '\u1680', '\u202F', '\u205F',
          '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
          '\u200A':
        return ' ';
      case '\u2028', '\u2029', '\u0085':
        return '\n';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
          '\u202E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u2066', '\u2067', '\u2068', '\u2069',
          '\uFEFF', '\u180E':
        return DELETE;
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E',
          '\u300F', '\u301D', '\u301E', '\u301F', '\uFE41', '\uFE42', '\uFE43', '\uFE44', '\uFF62', '\uFF63':
        return '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035':
        return '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\u2E3A',
          '\u2E3B':
        return '-';
      case '\u301C', '\u2053':
        return '~';
      case '\uFFE0':
        return '\u00A2';
      case '\uFFE1':
        return '\u00A3';
      case '\uFFE5':
        return '\u00A5';
      case '\uFF61':
        return '\u3002';
      case '\uFF64':
        return '\u3001';
      default:
        return c;
    }
  }

  /**
   * Accumulates the normalized text and, once the lengths diverge, the original range of each normalized
   * character. While every character maps to itself in place, no offset arrays are kept.
   */
  private static final class Builder {
    private final String original;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(String original, int unchangedPrefix) {
      this.original = original;
      this.text = new StringBuilder(original.length() + 16);
      text.append(original, 0, unchangedPrefix);
    }

    void append(char c, int originalStart, int originalEnd) {
      int at = text.length();
      if (starts == null) {
        if (originalStart == at && originalEnd == at + 1) {
          text.append(c);
          return;
        }
        startMapping();
      }
      if (at == starts.length) {
        starts = Arrays.copyOf(starts, at * 2);
        ends = Arrays.copyOf(ends, at * 2);
      }
      text.append(c);
      starts[at] = originalStart;
      ends[at] = originalEnd;
    }

    /** The original character at the current position is dropped. */
    void delete() {
      if (starts == null) {
        startMapping();
      }
    }

    /** From here on offsets differ: record the identity map of what is already written. */
    private void startMapping() {
      int written = text.length();
      int capacity = Math.max(16, original.length() + 16);
      starts = new int[capacity];
      ends = new int[capacity];
      for (int i = 0; i < written; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
    }

    /** Appends the simplified form of the Han run {@code original[start, end)}. */
    void appendSimplified(int start, int end) {
      String run = original.substring(start, end);
      String simplified = HanLp.toSimplified(run);
      if (simplified.length() == run.length()) {
        for (int k = 0; k < run.length(); k++) {
          append(simplified.charAt(k), start + k, start + k + 1);
        }
        return;
      }
      // A character mapped outside the BMP: convert one by one so that each output char knows its source.
      for (int k = start; k < end; k++) {
        String one = HanLp.toSimplified(String.valueOf(original.charAt(k)));
        for (int m = 0; m < one.length(); m++) {
          append(one.charAt(m), k, k + 1);
        }
      }
    }

    NormalizedText build() {
      String normalized = text.toString();
      if (starts == null) {
        return new NormalizedText(original, normalized, null, null);
      }
      int n = normalized.length();
      return new NormalizedText(original, normalized, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }
}
