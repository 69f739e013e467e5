package org.sinoterm;

import org.sinoterm.align.WordAligner;

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
 * double s = Sinoterm.aligner().score("十四五机器人产业发展规划", "14th Five-Year Plan for the Robotics Industry");
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
  /** The default aligner, created on first use; its dictionaries load on its first alignment. */
  private static volatile Aligner defaultAligner;

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

  /**
   * The bilingual aligner with the bundled dictionaries (policy vocabulary, bodies, places, CC-CEDICT): scores how
   * well an English text renders a Chinese one and explains which words aligned. Shared, immutable and
   * thread-safe; the dictionaries load on the first alignment.
   *
   * <pre>{@code
   * double s = Sinoterm.aligner().score("个人信息保护法", "Personal Information Protection Law");
   * }</pre>
   */
  public static Aligner aligner() {
    Aligner aligner = defaultAligner;
    if (aligner == null) {
      synchronized (Sinoterm.class) {
        aligner = defaultAligner;
        if (aligner == null) {
          aligner = WordAligner.bundled();
          defaultAligner = aligner;
        }
      }
    }
    return aligner;
  }

  /** A builder for an extractor with other types or additional dictionaries. */
  public static ExtractorBuilder builder() {
    return new ExtractorBuilder();
  }
}
