package org.sinoterm.recognize;

import java.time.LocalDate;
import java.util.Objects;
import org.sinoterm.text.NormalizedText;

/**
 * What a recognizer reads: the normalized text, and the date the document was written if the caller knows it
 * (used to give a year to "December 28").
 *
 * @param text the normalized text with its offset map
 * @param date the document date, or null
 */
public record Document(NormalizedText text, LocalDate date) {

  public Document {
    Objects.requireNonNull(text, "text");
  }
}
