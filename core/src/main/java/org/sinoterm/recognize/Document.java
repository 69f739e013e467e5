package org.sinoterm.recognize;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.SurfaceScanner;
import org.sinoterm.text.NormalizedText;

/**
 * What a recognizer reads: the normalized text, the date the document was written if the caller knows it (used to
 * give a year to "December 28"), the matches of the extractor's dictionaries in the text, read in one pass, and
 * what several recognizers read from the text alike, computed once ({@link #shared(Key)}): the acronym
 * definitions that bodies and technologies both learn from, the word boundaries of the Chinese that titles and
 * terms both align.
 *
 * <p>Not thread-safe: a document belongs to one extraction.
 */
public final class Document {

  /**
   * Something computed from a document once and shared by the recognizers that ask for it. A key is a constant of
   * the code that computes the value; two keys are never the same value.
   *
   * @param <T> the value's type
   */
  public static final class Key<T> {
    private final Function<Document, T> compute;

    private Key(Function<Document, T> compute) {
      this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** A key whose value is {@code compute} applied to the document at the first request. */
    public static <T> Key<T> of(Function<Document, T> compute) {
      return new Key<>(compute);
    }
  }

  private final NormalizedText text;
  private final LocalDate date;
  private final SurfaceScanner.Scan dictionaries;
  private Map<Key<?>, Object> shared; // made at the first request

  /**
   * A document whose dictionary matches are those of {@code dictionaries}, a scan of {@code text}.
   *
   * @param text the normalized text with its offset map
   * @param date the document date, or null
   * @param dictionaries the scan of {@code text} by the dictionaries the recognizers {@linkplain
   *     Recognizer#dictionaries() declare}
   */
  public Document(NormalizedText text, LocalDate date, SurfaceScanner.Scan dictionaries) {
    this.text = Objects.requireNonNull(text, "text");
    this.date = date;
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    if (dictionaries.text() != text) {
      throw new IllegalArgumentException("the dictionary scan is of another text");
    }
  }

  /** A document whose dictionaries are each read when first asked for. */
  public Document(NormalizedText text, LocalDate date) {
    this(text, date, SurfaceScanner.none().scan(Objects.requireNonNull(text, "text")));
  }

  /** The normalized text with its offset map. */
  public NormalizedText text() {
    return text;
  }

  /** The document date, or null. */
  public LocalDate date() {
    return date;
  }

  /** The scan of the text by the extractor's dictionaries. */
  public SurfaceScanner.Scan dictionaries() {
    return dictionaries;
  }

  /** Every match of {@code automaton} in the text, as {@link SurfaceAutomaton#findAll} gives them (unmodifiable). */
  public <V> List<SurfaceAutomaton.Match<V>> matches(SurfaceAutomaton<V> automaton) {
    return dictionaries.matches(automaton);
  }

  /** The value of {@code key} for this document, computed at the first request and the same object after. */
  @SuppressWarnings("unchecked") // a key's value is put only by its own compute function
  public <T> T shared(Key<T> key) {
    if (shared == null) {
      shared = new HashMap<>(4);
    }
    // Not computeIfAbsent: a value may ask for another while it is computed.
    Object value = shared.get(key);
    if (value == null && !shared.containsKey(key)) {
      value = key.compute.apply(this);
      shared.put(key, value);
    }
    return (T) value;
  }
}
