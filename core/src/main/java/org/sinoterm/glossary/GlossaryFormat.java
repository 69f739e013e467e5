package org.sinoterm.glossary;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a {@link Glossary} is written in. Each writes the entries in the glossary's order, and the same
 * glossary always gives the same characters.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("glossary.tbx"), StandardCharsets.UTF_8)) {
 *   GlossaryFormat.TBX.write(glossary, out);
 * }
 * }</pre>
 *
 * <p>The writer must encode UTF-8: TBX declares it, and CSV begins with a byte-order mark.
 *
 * @since 0.1.0
 */
public enum GlossaryFormat {
  /**
   * TBX-Basic (ISO 30042:2008, {@code martif type="TBX-Basic"}): one {@code termEntry} per entry with its subject
   * field, a note with the entity type, key, frequency and sources, a {@code langSet} for English ({@code en}) and
   * one for Chinese ({@code zh-Hans}), and a {@code tig} per term with part of speech, term type, a note with its
   * frequency, and the context on the term it shows. Characters that XML 1.0 forbids are left out.
   */
  TBX("tbx"),
  /**
   * Comma-separated values for CAT tools (memoQ, Trados MultiTerm through its Glossary Converter): UTF-8
   * with a byte-order mark, CRLF line ends, RFC 4180 quoting, and a header row {@value TabularWriter#HEADER_TEXT}.
   * Synonyms are separated by {@code |}.
   */
  CSV("csv"),
  /**
   * The columns of {@link #CSV} separated by tabs, UTF-8 without a byte-order mark, LF line ends; a tab, line break or
   * backslash in a field is written {@code \t}, {@code \n}, {@code \r}, {@code \\}.
   */
  TSV("tsv");

  private final String extension;

  GlossaryFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension of the format, without the dot: tbx, csv, tsv. */
  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, case-insensitively ("glossary.TBX" → TBX); empty if none. */
  public static Optional<GlossaryFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (GlossaryFormat format : values()) {
      if (lower.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code glossary} to {@code out}, which must encode UTF-8. Does not close {@code out}; flushes it.
   *
   * @throws IOException if writing fails
   */
  public void write(Glossary glossary, Writer out) throws IOException {
    switch (this) {
      case TBX -> TbxWriter.write(glossary, out);
      case CSV -> TabularWriter.csv(glossary, out);
      case TSV -> TabularWriter.tsv(glossary, out);
      default -> throw new AssertionError(this);
    }
    out.flush();
  }

  /**
   * A field as Sinoterm writes it in TSV, here and in {@code sinoterm extract --format tsv}: a backslash, tab, line
   * feed or carriage return becomes {@code \\}, {@code \t}, {@code \n}, {@code \r}; all else is kept.
   *
   * @since 0.1.0
   */
  public static String escapeTsvField(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
