package org.sinoterm.align;

import java.util.Arrays;

/**
 * The maximum-weight one-to-one assignment of the rows of a rectangular weight matrix to its columns, by the
 * Kuhn–Munkres (Hungarian) algorithm with potentials, O(n²m) for n ≤ m.
 *
 * <p>For the weights
 *
 * <pre>
 *   0.9  0.8
 *   0.8  0.1
 * </pre>
 *
 * a greedy matching takes 0.9 first and is left with 0.1 (total 1.0); the optimal assignment is row 0 → column 1,
 * row 1 → column 0 (total 1.6). {@link #maximize(double[][])} returns {@code [1, 0]}.
 *
 * <p>A weight of 0 (or less, or NaN) is no edge: a row whose best assignment uses only such weights stays unassigned
 * (-1). Rows and columns are split first into the connected components of the positive weights, each solved on its
 * own: a list scored by the aligner has few plausible pairs per line, so the dense cubic step runs on small blocks.
 */
public final class Assignment {

  private Assignment() {
  }

  /**
   * The assignment of maximum total weight: for each row, its column or -1. Each column is used at most once, and
   * only positive weights are used.
   *
   * @param weights a rectangular matrix (every row of the same length); not modified
   * @throws IllegalArgumentException if the rows differ in length
   */
  public static int[] maximize(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    for (double[] row : weights) {
      if (row.length != columns) {
        throw new IllegalArgumentException("weights: rows of different lengths (" + columns + " and " + row.length
            + ")");
      }
    }
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    // Components over rows 0..rows-1 and columns rows..rows+columns-1, joined by positive weights.
    int[] parent = new int[rows + columns];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (positive(weights[r][c])) {
          union(parent, r, rows + c);
        }
      }
    }
    int[] componentRows = new int[rows];
    int[] componentColumns = new int[columns];
    boolean[] done = new boolean[parent.length];
    for (int start = 0; start < rows; start++) {
      int root = find(parent, start);
      if (done[root]) {
        continue;
      }
      done[root] = true;
      int nr = 0;
      for (int r = start; r < rows; r++) {
        if (find(parent, r) == root) {
          componentRows[nr++] = r;
        }
      }
      int nc = 0;
      for (int c = 0; c < columns; c++) {
        if (find(parent, rows + c) == root) {
          componentColumns[nc++] = c;
        }
      }
      if (nc == 0) {
        continue; // a row without any positive weight
      }
      double[][] block = new double[nr][nc];
      for (int i = 0; i < nr; i++) {
        for (int j = 0; j < nc; j++) {
          double w = weights[componentRows[i]][componentColumns[j]];
          block[i][j] = positive(w) ? w : 0;
        }
      }
      int[] local = dense(block);
      for (int i = 0; i < nr; i++) {
        if (local[i] >= 0 && block[i][local[i]] > 0) {
          assigned[componentRows[i]] = componentColumns[local[i]];
        }
      }
    }
    return assigned;
  }

  private static boolean positive(double w) {
    return w > 0; // false for NaN too
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The dense algorithm on non-negative weights: every row of the smaller side gets a column. */
  static int[] dense(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    if (rows <= columns) {
      return minimizeCost(weights, rows, columns, false);
    }
    int[] byColumn = minimizeCost(weights, columns, rows, true);
    int[] byRow = new int[rows];
    Arrays.fill(byRow, -1);
    for (int c = 0; c < columns; c++) {
      if (byColumn[c] >= 0) {
        byRow[byColumn[c]] = c;
      }
    }
    return byRow;
  }

  /**
   * The Hungarian algorithm with row and column potentials (Kuhn 1955, Munkres 1957), adding one row at a time
   * along a shortest augmenting path, so O(n²m): costs are the negated weights, n ≤ m, 1-based internally.
   * When {@code transposed}, row i of the problem is column i of {@code weights}.
   */
  private static int[] minimizeCost(double[][] weights, int n, int m, boolean transposed) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1]; // p[j]: the row assigned to column j (0: none)
    int[] way = new int[m + 1];
    double[] minv = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cost = -(transposed ? weights[j - 1][i0 - 1] : weights[i0 - 1][j - 1]);
            double cur = cost - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assigned = new int[n];
    Arrays.fill(assigned, -1);
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        assigned[p[j] - 1] = j - 1;
      }
    }
    return assigned;
  }
}
