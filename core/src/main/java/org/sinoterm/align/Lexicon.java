package org.sinoterm.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;
import org.sinoterm.text.HanLpSegmenter;

/**
 * The general Chinese–English lexicon (format {@code lexicon/1}, the bundled {@code cedict.tsv} converted from
 * CC-CEDICT): 领域 → field, sphere, domain; 合肥 → Hefei (a name, read {@code He2 fei2}).
 *
 * <p>Rows are kept as read, in a {@link HeadwordTrie} that finds every headword at a position in one walk, and
 * their English forms are compiled on first lookup, so that loading 114,000 rows stays cheap. Thread-safe, and
 * immutable but for those compiled forms.
 */
final class Lexicon {

  static final String FORMAT = "lexicon/1";

  /**
   * A headword's row: its pinyin readings as written ({@code |}-separated) and its English forms, compiled on
   * first use.
   */
  static final class Entry {
    private final String pinyin;
    private final String en;
    /** Compiled on first use; threads that race compile equal lists, and the list is immutable. */
    private volatile List<EnglishForm> forms;
    /** The pinyin to compare with English, on first use; threads that race read the same string. */
    private volatile String comparablePinyin;

    private Entry(String pinyin, String en) {
      this.pinyin = pinyin;
      this.en = en;
    }

    /** The English forms. */
    List<EnglishForm> forms() {
      List<EnglishForm> compiled = forms;
      if (compiled == null) {
        compiled = List.copyOf(EnglishForm.list(en));
        forms = compiled;
      }
      return compiled;
    }

    /**
     * The pinyin to compare with English names, read once: the {@linkplain #namePinyin() name reading} if the
     * headword has one (合肥 → hefei), else HanLP's reading of {@code word}, the headword itself (绿色 → lvse).
     */
    String pinyin(String word, HanLpSegmenter segmenter) {
      String read = comparablePinyin;
      if (read == null) {
        read = namePinyin();
        if (read == null) {
          read = segmenter.pinyin(word);
        }
        comparablePinyin = read;
      }
      return read;
    }

    /**
     * The toneless pinyin of a name's reading (one written with a capital, as CC-CEDICT writes names), syllables
     * joined: 合肥 → {@code hefei}, 重庆 → {@code chongqing}; null if the headword has no such reading.
     */
    String namePinyin() {
      // The readings are '|'-separated; walked in place rather than split, as this runs for every word read.
      for (int start = 0; start <= pinyin.length(); ) {
        int end = pinyin.indexOf('|', start);
        if (end < 0) {
          end = pinyin.length();
        }
        if (end > start && Character.isUpperCase(pinyin.charAt(start))) {
          StringBuilder out = new StringBuilder(end - start);
          for (int i = start; i < end; i++) {
            char c = pinyin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
              out.append(Characters.fold(c));
            }
          }
          return out.toString();
        }
        start = end + 1;
      }
      return null;
    }
  }

  private final HeadwordTrie<Entry> rows;

  private Lexicon(HeadwordTrie<Entry> rows) {
    this.rows = rows;
  }

  /** Reads a lexicon file; fails with a message naming the file and line. */
  static Lexicon load(TsvFile file) {
    if (!FORMAT.equals(file.format())) {
      throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
    }
    file.requireColumns(List.of("zh", "en"), List.of("pinyin"));
    int zh = file.columnIndex("zh");
    int en = file.columnIndex("en");
    int pinyin = file.columnIndex("pinyin");
    // In file order, which for the bundled file is sorted: sorting the headwords for the trie is then one pass.
    Map<String, Entry> rows = new LinkedHashMap<>(file.rows().size() * 4 / 3 + 1);
    for (TsvFile.Row row : file.rows()) {
      String word = row.get(zh);
      if (word.isEmpty() || !Characters.containsHan(word)) {
        throw file.error(row.line(), "zh must contain a Han character: '" + word + "'");
      }
      if (row.get(en).isEmpty()) {
        throw file.error(row.line(), "en is empty for " + word);
      }
      if (rows.putIfAbsent(word, new Entry(row.get(pinyin), row.get(en))) != null) {
        throw file.error(row.line(), "headword " + word + " appears twice");
      }
    }
    return new Lexicon(HeadwordTrie.of(rows));
  }

  /** True if the word is a headword. */
  boolean contains(String zh) {
    return rows.get(zh) != null;
  }

  /** The entry of a headword, or null. */
  Entry entry(String zh) {
    return rows.get(zh);
  }

  /** The number of headwords. */
  int size() {
    return rows.size();
  }

  /**
   * Collects into {@code out} the headwords {@code text[from, end)} with {@code end <= limit}, shortest first.
   */
  void headwordsAt(String text, int from, int limit, HeadwordTrie.Matches<Entry> out) {
    rows.matchesAt(text, from, limit, out);
  }

  /** The English forms of a headword; empty if it is not one. */
  List<EnglishForm> forms(String zh) {
    Entry entry = rows.get(zh);
    return entry == null ? List.of() : entry.forms();
  }

  /**
   * The toneless pinyin of a name's reading: 合肥 → {@code hefei}; null if the word is not a headword or has no such
   * reading. See {@link Entry#namePinyin()}.
   */
  String namePinyin(String zh) {
    Entry entry = rows.get(zh);
    return entry == null ? null : entry.namePinyin();
  }
}
