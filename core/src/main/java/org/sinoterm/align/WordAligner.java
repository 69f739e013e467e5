package org.sinoterm.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sinoterm.Aligner;
import org.sinoterm.Alignment;
import org.sinoterm.Span;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.HanLpSegmenter;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.TextNormalizer;

/**
 * The bilingual word aligner behind {@link org.sinoterm.Sinoterm#aligner()}, and the scorer that chooses where
 * an English rendering begins or ends.
 *
 * <p>For 十部门关于印发《"十四五"医疗装备产业发展规划》的通知 and "14th Five-Year Plan for Medical Equipment" it aligns
 * 十四五 ↔ "14th Five Year" (FIVE_YEAR_PLAN), 医疗装备 ↔ "Medical Equipment" and 规划 ↔ "Plan" (VOCABULARY), leaves
 * 产业 and 发展 out, counts the issuer 十部门 and the wrapper 印发…通知 a fifth, and scores 0.76; against "14th
 * Five-Year Plan for the Robotics Industry" the same Chinese scores about 0.2.
 *
 * <p>The method follows Lin et al., "Mining Parenthetical Translations from the Web by Word Alignment" (ACL
 * 2008): align the words with a bilingual lexicon by competitive linking, then score a candidate by how much of
 * each side the links cover. Here
 *
 * <pre>
 *   score = Cz × Ce × (0.8 + 0.2 × P)
 *   Cz = Σ aligned units (weight × link strength) / Σ units weight       (Chinese coverage)
 *   Ce = Σ aligned words (weight × link strength) / Σ words weight       (English coverage)
 *   P  = exp(−(ln(r / 0.5))² / (2 × 0.5²)),  r = English content words / Chinese content characters
 * </pre>
 *
 * A unit weighs its characters (at most four) times its role (function words 0, document types, plan periods
 * and generic policy words 0.3, terms, names, numbers and unknown words 1), and a fifth in a title's frame; an
 * English word weighs 0 if it is a function word, 0.3 if it renders a generic or document-type word, else 1. The product of
 * the coverages is high only when each side renders the other: a shared "Five-Year Plan" and "industry" leave two
 * different plans low. The length prior P only tempers candidates whose lengths are far apart.
 *
 * <p>Immutable and thread-safe; the dictionaries load on first use.
 */
public final class WordAligner implements Aligner {

  /** An English span chosen by alignment and its score. Offsets are those of the text searched. */
  public record Rendering(int start, int end, double score) {
  }

  /** The loaded dictionaries. */
  private record Data(PolicyVocabulary vocabulary, Lexicon lexicon) {
  }

  private static final double EXPECTED_RATIO = 0.5;
  private static final double RATIO_SIGMA = 0.5;

  private final TextNormalizer normalizer = new TextNormalizer();
  private final HanLpSegmenter segmenter = new HanLpSegmenter();
  private final List<TsvFile> extraVocabularies;
  private volatile Data data;

  private WordAligner(List<TsvFile> extraVocabularies) {
    this.extraVocabularies = List.copyOf(extraVocabularies);
  }

  /** An aligner with the bundled dictionaries. */
  public static WordAligner bundled() {
    return new WordAligner(List.of());
  }

  /**
   * An aligner with the bundled dictionaries and more vocabulary files (format {@code vocabulary/1}); the files
   * are checked at once.
   *
   * @throws org.sinoterm.DictionaryException if a file is malformed
   */
  public static WordAligner withVocabularies(List<TsvFile> vocabularies) {
    PolicyVocabulary.load(vocabularies, List.of(), List.of()); // fail now, naming the file and line
    return new WordAligner(vocabularies);
  }

  private Data data() {
    Data d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          List<TsvFile> vocabularies = new ArrayList<>();
          vocabularies.add(BundledDictionaries.policyVocabulary());
          vocabularies.addAll(extraVocabularies);
          PolicyVocabulary vocabulary = PolicyVocabulary.load(vocabularies,
              List.of(BundledDictionaries.agencies()), List.of(BundledDictionaries.places()));
          Lexicon lexicon = Lexicon.load(BundledDictionaries.cedict());
          d = new Data(vocabulary, lexicon);
          data = d;
        }
      }
    }
    return d;
  }

  /** The policy vocabulary (loading the dictionaries if they are not yet). */
  public PolicyVocabulary vocabulary() {
    return data().vocabulary();
  }

  @Override
  public Alignment align(String zh, String en) {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    NormalizedText zhText = normalizer.normalize(zh);
    NormalizedText enText = normalizer.normalize(en);
    ChineseSide chinese = chinese(zhText.text());
    EnglishTokens english = EnglishTokens.of(enText.text());
    Links links = Links.find(chinese, english, false);
    Links.Linked linked = links.link(0, english.size());
    Scored scored = score(links, linked, 0, english.size());
    return explain(links, linked, scored, zhText, enText);
  }

  /**
   * The score of every pair: {@code scores[i][j]} is {@code align(zh.get(i), en.get(j)).score()}. Each text is
   * normalized, segmented or tokenized once rather than once per pair, and the rows are scored on a parallel
   * stream; what remains per pair is finding and linking the dictionary matches of two small texts.
   *
   * @throws NullPointerException if a list or an item is null
   */
  public double[][] scores(List<String> zh, List<String> en) {
    List<ChineseSide> chinese = zh.parallelStream()
        .map(z -> chinese(normalizer.normalize(Objects.requireNonNull(z, "zh item")).text())).toList();
    List<EnglishTokens> english = en.parallelStream()
        .map(e -> EnglishTokens.of(normalizer.normalize(Objects.requireNonNull(e, "en item")).text())).toList();
    double[][] scores = new double[chinese.size()][];
    IntStream.range(0, chinese.size()).parallel().forEach(i -> {
      double[] row = new double[english.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = scoreOf(chinese.get(i), english.get(j));
      }
      scores[i] = row;
    });
    return scores;
  }

  /**
   * {@code align(zh, en).score()} for texts that are already normalized (pieces of a {@link NormalizedText}), as the
   * recognizers have them: without normalizing them again and without building the explanation, which cost as much
   * as the alignment itself.
   */
  public double scoreNormalized(String zh, String en) {
    return scoreNormalized(zh, en, new Segmentations());
  }

  /** {@link #scoreNormalized(String, String)}, with the document's segmentations remembered in {@code memo}. */
  public double scoreNormalized(String zh, String en, Segmentations memo) {
    return scoreOf(chinese(zh, memo), EnglishTokens.of(en));
  }

  /** The rounded score of the whole of {@code english} as a rendering of {@code chinese}, as {@link #align} gives. */
  private double scoreOf(ChineseSide chinese, EnglishTokens english) {
    Links links = Links.find(chinese, english, false);
    return round(score(links, links.link(0, english.size()), 0, english.size()).score());
  }

  /** Reads a normalized Chinese text into units. */
  ChineseSide chinese(String normalizedZh) {
    return chinese(normalizedZh, new Segmentations());
  }

  /** Reads a normalized Chinese text into units, with HanLP's segmentations remembered in {@code memo}. */
  private ChineseSide chinese(String normalizedZh, Segmentations memo) {
    Data d = data();
    return ChineseSide.read(normalizedZh, d.vocabulary(), d.lexicon(), segmenter, memo);
  }

  /**
   * The best start of an English rendering of {@code zh} that ends at {@code end} of {@code text}, among the
   * word starts in {@code [windowStart, end)}: the start with the highest score, and of equal scores the latest,
   * so that articles before the rendering stay outside. Null if the window has no word or nothing aligns.
   *
   * @param zh the Chinese, normalized
   * @param text a normalized text
   */
  public Rendering bestStart(String zh, String text, int windowStart, int end) {
    return bestStart(zh, text, windowStart, end, new Segmentations());
  }

  /** {@link #bestStart(String, String, int, int)}, with the document's segmentations remembered in {@code memo}. */
  public Rendering bestStart(String zh, String text, int windowStart, int end, Segmentations memo) {
    EnglishTokens english = EnglishTokens.of(text, windowStart, end);
    if (english.size() == 0) {
      return null;
    }
    Links links = Links.find(chinese(zh, memo), english, true);
    int bestFrom = -1;
    double best = 0;
    for (int from = english.size() - 1; from >= 0; from--) {
      if (english.get(from).function()) {
        continue;
      }
      double score = score(links, links.link(from, english.size()), from, english.size()).score();
      if (score > best + 1e-9) {
        best = score;
        bestFrom = from;
      }
    }
    if (bestFrom < 0) {
      return null;
    }
    int last = english.size() - 1;
    return new Rendering(english.get(bestFrom).start(), english.get(last).end(), best);
  }

  /**
   * The best end of an English rendering of {@code zh} that starts at the first word of {@code text[start,
   * windowEnd)}: the end with the highest score, and of equal scores the earliest. Null if nothing aligns.
   */
  public Rendering bestEnd(String zh, String text, int start, int windowEnd) {
    return bestEnd(zh, text, start, windowEnd, new Segmentations());
  }

  /** {@link #bestEnd(String, String, int, int)}, with the document's segmentations remembered in {@code memo}. */
  public Rendering bestEnd(String zh, String text, int start, int windowEnd, Segmentations memo) {
    EnglishTokens english = EnglishTokens.of(text, start, windowEnd);
    if (english.size() == 0) {
      return null;
    }
    Links links = Links.find(chinese(zh, memo), english, false);
    int first = 0;
    while (first < english.size() && english.get(first).function()) {
      first++;
    }
    int bestTo = -1;
    double best = 0;
    for (int to = first + 1; to <= english.size(); to++) {
      if (english.get(to - 1).function()) {
        continue;
      }
      double score = score(links, links.link(first, to), first, to).score();
      if (score > best + 1e-9) {
        best = score;
        bestTo = to;
      }
    }
    if (bestTo < 0) {
      return null;
    }
    return new Rendering(english.get(first).start(), english.get(bestTo - 1).end(), best);
  }

  /** The score of a linked range, with its parts. */
  private record Scored(double score, double chineseCoverage, double englishCoverage, double prior) {
  }

  private Scored score(Links links, Links.Linked linked, int from, int to) {
    PolicyVocabulary vocabulary = data().vocabulary();
    double zhTotal = 0;
    double zhAligned = 0;
    int zhContent = 0;
    List<ChineseSide.Unit> units = links.units();
    for (int u = 0; u < units.size(); u++) {
      ChineseSide.Unit unit = units.get(u);
      zhTotal += unit.weight();
      zhContent += unit.contentSize();
      Links.Link link = linked.byUnit()[u];
      if (link != null) {
        zhAligned += unit.weight() * link.strength();
      }
    }
    double enTotal = 0;
    double enAligned = 0;
    int enContent = 0;
    EnglishTokens english = links.english();
    for (int t = from; t < to; t++) {
      EnglishTokens.Token token = english.get(t);
      double weight = englishWeight(vocabulary, token);
      enTotal += weight;
      if (!token.function()) {
        enContent++;
      }
      Links.Link link = linked.byToken()[t];
      if (link != null) {
        enAligned += weight * link.strength();
      }
    }
    double cz = zhTotal > 0 ? zhAligned / zhTotal : 0;
    double ce = enTotal > 0 ? enAligned / enTotal : 0;
    double prior = lengthPrior(enContent, zhContent);
    double score = Math.max(0, Math.min(1, cz * ce * (0.8 + 0.2 * prior)));
    return new Scored(score, cz, ce, prior);
  }

  static double englishWeight(PolicyVocabulary vocabulary, EnglishTokens.Token token) {
    if (token.function()) {
      return 0;
    }
    if (token.number() >= 0) {
      return 1;
    }
    return vocabulary.englishWeight(token.key());
  }

  /** How plausible {@code english} content words are for {@code chinese} content characters. */
  static double lengthPrior(int english, int chinese) {
    if (english == 0 || chinese == 0) {
      return 0;
    }
    double deviation = Math.log((double) english / chinese / EXPECTED_RATIO);
    return Math.exp(-deviation * deviation / (2 * RATIO_SIGMA * RATIO_SIGMA));
  }

  private Alignment explain(Links links, Links.Linked linked, Scored scored, NormalizedText zh,
      NormalizedText en) {
    PolicyVocabulary vocabulary = data().vocabulary();
    List<Alignment.WordPair> pairs = new ArrayList<>();
    List<Alignment.Word> unalignedZh = new ArrayList<>();
    List<ChineseSide.Unit> units = links.units();
    for (int u = 0; u < units.size(); u++) {
      ChineseSide.Unit unit = units.get(u);
      Alignment.Word word = word(zh, unit.start(), unit.end(), unit.weight());
      Links.Link link = linked.byUnit()[u];
      if (link == null) {
        unalignedZh.add(word);
        continue;
      }
      List<Alignment.Word> english = new ArrayList<>();
      for (int t : link.tokens()) {
        EnglishTokens.Token token = links.english().get(t);
        english.add(word(en, token.start(), token.end(), englishWeight(vocabulary, token)));
      }
      pairs.add(new Alignment.WordPair(word, english, link.evidence(), round(link.strength())));
    }
    List<Alignment.Word> unalignedEn = new ArrayList<>();
    for (int t = 0; t < links.english().size(); t++) {
      if (linked.byToken()[t] == null) {
        EnglishTokens.Token token = links.english().get(t);
        unalignedEn.add(word(en, token.start(), token.end(), englishWeight(vocabulary, token)));
      }
    }
    return new Alignment(round(scored.score()), round(scored.chineseCoverage()), round(scored.englishCoverage()),
        round(scored.prior()), pairs, unalignedZh, unalignedEn);
  }

  private static Alignment.Word word(NormalizedText text, int start, int end, double weight) {
    Span span = text.toOriginal(start, end);
    return new Alignment.Word(span.of(text.original()), span.start(), span.end(), round(weight));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
