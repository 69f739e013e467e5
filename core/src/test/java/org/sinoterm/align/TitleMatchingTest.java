package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinoterm.Aligner;
import org.sinoterm.Sinoterm;

/**
 * Matches a shuffled list of real Chinese policy titles to their English renderings (written for this test, see
 * {@code policy-titles.tsv}) by the aligner's score alone, and prints the top-1 accuracy in both directions and the
 * score distributions of true and false pairs. Many titles share their frame ("十四五"…规划, 关于加快…的指导意见),
 * so the list tests that the score rests on what tells them apart.
 */
class TitleMatchingTest {

  private static final Aligner ALIGNER = Sinoterm.aligner();
  private static List<String> chinese;
  private static List<String> english;
  private static double[][] scores;

  @BeforeAll
  static void scoreAllPairs() {
    chinese = new ArrayList<>();
    List<String> renderings = new ArrayList<>();
    try (InputStream in = TitleMatchingTest.class.getResourceAsStream("policy-titles.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        chinese.add(f[0]);
        renderings.add(f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Shuffle the English side with a fixed seed; english.get(truth[i]) is the rendering of chinese.get(i).
    english = new ArrayList<>(renderings);
    Collections.shuffle(english, new Random(20260104));
    scores = new double[chinese.size()][english.size()];
    for (int i = 0; i < chinese.size(); i++) {
      for (int j = 0; j < english.size(); j++) {
        scores[i][j] = ALIGNER.score(chinese.get(i), english.get(j));
      }
    }
    truth = new int[chinese.size()];
    for (int i = 0; i < chinese.size(); i++) {
      truth[i] = english.indexOf(renderings.get(i));
    }
  }

  private static int[] truth;

  @Test
  void atLeastFortyTitles() {
    assertTrue(chinese.size() >= 40, "titles: " + chinese.size());
  }

  @Test
  void topOneAccuracy() {
    int rightZhToEn = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < chinese.size(); i++) {
      int best = 0;
      for (int j = 1; j < english.size(); j++) {
        if (scores[i][j] > scores[i][best]) {
          best = j;
        }
      }
      if (best == truth[i]) {
        rightZhToEn++;
      } else {
        misses.add(String.format(Locale.ROOT, "  %s%n    true %.3f: %s%n    best %.3f: %s", chinese.get(i),
            scores[i][truth[i]], english.get(truth[i]), scores[i][best], english.get(best)));
      }
    }
    int rightEnToZh = 0;
    for (int j = 0; j < english.size(); j++) {
      int best = 0;
      for (int i = 1; i < chinese.size(); i++) {
        if (scores[i][j] > scores[best][j]) {
          best = i;
        }
      }
      if (truth[best] == j) {
        rightEnToZh++;
      }
    }
    double zhToEn = (double) rightZhToEn / chinese.size();
    double enToZh = (double) rightEnToZh / english.size();
    System.out.printf(Locale.ROOT, "aligner top-1 accuracy on %d shuffled policy titles: zh->en %.3f (%d/%d), "
        + "en->zh %.3f (%d/%d)%n", chinese.size(), zhToEn, rightZhToEn, chinese.size(), enToZh, rightEnToZh,
        english.size());
    misses.forEach(System.out::println);
    assertTrue(zhToEn >= 0.9, "zh->en top-1 accuracy " + zhToEn + "\n" + String.join("\n", misses));
    assertTrue(enToZh >= 0.9, "en->zh top-1 accuracy " + enToZh);
  }

  @Test
  void trueAndFalseScoresSeparate() {
    List<Double> trueScores = new ArrayList<>();
    List<Double> falseScores = new ArrayList<>();
    for (int i = 0; i < chinese.size(); i++) {
      for (int j = 0; j < english.size(); j++) {
        (j == truth[i] ? trueScores : falseScores).add(scores[i][j]);
      }
    }
    System.out.println("true pairs:  " + summary(trueScores));
    System.out.println("false pairs: " + summary(falseScores));
    List<int[]> highFalse = new ArrayList<>();
    for (int i = 0; i < chinese.size(); i++) {
      for (int j = 0; j < english.size(); j++) {
        if (j != truth[i]) {
          highFalse.add(new int[] {i, j});
        }
      }
    }
    highFalse.sort((a, b) -> Double.compare(scores[b[0]][b[1]], scores[a[0]][a[1]]));
    System.out.println("highest false pairs:");
    for (int[] pair : highFalse.subList(0, Math.min(5, highFalse.size()))) {
      System.out.printf(Locale.ROOT, "  %.3f %s | %s%n", scores[pair[0]][pair[1]], chinese.get(pair[0]),
          english.get(pair[1]));
    }
    double[] t = sorted(trueScores);
    double[] f = sorted(falseScores);
    assertTrue(quantile(t, 0.5) >= 0.6, "median true score " + quantile(t, 0.5));
    assertTrue(quantile(f, 0.99) <= 0.3, "99th percentile of false scores " + quantile(f, 0.99));
  }

  private static String summary(List<Double> values) {
    double[] v = sorted(values);
    double mean = Arrays.stream(v).average().orElse(0);
    return String.format(Locale.ROOT, "n=%d mean %.3f  min %.3f  p10 %.3f  median %.3f  p90 %.3f  p99 %.3f  max %.3f",
        v.length, mean, v[0], quantile(v, 0.1), quantile(v, 0.5), quantile(v, 0.9), quantile(v, 0.99),
        v[v.length - 1]);
  }

  private static double[] sorted(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v;
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
