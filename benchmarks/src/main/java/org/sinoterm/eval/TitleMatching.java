package org.sinoterm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntToDoubleFunction;
import org.sinoterm.Aligner;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.ListMatching;

/**
 * Matches a shuffled list of Chinese policy titles to a list of English ones by the aligner's score alone: each
 * Chinese title takes the English title that scores highest with it (zh→en), and each English title the Chinese
 * one (en→zh); then the two lists are matched one to one by the optimal assignment that {@code sinoterm align}
 * uses ({@link Aligner#match}), whose top-1 accuracy counts unmatched titles as wrong. The pairs are the corpus's gold TRANSLATION links between POLICY_TITLE entities (each distinct pair
 * once), or the rows of a TSV file ({@code Chinese TAB English}). Top-1 accuracy is the share of titles whose best
 * match is a true partner: its own rendering, or a rendering of the same policy, as the corpus's catalog keys say
 * (十五部门关于印发《"十四五"机器人产业发展规划》的通知 and "十四五"机器人产业发展规划 are both the robot plan, so "14th
 * Five-Year Plan for the Robotics Industry" renders either).
 *
 * <p>For the corpus's 14th Five-Year Plans, which share their frame ("十四五"…规划, "14th Five-Year Plan for …"),
 * the list tests that the score rests on the words that tell them apart.
 */
public final class TitleMatching {

  /**
   * A Chinese title and its English rendering.
   *
   * @param zh the Chinese title as written
   * @param en the English title as written
   * @param key the catalog key of the policy (of either title), or null
   */
  public record Pair(String zh, String en, String key) {
  }

  /**
   * The result.
   *
   * @param pairs the distinct pairs matched
   * @param zhToEn Chinese titles whose best English match is a true partner
   * @param chinese distinct Chinese titles
   * @param enToZh English titles whose best Chinese match is a true partner
   * @param english distinct English titles
   * @param trueScores the score of every true pair
   * @param falseScores the score of every other pair
   * @param misses a line per Chinese title matched wrongly: its true partner, its best match and their scores
   * @param assigned what the optimal one-to-one assignment ({@link Aligner#match}) made of the same lists
   * @param oneByOneMillis the wall time of scoring every pair with {@link Aligner#score}, one call a pair, one
   *     thread
   */
  public record Result(int pairs, int zhToEn, int chinese, int enToZh, int english, double[] trueScores,
      double[] falseScores, List<String> misses, Assigned assigned, long oneByOneMillis) {

    public double zhToEnAccuracy() {
      return chinese == 0 ? 1.0 : (double) zhToEn / chinese;
    }

    public double enToZhAccuracy() {
      return english == 0 ? 1.0 : (double) enToZh / english;
    }

    /** The report: accuracy both ways, the score distributions, and the misses. */
    public String report(String what) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "aligner top-1 accuracy on %d shuffled policy titles (%s): zh->en %.3f "
          + "(%d/%d), en->zh %.3f (%d/%d)%n", pairs, what, zhToEnAccuracy(), zhToEn, chinese, enToZhAccuracy(),
          enToZh, english));
      out.append("true pairs:  ").append(summary(trueScores)).append('\n');
      out.append("false pairs: ").append(summary(falseScores)).append('\n');
      misses.forEach(m -> out.append(m).append('\n'));
      long pairs = (long) chinese * english;
      out.append(String.format(Locale.ROOT, "%d pairs scored one by one (Aligner.score, one thread) in %d ms (%.1f µs "
          + "a pair)%n", pairs, oneByOneMillis, pairs == 0 ? 0.0 : oneByOneMillis * 1000.0 / pairs));
      out.append(assigned.report(chinese * english));
      return out.toString();
    }
  }

  /**
   * The optimal assignment of the two lists at a threshold.
   *
   * @param threshold the lowest score of a matched pair
   * @param right Chinese titles matched to a true partner
   * @param wrong Chinese titles matched to another title
   * @param unmatched Chinese titles left unmatched
   * @param millis the wall time of {@link Aligner#match}, scoring every pair included
   * @param misses a line per Chinese title matched wrongly or left unmatched
   */
  public record Assigned(double threshold, int right, int wrong, int unmatched, long millis, List<String> misses,
      Orphans orphans) {

    /** Top-1 accuracy: Chinese titles matched to a true partner, over all Chinese titles. */
    public double accuracy() {
      int all = right + wrong + unmatched;
      return all == 0 ? 1.0 : (double) right / all;
    }

    String report(int pairsScored) {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "optimal assignment (threshold %.2f): "
          + "top-1 %.3f (%d right, %d wrong, %d unmatched); %d pairs scored and assigned in %d ms (%.1f µs a "
          + "pair)%n", threshold, accuracy(), right, wrong, unmatched, pairsScored, millis,
          pairsScored == 0 ? 0.0 : millis * 1000.0 / pairsScored));
      misses.forEach(m -> out.append(m).append('\n'));
      if (orphans != null) {
        out.append(orphans.report(threshold));
      }
      return out.toString();
    }
  }

  /**
   * The assignment again with every other English title removed, so that half the Chinese titles have no
   * partner in the list: they should stay unmatched, and the others should still find theirs.
   *
   * @param paired Chinese titles whose partner is still in the list
   * @param pairedRight of those, matched to a partner
   * @param orphans Chinese titles whose every partner was removed
   * @param orphansMatched of those, wrongly matched to another title
   */
  public record Orphans(int paired, int pairedRight, int orphans, int orphansMatched) {
    String report(double threshold) {
      return String.format(Locale.ROOT, "with every other English title removed (threshold %.2f): %d of %d Chinese "
          + "titles with a partner matched to it, %d of %d without one wrongly matched%n", threshold, pairedRight,
          paired, orphansMatched, orphans);
    }
  }

  /** The threshold of {@code sinoterm align}. */
  public static final double DEFAULT_THRESHOLD = 0.35;

  private TitleMatching() {
  }

  /** The distinct gold TRANSLATION pairs of POLICY_TITLE entities in {@code passages}, in corpus order. */
  public static List<Pair> corpusPairs(List<Passage> passages) {
    Set<Pair> pairs = new LinkedHashSet<>();
    for (Passage passage : passages) {
      Map<String, Passage.Gold> byId = CorpusMarkup.byId(passage);
      for (Passage.GoldLink link : passage.links()) {
        Passage.Gold from = byId.get(link.from());
        Passage.Gold to = byId.get(link.to());
        if (link.type() == LinkType.TRANSLATION && from.type() == EntityType.POLICY_TITLE
            && to.type() == EntityType.POLICY_TITLE) {
          boolean fromChinese = Evaluation.languageOf(EntityType.POLICY_TITLE, passage.text(), from.start(),
              from.end()).equals("zh");
          String key = from.normalized().get("key") != null ? from.normalized().get("key") : to.normalized().get("key");
          pairs.add(fromChinese ? new Pair(from.text(), to.text(), key) : new Pair(to.text(), from.text(), key));
        }
      }
    }
    return new ArrayList<>(pairs);
  }

  /** The pairs of a TSV text: {@code Chinese TAB English} rows; blank lines and lines starting with # skipped. */
  public static List<Pair> tsvPairs(String tsv, String name) {
    List<Pair> pairs = new ArrayList<>();
    String[] lines = tsv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'Chinese<TAB>English'");
      }
      pairs.add(new Pair(fields[0].strip(), fields[1].strip(), null));
    }
    return pairs;
  }

  /** Shuffles the English side with {@code seed} and matches every title to its best-scoring counterpart. */
  public static Result match(Aligner aligner, List<Pair> pairs, long seed) {
    return match(aligner, pairs, seed, DEFAULT_THRESHOLD);
  }

  /**
   * Shuffles the English side with {@code seed}, matches every title to its best-scoring counterpart, and matches
   * the lists one to one by the optimal assignment at {@code threshold}.
   */
  public static Result match(Aligner aligner, List<Pair> pairs, long seed, double threshold) {
    List<String> chinese = new ArrayList<>(new LinkedHashSet<>(pairs.stream().map(Pair::zh).toList()));
    List<String> english = new ArrayList<>(new LinkedHashSet<>(pairs.stream().map(Pair::en).toList()));
    Collections.shuffle(english, new Random(seed));
    Set<List<String>> truth = new HashSet<>();
    Map<String, Set<String>> keysZh = new HashMap<>();
    Map<String, Set<String>> keysEn = new HashMap<>();
    for (Pair pair : pairs) {
      truth.add(List.of(pair.zh(), pair.en()));
      if (pair.key() != null) {
        keysZh.computeIfAbsent(pair.zh(), k -> new HashSet<>()).add(pair.key());
        keysEn.computeIfAbsent(pair.en(), k -> new HashSet<>()).add(pair.key());
      }
    }
    BiPredicate<String, String> partners = (zh, en) -> truth.contains(List.of(zh, en))
        || !Collections.disjoint(keysZh.getOrDefault(zh, Set.of()), keysEn.getOrDefault(en, Set.of()));
    double[][] scores = new double[chinese.size()][english.size()];
    List<Double> trueScores = new ArrayList<>();
    List<Double> falseScores = new ArrayList<>();
    if (!chinese.isEmpty() && !english.isEmpty()) {
      aligner.score(chinese.get(0), english.get(0)); // the dictionaries load at the first call: not timed
    }
    long start = System.nanoTime();
    for (int i = 0; i < chinese.size(); i++) {
      for (int j = 0; j < english.size(); j++) {
        scores[i][j] = aligner.score(chinese.get(i), english.get(j));
      }
    }
    long oneByOneMillis = (System.nanoTime() - start) / 1_000_000;
    for (int i = 0; i < chinese.size(); i++) {
      for (int j = 0; j < english.size(); j++) {
        (partners.test(chinese.get(i), english.get(j)) ? trueScores : falseScores).add(scores[i][j]);
      }
    }
    int zhToEn = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < chinese.size(); i++) {
      double[] row = scores[i];
      int best = argmax(english.size(), j -> row[j]);
      if (best >= 0 && partners.test(chinese.get(i), english.get(best))) {
        zhToEn++;
      } else if (best >= 0) {
        Map<String, Double> own = new LinkedHashMap<>();
        for (int j = 0; j < english.size(); j++) {
          if (partners.test(chinese.get(i), english.get(j))) {
            own.put(english.get(j), scores[i][j]);
          }
        }
        StringBuilder miss = new StringBuilder("  ").append(chinese.get(i));
        own.forEach((en, s) -> miss.append(String.format(Locale.ROOT, "%n    true %.3f: %s", s, en)));
        miss.append(String.format(Locale.ROOT, "%n    best %.3f: %s", scores[i][best], english.get(best)));
        misses.add(miss.toString());
      }
    }
    int enToZh = 0;
    for (int j = 0; j < english.size(); j++) {
      int column = j;
      int best = argmax(chinese.size(), i -> scores[i][column]);
      if (best >= 0 && partners.test(chinese.get(best), english.get(j))) {
        enToZh++;
      }
    }
    return new Result(truth.size(), zhToEn, chinese.size(), enToZh, english.size(), sorted(trueScores),
        sorted(falseScores), misses, assign(aligner, chinese, english, partners, threshold), oneByOneMillis);
  }

  private static Assigned assign(Aligner aligner, List<String> chinese, List<String> english,
      BiPredicate<String, String> partners, double threshold) {
    long start = System.nanoTime();
    ListMatching matching = aligner.match(chinese, english, threshold);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int right = 0;
    int wrong = 0;
    List<String> misses = new ArrayList<>();
    for (ListMatching.Pair pair : matching.pairs()) {
      String zh = chinese.get(pair.chinese());
      String en = english.get(pair.english());
      if (partners.test(zh, en)) {
        right++;
      } else {
        wrong++;
        misses.add(String.format(Locale.ROOT, "  assigned wrongly %.3f: %s | %s", pair.score(), zh, en));
      }
    }
    for (int i : matching.unmatchedChinese()) {
      misses.add("  unmatched: " + chinese.get(i));
    }
    // Half the English list gone: the Chinese titles left without a partner must not grab another one.
    List<String> half = new ArrayList<>();
    for (int j = 0; j < english.size(); j += 2) {
      half.add(english.get(j));
    }
    ListMatching halfMatching = aligner.match(chinese, half, threshold);
    int paired = 0;
    int pairedRight = 0;
    int orphans = 0;
    int orphansMatched = 0;
    int[] matchedTo = new int[chinese.size()];
    java.util.Arrays.fill(matchedTo, -1);
    halfMatching.pairs().forEach(p -> matchedTo[p.chinese()] = p.english());
    for (int i = 0; i < chinese.size(); i++) {
      String zh = chinese.get(i);
      boolean hasPartner = half.stream().anyMatch(en -> partners.test(zh, en));
      if (hasPartner) {
        paired++;
        if (matchedTo[i] >= 0 && partners.test(zh, half.get(matchedTo[i]))) {
          pairedRight++;
        }
      } else {
        orphans++;
        if (matchedTo[i] >= 0) {
          orphansMatched++;
        }
      }
    }
    return new Assigned(threshold, right, wrong, matching.unmatchedChinese().size(), millis, misses,
        new Orphans(paired, pairedRight, orphans, orphansMatched));
  }

  private static int argmax(int n, IntToDoubleFunction score) {
    int best = -1;
    for (int k = 0; k < n; k++) {
      if (best < 0 || score.applyAsDouble(k) > score.applyAsDouble(best)) {
        best = k;
      }
    }
    return best;
  }

  private static double[] sorted(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v;
  }

  /** The value below which a share {@code q} of the sorted values lie. */
  static double quantile(double[] sorted, double q) {
    return sorted.length == 0 ? Double.NaN
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  private static String summary(double[] v) {
    if (v.length == 0) {
      return "n=0";
    }
    return String.format(Locale.ROOT, "n=%d min %.3f  p10 %.3f  median %.3f  p90 %.3f  p99 %.3f  max %.3f", v.length,
        v[0], quantile(v, 0.1), quantile(v, 0.5), quantile(v, 0.9), quantile(v, 0.99), v[v.length - 1]);
  }
}
