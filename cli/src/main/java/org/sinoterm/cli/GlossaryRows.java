package org.sinoterm.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The English–Chinese rows of a glossary exported as CSV or TSV, for {@code sinoterm align --check}.
 *
 * <p>A file whose first line reads {@code English,Chinese (PRC),Note} (or {@code en;zh-CN}, {@code Term
 * (en)<TAB>Term (zh)}, …) gives one row per later line from the two named columns, whatever their order and
 * whatever other columns there are. A file without such a header gives rows from its first two columns, the one
 * with Chinese characters being the Chinese. The delimiter is the first line's most frequent of tab, comma and
 * semicolon; quotes follow RFC 4180, as memoQ, Trados MultiTerm and Phrase write them.
 */
final class GlossaryRows {

  /**
   * One glossary entry.
   *
   * @param line the line of the file it starts on (1-based)
   * @param en the English term, stripped
   * @param zh the Chinese term, stripped
   */
  record Row(long line, String en, String zh) {
  }

  /** A glossary file that cannot be read as one; the message names the file and line. */
  static final class MalformedGlossary extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedGlossary(String message) {
      super(message);
    }
  }

  /**
   * Column names that mean English: the language's name, its ISO code or a locale (en, en-US, en_GB), "Term (en)"
   * as Phrase and Trados name term columns, and "English term", "Term EN".
   */
  private static final Pattern ENGLISH = Pattern.compile(
      "english(\\s*\\(.*\\))?( term)?|eng?([-_][a-z]{2,4}){0,2}|term\\s*\\(\\s*en([-_][a-z]{2,4}){0,2}\\s*\\)"
          + "|term[ _-]?en|en[ _-]term|英文|英语");
  /** The same for Chinese: Chinese (PRC), zh, zh-CN, zh_Hans, zho, chi, Term (zh-CN), 中文. */
  private static final Pattern CHINESE = Pattern.compile(
      "chinese(\\s*\\(.*\\))?( term)?|(zh|zho|chi|cmn)([-_][a-z]{2,4}){0,2}"
          + "|term\\s*\\(\\s*zh([-_][a-z]{2,4}){0,2}\\s*\\)|term[ _-]?zh|zh[ _-]term|中文|汉语|简体中文|繁體中文");

  private GlossaryRows() {
  }

  /**
   * Reads the rows of {@code text}, a glossary named {@code name} in messages.
   *
   * @throws MalformedGlossary if the file has no rows, names no English or no Chinese column in its header, or
   *     breaks the CSV quoting rules
   */
  static List<Row> read(String name, String text) throws MalformedGlossary {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter(text))
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedGlossary(name + ": not a valid CSV/TSV file (" + e.getMessage() + ")");
    }
    if (records.isEmpty()) {
      throw new MalformedGlossary(name + ": no rows");
    }
    CSVRecord first = records.get(0);
    int en = column(first, ENGLISH);
    int zh = column(first, CHINESE);
    int start = 1;
    if (en < 0 && zh < 0) {
      start = 0; // no header: the first two columns
      if (first.size() < 2) {
        throw new MalformedGlossary(name + ":1: expected two columns (English and Chinese) or a header naming them, found one");
      }
      boolean chineseFirst = hasHan(first.get(0)) && !hasHan(first.get(1));
      en = chineseFirst ? 1 : 0;
      zh = chineseFirst ? 0 : 1;
    } else if (en < 0 || zh < 0) {
      throw new MalformedGlossary(name + ":1: the header names " + (en < 0 ? "no English" : "no Chinese")
          + " column (found: " + String.join(", ", first.toList()) + "); name the columns English and Chinese, "
          + "en and zh, en-US and zh-CN, or Term (en) and Term (zh)");
    }
    List<Row> rows = new ArrayList<>();
    long line = 1;
    long position = 0;
    for (int i = start; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      // Lines counted incrementally from the previous record's start: linear in the file.
      long to = Math.min(record.getCharacterPosition(), text.length());
      for (long p = position; p < to; p++) {
        if (text.charAt((int) p) == '\n') {
          line++;
        }
      }
      position = Math.max(position, to);
      rows.add(new Row(line, field(record, en), field(record, zh)));
    }
    return rows;
  }

  private static String field(CSVRecord record, int column) {
    return column < record.size() ? record.get(column).strip() : "";
  }

  private static int column(CSVRecord header, Pattern names) {
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
      if (names.matcher(name).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    int tabs = count(line, '\t');
    int commas = count(line, ',');
    int semicolons = count(line, ';');
    if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static int count(String line, char c) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
