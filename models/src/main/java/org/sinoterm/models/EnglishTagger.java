package org.sinoterm.models;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** The longest run of characters without whitespace that the models read; longer runs are not words. */
  static final int MAX_RUN = 64;
  /** The most words tagged in one call of the part-of-speech tagger. */
  static final int MAX_TAGGED = 200;

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

  /**
   * Tags {@code text[from, to)} in pieces separated by the runs of more than {@link #MAX_RUN} characters without
   * whitespace, which the models never see. OpenNLP's tokenizer and sentence detector read each such run whole for
   * every position or sentence-end candidate inside it (their features include the prefix and suffix up to the
   * next space), so a 100,000-character run of brackets would cost 10^10 steps; no word or term is that long.
   */
  private static void tagStretch(String text, int from, int to, SentenceDetectorME sentenceDetector,
      TokenizerME tokenizer, POSTaggerME tagger, List<Sentence> out) {
    int pieceStart = from;
    int i = from;
    while (i < to) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - runStart > MAX_RUN) {
        tagPiece(text, pieceStart, runStart, sentenceDetector, tokenizer, tagger, out);
        pieceStart = i;
      }
    }
    tagPiece(text, pieceStart, to, sentenceDetector, tokenizer, tagger, out);
  }

  private static void tagPiece(String text, int from, int to, SentenceDetectorME sentenceDetector,
      TokenizerME tokenizer, POSTaggerME tagger, List<Sentence> out) {
    if (to <= from) {
      return;
    }
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
      String[] tags = tag(tagger, words);
      List<Token> sentenceTokens = new ArrayList<>(words.length);
      int base = from + sentence.getStart();
      for (int k = 0; k < words.length; k++) {
        sentenceTokens.add(new Token(base + tokenSpans[k].getStart(), base + tokenSpans[k].getEnd(), words[k],
            tags[k]));
      }
      out.add(new Sentence(from + sentence.getStart(), from + sentence.getEnd(), sentenceTokens));
    }
  }

  /**
   * Tags a sentence's words in windows of at most {@link #MAX_TAGGED} words. OpenNLP's beam search copies the tags
   * chosen so far at every word, which is quadratic in the length of a sentence; a "sentence" of 100,000 words
   * (a list with no full stop) would take minutes. A window ends after the last punctuation mark in its final
   * quarter if it has one, so that it rarely cuts a phrase.
   */
  private static String[] tag(POSTaggerME tagger, String[] words) {
    if (words.length <= MAX_TAGGED) {
      return tagger.tag(words);
    }
    String[] tags = new String[words.length];
    int start = 0;
    while (start < words.length) {
      int end = Math.min(words.length, start + MAX_TAGGED);
      if (end < words.length) {
        for (int k = end - 1; k > end - MAX_TAGGED / 4; k--) {
          if (isPunctuation(words[k])) {
            end = k + 1;
            break;
          }
        }
      }
      String[] window = Arrays.copyOfRange(words, start, end);
      System.arraycopy(tagger.tag(window), 0, tags, start, window.length);
      start = end;
    }
    return tags;
  }

  private static boolean isPunctuation(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(String text, int i) {
    return Characters.isHan(text.codePointAt(i));
  }
}
