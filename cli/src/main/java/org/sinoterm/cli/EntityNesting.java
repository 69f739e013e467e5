package org.sinoterm.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.sinoterm.Entity;

/**
 * Entity spans as properly nested fragments, for markup that must nest (HTML): entities of different types nest (an
 * AGENCY inside a POLICY_TITLE) and may cross, so an entity that crosses another is split into fragments that share
 * it, and the concatenated text of an entity's fragments is exactly its text.
 *
 * <p>For the text {@code abcdefgh} with A = [0, 5) and B = [3, 8), which cross, the walk gives
 *
 * <pre>
 *   open A, "abc", open B, "de", close B, close A, open B (second fragment), "fgh", close B
 * </pre>
 *
 * that is {@code <A>abc<B>de</B></A><B>fgh</B>}: A is "abcde", B is "de" + "fgh".
 *
 * <p>The classic algorithm: walk the boundaries (every start and end) in order, keeping a stack of open fragments.
 * Between two boundaries the entities that cover the text are ordered outer first (earlier start, then later end);
 * the open stack keeps its longest prefix that agrees with that order, closes the rest, and opens what is missing,
 * a continuation fragment for an entity already begun. Linear in the text plus boundaries × depth.
 */
final class EntityNesting {

  /**
   * One fragment of an entity.
   *
   * @param entity the index of the entity in the list given
   * @param start where the fragment starts in the text
   * @param end where it ends (exclusive)
   * @param first true if the fragment starts the entity
   * @param last true if it ends it
   * @param depth how many fragments enclose it
   * @param below how many levels of fragments it encloses (0: none)
   */
  record Fragment(int entity, int start, int end, boolean first, boolean last, int depth, int below) {
  }

  /** What the walk emits, in order: open a fragment, text, or close the innermost open fragment. */
  sealed interface Step permits Open, Text, Close {
  }

  /** Opens {@code fragment}. */
  record Open(Fragment fragment) implements Step {
  }

  /** The text {@code [start, end)}. */
  record Text(int start, int end) implements Step {
  }

  /** Closes the innermost open fragment. */
  record Close() implements Step {
  }

  private EntityNesting() {
  }

  /**
   * The steps that render {@code entities} over a text of {@code length} characters. Entities that are empty or
   * outside the text are left out.
   */
  static List<Step> walk(int length, List<Entity> entities) {
    Comparator<Integer> outerFirst = Comparator.<Integer>comparingInt(i -> entities.get(i).start())
        .thenComparing(Comparator.<Integer>comparingInt(i -> entities.get(i).end()).reversed())
        .thenComparingInt(i -> entities.get(i).type().ordinal())
        .thenComparingInt(i -> i);
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(0);
    boundaries.add(length);
    List<List<Integer>> startingAt = new ArrayList<>();
    for (int i = 0; i <= length; i++) {
      startingAt.add(null);
    }
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.start() < 0 || e.end() > length || e.start() >= e.end()) {
        continue;
      }
      boundaries.add(e.start());
      boundaries.add(e.end());
      if (startingAt.get(e.start()) == null) {
        startingAt.set(e.start(), new ArrayList<>());
      }
      startingAt.get(e.start()).add(i);
    }
    List<Pending> steps = new ArrayList<>();
    List<Pending> stack = new ArrayList<>();
    TreeSet<Integer> active = new TreeSet<>(outerFirst);
    Integer[] points = boundaries.toArray(new Integer[0]);
    for (int k = 0; k + 1 < points.length; k++) {
      int at = points[k];
      int next = points[k + 1];
      active.removeIf(i -> entities.get(i).end() <= at);
      if (startingAt.get(at) != null) {
        active.addAll(startingAt.get(at));
      }
      List<Integer> order = new ArrayList<>(active);
      int keep = 0;
      while (keep < stack.size() && keep < order.size() && stack.get(keep).entity == order.get(keep)) {
        keep++;
      }
      while (stack.size() > keep) {
        close(stack, steps, at);
      }
      for (int k2 = keep; k2 < order.size(); k2++) {
        Pending open = Pending.open(order.get(k2), at, stack.size());
        stack.add(open);
        steps.add(open);
      }
      steps.add(Pending.text(at, next));
    }
    while (!stack.isEmpty()) {
      close(stack, steps, length);
    }
    List<Step> out = new ArrayList<>(steps.size());
    for (Pending step : steps) {
      out.add(step.toStep(entities));
    }
    return out;
  }

  private static void close(List<Pending> stack, List<Pending> steps, int at) {
    Pending top = stack.remove(stack.size() - 1);
    top.end = at;
    if (!stack.isEmpty()) {
      Pending parent = stack.get(stack.size() - 1);
      parent.below = Math.max(parent.below, top.below + 1);
    }
    steps.add(Pending.close());
  }

  /** A step whose fragment's end and nesting below are known only when it closes. */
  private static final class Pending {
    enum Kind { OPEN, TEXT, CLOSE }

    final Kind kind;
    final int entity;
    final int start;
    final int depth;
    /** The end of a text step; of an open step, set when its fragment closes. */
    int end;
    int below;

    private Pending(Kind kind, int entity, int start, int end, int depth) {
      this.kind = kind;
      this.entity = entity;
      this.start = start;
      this.end = end;
      this.depth = depth;
    }

    static Pending open(int entity, int start, int depth) {
      return new Pending(Kind.OPEN, entity, start, -1, depth);
    }

    static Pending text(int start, int end) {
      return new Pending(Kind.TEXT, -1, start, end, -1);
    }

    static Pending close() {
      return new Pending(Kind.CLOSE, -1, -1, -1, -1);
    }

    Step toStep(List<Entity> entities) {
      return switch (kind) {
        case CLOSE -> new Close();
        case TEXT -> new Text(start, end);
        case OPEN -> {
          Entity e = entities.get(entity);
          yield new Open(new Fragment(entity, start, end, start == e.start(), end == e.end(), depth, below));
        }
      };
    }
  }
}
