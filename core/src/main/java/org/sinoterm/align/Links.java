package org.sinoterm.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.Alignment.Evidence;

/**
 * Every way a Chinese unit could align to English words of one text, found once, and the competitive linking
 * (Melamed 2000) that picks a one-to-one alignment of units and phrases from them for any range of the English
 * words: the strongest link first, each unit and each English word used once.
 *
 * <p>Finding the links is linear in the number of (unit form key, English word with that key) matches; linking a
 * range is one pass over the links sorted once, so choosing among many English boundaries costs a pass each.
 */
final class Links {

  /** A possible link: a unit and English words {@code tokens} (indices, ascending). */
  record Link(int unit, int[] tokens, Evidence evidence, double strength) {
    int first() {
      return tokens[0];
    }

    int last() {
      return tokens[tokens.length - 1];
    }
  }

  /** What linking a range gave: for each unit and each token, the link it is in (or null). */
  record Linked(Link[] byUnit, Link[] byToken) {
  }

  private static final int MAX_FUNCTION_GAP = 2;
  private static final int MAX_PINYIN_WORDS = 3;

  private final List<ChineseSide.Unit> units;
  private final EnglishTokens english;
  private final List<Link> sorted;

  private Links(List<ChineseSide.Unit> units, EnglishTokens english, List<Link> sorted) {
    this.units = List.copyOf(units);
    this.english = english;
    this.sorted = List.copyOf(sorted);
  }

  /** The units linking uses (a unit without any link is replaced by its parts, if they have links). */
  List<ChineseSide.Unit> units() {
    return units;
  }

  EnglishTokens english() {
    return english;
  }

  /**
   * Finds the links of {@code chinese} to {@code english}. {@code preferLate}: among equal links, take English
   * words nearer the end (for an English text that ends at a bracket).
   */
  static Links find(ChineseSide chinese, EnglishTokens english, boolean preferLate) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int t = 0; t < english.size(); t++) {
      EnglishTokens.Token token = english.get(t);
      if (!token.function()) {
        byKey.computeIfAbsent(token.key(), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, List<int[]>> spellings = pinyinSpellings(english);
    List<ChineseSide.Unit> units = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (ChineseSide.Unit unit : chinese.units()) {
      List<Link> found = new ArrayList<>();
      linksOf(unit, units.size(), english, byKey, spellings, found);
      if (found.isEmpty() && !unit.parts().isEmpty()) {
        List<Link> partLinks = new ArrayList<>();
        for (int p = 0; p < unit.parts().size(); p++) {
          linksOf(unit.parts().get(p), units.size() + p, english, byKey, spellings, partLinks);
        }
        if (!partLinks.isEmpty()) {
          units.addAll(unit.parts());
          links.addAll(partLinks);
          continue;
        }
      }
      units.add(unit);
      links.addAll(found);
    }
    List<ChineseSide.Unit> finalUnits = units;
    Comparator<Link> order = Comparator.comparingDouble(Link::strength).reversed()
        .thenComparing(Comparator.comparingInt((Link l) -> l.tokens().length).reversed())
        .thenComparing(Comparator.comparingDouble((Link l) -> finalUnits.get(l.unit()).weight()).reversed())
        .thenComparingInt(l -> preferLate ? -l.last() : l.first())
        .thenComparingInt(Link::unit);
    links.sort(order);
    return new Links(units, english, links);
  }

  private static void linksOf(ChineseSide.Unit unit, int index, EnglishTokens english,
      Map<String, List<Integer>> byKey, Map<String, List<int[]>> spellings, List<Link> out) {
    if (unit.weight() == 0 && unit.kind() == ChineseSide.Kind.WORD) {
      return; // function words need no counterpart and take none
    }
    switch (unit.kind()) {
      case NUMBER, YEAR -> {
        for (int t = 0; t < english.size(); t++) {
          if (unit.number() >= 0 && english.get(t).number() == unit.number()) {
            out.add(new Link(index, new int[] {t}, unit.kind() == ChineseSide.Kind.YEAR ? Evidence.YEAR
                : Evidence.NUMBER, 1.0));
          }
        }
      }
      case LITERAL -> {
        String key = EnglishStemmer.key(unit.text());
        for (int t : byKey.getOrDefault(key, List.of())) {
          out.add(new Link(index, new int[] {t}, Evidence.LITERAL, 1.0));
        }
      }
      default -> {
      }
    }
    Map<String, Link> best = new HashMap<>();
    for (ChineseSide.Translation translation : unit.translations()) {
      for (EnglishForm form : translation.forms()) {
        formLinks(index, form, translation, english, byKey, best);
      }
    }
    out.addAll(best.values());
    if (unit.pinyin() != null && !unit.pinyin().isEmpty()) {
      for (int[] tokens : spellings.getOrDefault(unit.pinyin(), List.of())) {
        out.add(new Link(index, tokens.clone(), Evidence.PINYIN, 0.9));
      }
    }
  }

  /**
   * The matches of a form's keys: each maximal run of consecutive form keys found on consecutive content words
   * (function words between them skipped). A full match has the translation's strength, a partial one less.
   */
  private static void formLinks(int index, EnglishForm form, ChineseSide.Translation translation,
      EnglishTokens english, Map<String, List<Integer>> byKey, Map<String, Link> best) {
    List<String> keys = form.keys();
    int n = keys.size();
    for (int p = 0; p < n; p++) {
      if (p > 0 && n > 1 && keys.get(p).equals(keys.get(p - 1))) {
        continue;
      }
      for (int t : byKey.getOrDefault(keys.get(p), List.of())) {
        List<Integer> matched = new ArrayList<>();
        matched.add(t);
        int q = p;
        int at = t;
        while (q + 1 < n) {
          int nextContent = nextContent(english, at);
          if (nextContent < 0 || !english.get(nextContent).key().equals(keys.get(q + 1))) {
            break;
          }
          matched.add(nextContent);
          at = nextContent;
          q++;
        }
        int r = matched.size();
        if (r < n && (n >= 5 && r < 2)) {
          continue; // one word of a long description is chance
        }
        if (r < n && p > 0 && q < n - 1 && r == 1) {
          continue; // a single word from the middle of a phrase
        }
        double strength = translation.strength() * (r == n ? 1.0 : 0.4 + 0.6 * r / n);
        int[] tokens = new int[r];
        for (int i = 0; i < r; i++) {
          tokens[i] = matched.get(i);
        }
        String signature = tokens[0] + "-" + tokens[r - 1];
        Link link = new Link(index, tokens, translation.evidence(), strength);
        best.merge(signature, link, (a, b) -> a.strength() >= b.strength() ? a : b);
      }
    }
  }

  /** The next content word after {@code t}, across at most two function words, or -1. */
  private static int nextContent(EnglishTokens english, int t) {
    int gap = 0;
    for (int i = t + 1; i < english.size(); i++) {
      if (!english.get(i).function()) {
        return i;
      }
      if (++gap > MAX_FUNCTION_GAP) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * How the English words may spell a name in pinyin (合肥 ↔ Hefei, 中关村 ↔ Zhongguancun, 西安 ↔ Xi'an): each word's
   * letters, alone and joined with those of up to two words right after it, folded, ü as v, each with the words
   * that spell it (the fewest, from each first word; first words in order). Found once per English text, so that a
   * unit's pinyin is one lookup.
   */
  private static Map<String, List<int[]>> pinyinSpellings(EnglishTokens english) {
    Map<String, List<int[]>> spellings = new HashMap<>();
    StringBuilder joined = new StringBuilder();
    for (int t = 0; t < english.size(); t++) {
      joined.setLength(0);
      String previous = null;
      for (int w = 0; w < MAX_PINYIN_WORDS && t + w < english.size(); w++) {
        EnglishTokens.Token token = english.get(t + w);
        if (w > 0 && token.start() - english.get(t + w - 1).end() > 1) {
          break;
        }
        for (int i = 0; i < token.text().length(); i++) {
          char c = token.text().charAt(i);
          if (Character.isLetter(c)) {
            char folded = org.sinoterm.text.Characters.fold(c);
            joined.append(folded == 'ü' ? 'v' : folded);
          }
        }
        String spelling = joined.toString();
        if (spelling.isEmpty() || spelling.equals(previous)) {
          continue; // no letters yet, or none added: the fewer words spell it
        }
        int[] tokens = new int[w + 1];
        for (int i = 0; i <= w; i++) {
          tokens[i] = t + i;
        }
        spellings.computeIfAbsent(spelling, k -> new ArrayList<>()).add(tokens);
        previous = spelling;
      }
    }
    return spellings;
  }

  /**
   * Links the English words {@code [from, to)}: the strongest link first, each unit and word at most once. A
   * "Plan" or "FYP" left alone right after a Five-Year Plan's words joins them.
   */
  Linked link(int from, int to) {
    Link[] byUnit = new Link[units.size()];
    Link[] byToken = new Link[english.size()];
    for (Link link : sorted) {
      if (byUnit[link.unit()] != null || link.first() < from || link.last() >= to) {
        continue;
      }
      boolean free = true;
      for (int t : link.tokens()) {
        if (byToken[t] != null) {
          free = false;
          break;
        }
      }
      if (!free) {
        continue;
      }
      byUnit[link.unit()] = link;
      for (int t : link.tokens()) {
        byToken[t] = link;
      }
    }
    for (int u = 0; u < byUnit.length; u++) {
      Link link = byUnit[u];
      if (link != null && link.evidence() == Evidence.FIVE_YEAR_PLAN) {
        int next = link.last() + 1;
        if (next < to && byToken[next] == null
            && (english.get(next).key().equals("plan") || english.get(next).key().equals("fyp"))) {
          int[] tokens = java.util.Arrays.copyOf(link.tokens(), link.tokens().length + 1);
          tokens[tokens.length - 1] = next;
          Link joined = new Link(link.unit(), tokens, link.evidence(), link.strength());
          byUnit[u] = joined;
          for (int t : tokens) {
            byToken[t] = joined;
          }
        }
      }
    }
    // "14th FYP" and "14th Five-Year Plan" render 规划 too: a plan word left alone shares the plan's "Plan".
    for (int u = 0; u < byUnit.length; u++) {
      if (byUnit[u] != null || !rendersPlan(units.get(u))) {
        continue;
      }
      for (Link link : byUnit) {
        if (link != null && link.evidence() == Evidence.FIVE_YEAR_PLAN) {
          int shared = planToken(link);
          if (shared >= 0) {
            byUnit[u] = new Link(u, new int[] {shared}, Evidence.VOCABULARY, 1.0);
            break;
          }
        }
      }
    }
    return new Linked(byUnit, byToken);
  }

  private boolean rendersPlan(ChineseSide.Unit unit) {
    for (ChineseSide.Translation translation : unit.translations()) {
      if (translation.evidence() == Evidence.VOCABULARY) {
        for (EnglishForm form : translation.forms()) {
          if (form.keys().size() == 1 && form.keys().get(0).equals("plan")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int planToken(Link link) {
    for (int t : link.tokens()) {
      String key = english.get(t).key();
      if (key.equals("plan") || key.equals("fyp")) {
        return t;
      }
    }
    return -1;
  }
}
