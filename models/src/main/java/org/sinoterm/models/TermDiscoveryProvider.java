package org.sinoterm.models;

import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.recognize.RecognizerProvider;

/**
 * Gives {@code sinoterm-core} term discovery through {@link java.util.ServiceLoader}: listed in
 * {@code META-INF/services/org.sinoterm.recognize.RecognizerProvider}, found by
 * {@code Sinoterm.builder().termDiscovery(true)}. Creating the recognizer loads the OpenNLP models.
 */
public final class TermDiscoveryProvider implements RecognizerProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public TermDiscoveryProvider() {
  }

  @Override
  public String name() {
    return TERM_DISCOVERY;
  }

  @Override
  public Recognizer create(Set<EntityType> types) {
    return new TermDiscoveryRecognizer(TermDiscovery.load(), types);
  }
}
