package org.sinoterm.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP English models Sinoterm uses, by the classpath resource their Maven artifact holds. The names carry
 * the model and OpenNLP versions; when the artifacts in the parent pom are upgraded, the names change here too
 * (a test loads each one).
 */
enum EnglishModel {
  /** {@code org.apache.opennlp:opennlp-models-sentdetect-en}. */
  SENTENCES("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "opennlp-models-sentdetect-en"),
  /** {@code org.apache.opennlp:opennlp-models-tokenizer-en}. */
  TOKENS("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", "opennlp-models-tokenizer-en"),
  /** {@code org.apache.opennlp:opennlp-models-pos-en}; Universal Dependencies tags (NOUN, PROPN, …), not Penn. */
  PARTS_OF_SPEECH("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "opennlp-models-pos-en");

  private final String resource;
  private final String artifact;

  EnglishModel(String resource, String artifact) {
    this.resource = resource;
    this.artifact = artifact;
  }

  /** The model file's classpath resource name. */
  String resource() {
    return resource;
  }

  /**
   * Opens the model; the caller closes the stream.
   *
   * @throws IllegalStateException naming the resource and artifact if the model is not on the classpath
   */
  InputStream open() {
    InputStream in = EnglishModel.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; it comes from "
          + "org.apache.opennlp:" + artifact);
    }
    return in;
  }

  /** Reads the model with {@code reader}. */
  <T> T read(ModelReader<T> reader) {
    try (InputStream in = open()) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /** Reads a model from its stream. */
  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }
}
