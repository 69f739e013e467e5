package org.sinoterm;

/**
 * A dictionary file is malformed. The message starts with the file and line, as a compiler's does:
 * {@code "my-agencies.tsv:12: expected 4 fields (key, acronyms, en, zh), found 3"}.
 *
 * <p>Thrown by {@link ExtractorBuilder#build()}; nothing of a file that fails is used.
 *
 * @since 0.1.0
 */
public final class DictionaryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param problem what is wrong, without the location
   */
  public DictionaryException(String source, int line, String problem) {
    super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
