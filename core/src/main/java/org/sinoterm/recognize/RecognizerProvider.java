package org.sinoterm.recognize;

import java.util.Set;
import org.sinoterm.EntityType;

/**
 * A recognizer that lives in another module and is found at run time with {@link java.util.ServiceLoader}, so that
 * {@code sinoterm-core} never depends on it: term discovery is provided by {@code sinoterm-models}, which lists its
 * provider in {@code META-INF/services/org.sinoterm.recognize.RecognizerProvider}.
 *
 * <p>Implementations have a public no-argument constructor and are cheap to construct; the work (loading models)
 * happens in {@link #create(Set)}, once per extractor built.
 */
public interface RecognizerProvider {

  /** The name of the term discovery capability, as {@code ExtractorBuilder.termDiscovery(true)} asks for it. */
  String TERM_DISCOVERY = "term-discovery";

  /** The capability this provider gives, such as {@link #TERM_DISCOVERY}. */
  String name();

  /**
   * A new recognizer for an extractor that extracts {@code types}. Immutable and thread-safe, like every
   * recognizer.
   *
   * @throws IllegalStateException if a resource the recognizer needs (a model) cannot be loaded
   */
  Recognizer create(Set<EntityType> types);
}
