package org.sinoterm;

import java.util.Objects;

/**
 * Something the extractor noticed about the text that a reader may want to check, such as a title whose issuer
 * count (十部门, ten departments) disagrees with the bodies its {@code Issuing bodies:} line lists. Collected only
 * when {@link ExtractorBuilder#trackDiagnostics(int)} asks for them; never an error of the extractor.
 *
 * @param code a stable, machine-readable code, such as {@code issuer-count-mismatch}
 * @param message a sentence for people, naming what disagrees
 * @param span where in the caller's string the problem is
 * @since 0.1.0
 */
public record Diagnostic(String code, String message, Span span) {

  /** The code of a title whose collective issuer count disagrees with its listed issuing bodies. */
  public static final String ISSUER_COUNT_MISMATCH = "issuer-count-mismatch";

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }
}
