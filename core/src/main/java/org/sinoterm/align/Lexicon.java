package org.sinoterm.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * The general Chinese–English lexicon (format {@code lexicon/1}, the bundled {@code cedict.tsv} converted from
 * CC-CEDICT): 领域 → field, sphere, domain; 合肥 → Hefei (a name, read {@code He2 fei2}).
 *
 * <p>Rows are kept as read and their English forms are compiled on first lookup, so that loading 114,000 rows
 * stays cheap. Immutable and thread-safe.
 */
final class Lexicon {

  static final String FORMAT = "lexicon/1";

  /** zh → {pinyin readings, English forms}, both as written in the file. */
  private final Map<String, String[]> rows;
  private final int maxLength;
  private final Map<String, List<EnglishForm>> compiled = new ConcurrentHashMap<>();

  private Lexicon(Map<String, String[]> rows, int maxLength) {
    this.rows = rows;
    this.maxLength = maxLength;
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
    Map<String, String[]> rows = new HashMap<>(file.rows().size() * 4 / 3 + 1);
    int maxLength = 1;
    for (TsvFile.Row row : file.rows()) {
      String word = row.get(zh);
      if (word.isEmpty() || !Characters.containsHan(word)) {
        throw file.error(row.line(), "zh must contain a Han character: '" + word + "'");
      }
      if (row.get(en).isEmpty()) {
        throw file.error(row.line(), "en is empty for " + word);
      }
      if (rows.putIfAbsent(word, new String[] {row.get(pinyin), row.get(en)}) != null) {
        throw file.error(row.line(), "headword " + word + " appears twice");
      }
      maxLength = Math.max(maxLength, word.length());
    }
    return new Lexicon(rows, maxLength);
  }

  /** True if the word is a headword. */
  boolean contains(String zh) {
    return rows.containsKey(zh);
  }

  /** The longest headword, in UTF-16 units. */
  int maxLength() {
    return maxLength;
  }

  /** The English forms of a headword; empty if it is not one. */
  List<EnglishForm> forms(String zh) {
    String[] row = rows.get(zh);
    if (row == null) {
      return List.of();
    }
    return compiled.computeIfAbsent(zh, w -> EnglishForm.list(row[1]));
  }

  /**
   * The toneless pinyin of a name's reading (one written with a capital, as CC-CEDICT writes names), syllables
   * joined: 合肥 → {@code hefei}, 重庆 → {@code chongqing}; null if the word has no such reading.
   */
  String namePinyin(String zh) {
    String[] row = rows.get(zh);
    if (row == null) {
      return null;
    }
    for (String reading : row[0].split("\\|", -1)) {
      if (!reading.isEmpty() && Character.isUpperCase(reading.charAt(0))) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reading.length(); i++) {
          char c = reading.charAt(i);
          if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            out.append(Characters.fold(c));
          }
        }
        return out.toString();
      }
    }
    return null;
  }
}
