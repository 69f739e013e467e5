package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Hungarian assignment against brute force on small random matrices, and its edge cases. */
class AssignmentTest {

  @Test
  void beatsGreedyWhereGreedyLoses() {
    // Greedy takes 0.9 (row 0 → column 0) and is left with 0.1; the optimum is 0.8 + 0.8.
    assertArrayEquals(new int[] {1, 0}, Assignment.maximize(new double[][] {{0.9, 0.8}, {0.8, 0.1}}));
  }

  @Test
  void equalsBruteForceOnRandomMatrices() {
    Random random = new Random(61);
    for (int trial = 0; trial < 3000; trial++) {
      int rows = random.nextInt(7);
      int columns = random.nextInt(7);
      double sparsity = random.nextDouble();
      double[][] w = new double[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          // Some zeros (no edge), some ties (few distinct values), some arbitrary weights.
          w[r][c] = random.nextDouble() < sparsity ? 0
              : trial % 3 == 0 ? (1 + random.nextInt(3)) / 4.0 : random.nextDouble();
        }
      }
      int[] assigned = Assignment.maximize(w);
      assertEquals(rows, assigned.length);
      boolean[] used = new boolean[columns];
      double total = 0;
      for (int r = 0; r < rows; r++) {
        int c = assigned[r];
        if (c >= 0) {
          assertTrue(!used[c], "column used twice, trial " + trial);
          used[c] = true;
          assertTrue(w[r][c] > 0, "a zero weight assigned, trial " + trial);
          total += w[r][c];
        }
      }
      assertEquals(bruteForce(w, 0, new boolean[columns]), total, 1e-9, "trial " + trial);
    }
  }

  /** The best total weight of rows {@code r..} over the free columns, each row assigned or not. */
  private static double bruteForce(double[][] w, int r, boolean[] used) {
    if (r == w.length) {
      return 0;
    }
    double best = bruteForce(w, r + 1, used);
    for (int c = 0; c < used.length; c++) {
      if (!used[c] && w[r][c] > 0) {
        used[c] = true;
        best = Math.max(best, w[r][c] + bruteForce(w, r + 1, used));
        used[c] = false;
      }
    }
    return best;
  }

  @Test
  void rectangularBothWays() {
    assertArrayEquals(new int[] {2, 0}, Assignment.maximize(new double[][] {{0.1, 0.2, 0.9}, {0.7, 0.1, 0.8}}));
    assertArrayEquals(new int[] {-1, 0, 1}, Assignment.maximize(new double[][] {{0.3, 0.2}, {0.9, 0.1}, {0.8, 0.7}}));
  }

  @Test
  void zerosNaNsAndNegativesAreNoEdge() {
    assertArrayEquals(new int[] {-1, 1}, Assignment.maximize(new double[][] {{0, Double.NaN}, {-1, 0.5}}));
    assertArrayEquals(new int[] {-1, -1}, Assignment.maximize(new double[2][3]));
    assertArrayEquals(new int[0], Assignment.maximize(new double[0][0]));
    assertArrayEquals(new int[] {-1}, Assignment.maximize(new double[1][0]));
  }

  @Test
  void raggedMatrixIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Assignment.maximize(new double[][] {{1, 2}, {3}}));
    assertTrue(e.getMessage().contains("weights"), e.getMessage());
  }

  @Test
  void largeSparseListIsSplitIntoComponents() {
    // 2,000 rows whose only edges are to their own column and its neighbour: the components stay small.
    int n = 2000;
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      w[i][i] = 0.9;
      if (i + 1 < n && i % 2 == 0) {
        w[i][i + 1] = 0.95;
        w[i + 1][i] = 0.2;
      }
    }
    int[] assigned = Assignment.maximize(w);
    for (int i = 0; i < n; i++) {
      assertEquals(i, assigned[i], "row " + i); // 0.9 + 0.9 beats 0.95 + 0.2
    }
  }
}
