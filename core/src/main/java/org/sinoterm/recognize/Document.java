package org.sinoterm.recognize;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.SurfaceScanner;
import org.sinoterm.text.NormalizedText;

/**
 * What a recognizer reads: the normalized text, the date the document was written if the caller knows it (used to
 * give a year to "December 28"), and the matches of the extractor's dictionaries in the text, read in one pass.
 *
 * @param text the normalized text with its offset map
 * @param date the document date, or null
 * @param dictionaries the scan of {@code text} by the dictionaries the recognizers {@linkplain
 *     Recognizer#dictionaries() declare}
 */
public record Document(NormalizedText text, LocalDate date, SurfaceScanner.Scan dictionaries) {

  public Document {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dictionaries, "dictionaries");
    if (dictionaries.text() != text) {
      throw new IllegalArgumentException("the dictionary scan is of another text");
    }
  }

  /** A document whose dictionaries are each read when first asked for. */
  public Document(NormalizedText text, LocalDate date) {
    this(text, date, SurfaceScanner.none().scan(Objects.requireNonNull(text, "text")));
  }

  /** Every match of {@code automaton} in the text, as {@link SurfaceAutomaton#findAll} gives them (unmodifiable). */
  public <V> List<SurfaceAutomaton.Match<V>> matches(SurfaceAutomaton<V> automaton) {
    return dictionaries.matches(automaton);
  }
}
