package org.sinoterm;

/**
 * The entry point of Sinoterm.
 *
 * <pre>{@code
 * Extractor extractor = Sinoterm.extractor();                  // bundled dictionaries, every entity type
 * Extraction result = extractor.extract("Issuing bodies: MIIT; NHC; NDRC");
 * Extractor agenciesOnly = Sinoterm.builder()
 *     .types(EntityType.AGENCY)
 *     .addDictionary(Path.of("my-agencies.tsv"))               // errors name the file and line
 *     .build();                                                // immutable, thread-safe
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Sinoterm {

  /**
   * The default extractor, built on first use. Written once and never changed; not a holder class, so that a
   * failure to build (a missing dictionaries jar) surfaces as its own exception at every call rather than as an
   * ExceptionInInitializerError once and NoClassDefFoundError after.
   */
  private static volatile Extractor defaultExtractor;

  private Sinoterm() {
  }

  /**
   * The default extractor: every entity type, the bundled dictionaries. Built on first use and shared; it is
   * immutable and thread-safe.
   */
  public static Extractor extractor() {
    Extractor extractor = defaultExtractor;
    if (extractor == null) {
      synchronized (Sinoterm.class) {
        extractor = defaultExtractor;
        if (extractor == null) {
          extractor = new ExtractorBuilder().build();
          defaultExtractor = extractor;
        }
      }
    }
    return extractor;
  }

  /** A builder for an extractor with other types or additional dictionaries. */
  public static ExtractorBuilder builder() {
    return new ExtractorBuilder();
  }
}
