package org.sinoterm.recognize;

import java.util.List;
import org.sinoterm.dict.SurfaceAutomaton;

/**
 * Proposes mentions of one capability in a normalized text. Recognizers run in order and may read what earlier
 * ones proposed (a policy-title recognizer sees the agencies inside a title). Implementations are immutable and
 * thread-safe; everything about one document lives in the {@link Mentions} they are given.
 */
public interface Recognizer {

  /** Adds the mentions found in {@code document} to {@code mentions}. Never throws on any text. */
  void recognize(Document document, Mentions mentions);

  /**
   * The dictionaries this recognizer reads through {@link Document#matches}, so that the extractor reads them all
   * in one pass over the text; none by default.
   */
  default List<SurfaceAutomaton<?>> dictionaries() {
    return List.of();
  }
}
