package org.sinoterm.dict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinoterm.DictionaryException;

/**
 * A dictionary file as read from disk or the classpath: its headers, its columns and its rows, each row with its
 * line number. Reading checks only the layout; what the fields mean is checked by the dictionary that uses them,
 * which reports problems through {@link #error(int, String)} so that every message names the file and line.
 *
 * <pre>
 * #format	agency/1
 * #version	2026.11
 * #source	gov.cn organisation pages
 * #license	CC0-1.0
 * key	acronyms	en	zh
 * MIIT	MIIT	Ministry of Industry and Information Technology	工业和信息化部
 * </pre>
 *
 * <p>Rules: UTF-8 (a leading byte-order mark is ignored, invalid bytes are an error), LF or CRLF line ends,
 * header lines {@code #name<TAB>value} before the column line, one column line, then rows of exactly as many
 * TAB-separated fields as there are columns; after the column line, blank lines and lines starting with {@code #}
 * are comments. Fields are trimmed.
 */
public final class TsvFile {

  /** The headers every dictionary file must have. */
  public static final List<String> REQUIRED_HEADERS = List.of("format", "version", "source", "license");

  private final String name;
  private final Map<String, String> headers;
  private final List<String> columns;
  private final int columnLine;
  private final List<Row> rows;

  private TsvFile(String name, Map<String, String> headers, List<String> columns, int columnLine, List<Row> rows) {
    this.name = name;
    this.columnLine = columnLine;
    this.headers = Collections.unmodifiableMap(headers);
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** One data line: its 1-based line number and its fields, in column order. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field at column {@code index}, or "" when {@code index} is -1 (a column the file does not have). */
    public String get(int index) {
      return index < 0 ? "" : fields.get(index);
    }
  }

  /** Reads a file from disk; the file name (not the whole path) names it in messages. */
  public static TsvFile read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new DictionaryException(path.toString(), 0, "cannot read: " + e.getMessage());
    }
    return parse(path.toString(), bytes);
  }

  /** Reads a stream, named {@code name} in messages. The stream is read to its end but not closed. */
  public static TsvFile read(String name, InputStream in) {
    try {
      return parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new DictionaryException(name, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Parses the bytes of a dictionary file. */
  public static TsvFile parse(String name, byte[] bytes) {
    List<String> lines = decodeLines(name, bytes);
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> columns = null;
    int columnLine = 0;
    List<Row> rows = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      int lineNo = index + 1;
      String line = lines.get(index);
      if (columns == null) {
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          int tab = line.indexOf('\t');
          if (tab < 0) {
            throw new DictionaryException(name, lineNo, "header line must be #name<TAB>value: " + abbreviate(line));
          }
          String key = line.substring(1, tab).trim();
          if (headers.put(key, line.substring(tab + 1).trim()) != null) {
            throw new DictionaryException(name, lineNo, "header #" + key + " appears twice");
          }
          continue;
        }
        for (String required : REQUIRED_HEADERS) {
          String value = headers.get(required);
          if (value == null || value.isEmpty()) {
            throw new DictionaryException(name, lineNo,
                "missing header #" + required + " before the column line (needed: #format, #version, #source, "
                    + "#license)");
          }
        }
        columns = splitFields(line);
        columnLine = lineNo;
        if (Set.copyOf(columns).size() != columns.size()) {
          throw new DictionaryException(name, lineNo, "a column name appears twice: " + columns);
        }
        if (columns.contains("")) {
          throw new DictionaryException(name, lineNo, "empty column name in " + columns);
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = splitFields(line);
      if (fields.size() != columns.size()) {
        throw new DictionaryException(name, lineNo, "expected " + columns.size() + " fields ("
            + String.join(", ", columns) + "), found " + fields.size());
      }
      rows.add(new Row(lineNo, fields));
    }
    if (columns == null) {
      throw new DictionaryException(name, Math.max(1, lines.size()),
          headers.isEmpty() ? "empty file: expected #format, #version, #source, #license headers and a column line"
              : "no column line after the headers");
    }
    return new TsvFile(name, headers, columns, columnLine, rows);
  }

  private static List<String> decodeLines(String name, byte[] bytes) {
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int lineStart = offset;
    for (int i = offset; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && i == lineStart) {
          break;
        }
        int lineEnd = i > lineStart && bytes[i - 1] == '\r' ? i - 1 : i;
        try {
          lines.add(decoder.decode(ByteBuffer.wrap(bytes, lineStart, lineEnd - lineStart)).toString());
        } catch (CharacterCodingException e) {
          throw new DictionaryException(name, lines.size() + 1, "not valid UTF-8");
        }
        lineStart = i + 1;
      }
    }
    return lines;
  }

  private static List<String> splitFields(String line) {
    String[] parts = line.split("\t", -1);
    List<String> fields = new ArrayList<>(parts.length);
    for (String part : parts) {
      fields.add(part.strip());
    }
    return fields;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }

  /** The name used in messages: a path or a classpath resource name. */
  public String name() {
    return name;
  }

  /** The value of header {@code #key}, or null. */
  public String header(String key) {
    return headers.get(key);
  }

  /** The {@code #format} header, such as {@code agency/1}. */
  public String format() {
    return headers.get("format");
  }

  /** The column names, in file order. */
  public List<String> columns() {
    return columns;
  }

  /** The line number of the column line. */
  public int columnLine() {
    return columnLine;
  }

  /**
   * Checks the column line against a format's columns: every {@code required} column present, and no column
   * outside {@code required} and {@code optional}, so that a misspelt column name fails instead of being ignored.
   */
  public void requireColumns(List<String> required, List<String> optional) {
    for (String column : required) {
      if (!columns.contains(column)) {
        throw error(columnLine, "missing column '" + column + "' (format " + format() + " needs "
            + String.join(", ", required) + ")");
      }
    }
    for (String column : columns) {
      if (!required.contains(column) && !optional.contains(column)) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        throw error(columnLine, "unknown column '" + column + "' (format " + format() + " knows "
            + String.join(", ", known) + ")");
      }
    }
  }

  /** The data rows. */
  public List<Row> rows() {
    return rows;
  }

  /** The index of column {@code column}, or -1 if the file does not have it. */
  public int columnIndex(String column) {
    return columns.indexOf(column);
  }

  /** An exception for a problem at {@code line} of this file. */
  public DictionaryException error(int line, String problem) {
    return new DictionaryException(name, line, problem);
  }
}
