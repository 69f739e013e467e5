package org.sinoterm.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * The general Chinese–English lexicon (format {@code lexicon/1}, the bundled {@code cedict.tsv} converted from
 * CC-CEDICT): 领域 → field, sphere, domain; 合肥 → Hefei (a name, read {@code He2 fei2}).
 *
 * <p>Rows are kept as read, in a {@link HeadwordTrie} that finds every headword at a position in one walk, and
 * their English forms are compiled on first lookup, so that loading 114,000 rows stays cheap. Immutable and
 * thread-safe.
 */
final class Lexicon {

  static final String FORMAT = "lexicon/1";

  /** A headword's row as written in the file: its pinyin readings ({@code |}-separated) and English forms. */
  record Entry(String pinyin, String en) {
  }

  private final HeadwordTrie<Entry> rows;
  private final Map<String, List<EnglishForm>> compiled = new ConcurrentHashMap<>();

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
    Entry row = rows.get(zh);
    if (row == null) {
      return List.of();
    }
    return compiled.computeIfAbsent(zh, w -> EnglishForm.list(row.en()));
  }

  /**
   * The toneless pinyin of a name's reading (one written with a capital, as CC-CEDICT writes names), syllables
   * joined: 合肥 → {@code hefei}, 重庆 → {@code chongqing}; null if the word has no such reading.
   */
  String namePinyin(String zh) {
    Entry row = rows.get(zh);
    if (row == null) {
      return null;
    }
    String readings = row.pinyin();
    // The readings are '|'-separated; walked in place rather than split, as this runs for every word read.
    for (int start = 0; start <= readings.length(); ) {
      int end = readings.indexOf('|', start);
      if (end < 0) {
        end = readings.length();
      }
      if (end > start && Character.isUpperCase(readings.charAt(start))) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
          char c = readings.charAt(i);
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
