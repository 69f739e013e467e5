package org.sinoterm.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.sinoterm.text.Characters;

/**
 * Splits English text into sentences and tokens and tags each token's part of speech with Apache OpenNLP.
 *
 * <p>Text is first split by script: only the stretches without Han characters reach the English models, so in
 * "MIIT issued 《"十四五"机器人产业规划》 on Tuesday" the tagger reads "MIIT issued 《"" and "》 on Tuesday". Every
 * offset is an offset of the caller's string.
 *
 * <pre>{@code
 * EnglishTagger tagger = EnglishTagger.load();
 * tagger.tag("The Ministry of Science and Technology released guidelines.")
 *     // one sentence: The/DET Ministry/PROPN of/ADP Science/PROPN … guidelines/NOUN ./PUNCT
 * }</pre>
 *
 * <p>Immutable and thread-safe: the models are shared, and each call makes its own OpenNLP tools, which are
 * cheap to create and not thread-safe.
 */
public final class EnglishTagger {

  /** A token with its Universal Dependencies part-of-speech tag (NOUN, PROPN, ADJ, VERB, …). */
  public record Token(int start, int end, String text, String tag) {
  }

  /** A sentence and its tokens. */
  public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel partsOfSpeech;

  private EnglishTagger(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.partsOfSpeech = partsOfSpeech;
  }

  /**
   * Loads the three models from the classpath.
   *
   * @throws IllegalStateException naming the model if one is missing
   */
  public static EnglishTagger load() {
    return new EnglishTagger(EnglishModel.SENTENCES.read(SentenceModel::new),
        EnglishModel.TOKENS.read(TokenizerModel::new), EnglishModel.PARTS_OF_SPEECH.read(POSModel::new));
  }

  /** The tagged sentences of the Latin-script stretches of {@code text}, in order. */
  public List<Sentence> tag(String text) {
    Objects.requireNonNull(text, "text");
    SentenceDetectorME sentenceDetector = new SentenceDetectorME(sentences);
    TokenizerME tokenizer = new TokenizerME(tokens);
    POSTaggerME tagger = new POSTaggerME(partsOfSpeech);
    List<Sentence> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && !isHan(text, i)) {
        i++;
      }
      if (i > start) {
        tagStretch(text, start, i, sentenceDetector, tokenizer, tagger, result);
      }
      while (i < text.length() && isHan(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return result;
  }

  private static void tagStretch(String text, int from, int to, SentenceDetectorME sentenceDetector,
      TokenizerME tokenizer, POSTaggerME tagger, List<Sentence> out) {
    String stretch = text.substring(from, to);
    if (stretch.isBlank()) {
      return;
    }
    for (Span sentence : sentenceDetector.sentPosDetect(stretch)) {
      String sentenceText = stretch.substring(sentence.getStart(), sentence.getEnd());
      Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
      if (tokenSpans.length == 0) {
        continue;
      }
      String[] words = new String[tokenSpans.length];
      for (int k = 0; k < tokenSpans.length; k++) {
        words[k] = sentenceText.substring(tokenSpans[k].getStart(), tokenSpans[k].getEnd());
      }
      String[] tags = tagger.tag(words);
      List<Token> sentenceTokens = new ArrayList<>(words.length);
      int base = from + sentence.getStart();
      for (int k = 0; k < words.length; k++) {
        sentenceTokens.add(new Token(base + tokenSpans[k].getStart(), base + tokenSpans[k].getEnd(), words[k],
            tags[k]));
      }
      out.add(new Sentence(from + sentence.getStart(), from + sentence.getEnd(), sentenceTokens));
    }
  }

  private static boolean isHan(String text, int i) {
    return Characters.isHan(text.codePointAt(i));
  }
}
