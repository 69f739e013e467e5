package org.sinoterm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English sentence detector, tokenizer and part-of-speech tagger in a row, with the UD models of the
 * {@code opennlp-models-*-en} artifacts that the models module uses: what Sinoterm's term discovery runs on. Not
 * thread-safe (OpenNLP's ME classes are not); one per benchmark thread.
 */
final class OpenNlpPipeline {

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  private OpenNlpPipeline(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
    this.sentences = new SentenceDetectorME(sentences);
    this.tokenizer = new TokenizerME(tokens);
    this.tagger = new POSTaggerME(tags);
  }

  static OpenNlpPipeline load() {
    try (InputStream s = open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
        InputStream t = open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
        InputStream p = open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      return new OpenNlpPipeline(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP models", e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = OpenNlpPipeline.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath (opennlp-models-*-en)");
    }
    return in;
  }

  /** Tags every sentence of {@code text}; returns the number of tokens. */
  int tag(String text) {
    int tokens = 0;
    for (Span sentence : sentences.sentPosDetect(text)) {
      String[] words = tokenizer.tokenize(sentence.getCoveredText(text).toString());
      String[] tags = tagger.tag(words);
      tokens += tags.length;
    }
    return tokens;
  }
}
