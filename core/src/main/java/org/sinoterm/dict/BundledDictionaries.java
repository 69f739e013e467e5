package org.sinoterm.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The dictionaries of the {@code sinoterm-dictionaries} artifact, read from the classpath. A missing resource is
 * an error that names it, never an empty dictionary.
 */
public final class BundledDictionaries {

  /** The classpath folder of the bundled dictionaries. */
  public static final String FOLDER = "/org/sinoterm/dictionaries/";

  private BundledDictionaries() {
  }

  /** Chinese government bodies, format {@code agency/1}. */
  public static TsvFile agencies() {
    return read("agencies.tsv");
  }

  /** Chinese administrative divisions down to prefecture level, format {@code place/1}. */
  public static TsvFile places() {
    return read("places.tsv");
  }

  /** The curated policy vocabulary, format {@code vocabulary/1}. */
  public static TsvFile policyVocabulary() {
    return read("policy-vocabulary.tsv");
  }

  /** The general zh–en lexicon converted from CC-CEDICT, format {@code lexicon/1}. */
  public static TsvFile cedict() {
    return read("cedict.tsv");
  }

  /** Currencies and units of measure, format {@code unit/1}. */
  public static TsvFile units() {
    return read("units.tsv");
  }

  /** Reads the bundled dictionary {@code fileName}. */
  public static TsvFile read(String fileName) {
    String resource = FOLDER + fileName;
    try (InputStream in = BundledDictionaries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled dictionary " + resource
            + " is not on the classpath; is the sinoterm-dictionaries jar missing?");
      }
      return TsvFile.read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled dictionary " + resource, e);
    }
  }
}
