package org.sinoterm.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.AgencyRef;
import org.sinoterm.EntityType;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;
import org.sinoterm.text.Words;

/**
 * Issuer lines: {@code Issuing bodies: MIIT; NHC; NDRC}, {@code **Issuing body:** MOST},
 * {@code Issuing bodies: MIIT, NDRC, MOST, MPS, MCA, etc.}, {@code 发文机关：国务院办公厅}. Every item is a body:
 * an item the dictionary knows keeps its value with more confidence (the line vouches for it even where the
 * context rules would have doubted it), and an item it does not know becomes a body with the item's name and no
 * key. The list ends at the end of the line or at the next label ("… Bureau Date: February 18, 2021").
 */
final class IssuerLines {

  static final String RULE = "issuer-line";

  static final Pattern LABEL = Pattern.compile(
      "(?im)^[ \\t>*_\\u2022\\u00B7-]*(?:\\*\\*|__)?(?:issuing bod(?:y|ies)|issuing authorit(?:y|ies)|issued by"
          + "|发文机关|发布机关|发文单位|发布单位|发文机构|发布机构|印发机关)(?:\\*\\*|__)?[ \\t]*[:\\uFF1A][ \\t]*(?:\\*\\*|__)?");
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s(?:\\*\\*)?[A-Z][a-z]+(?: [a-z]+){0,2}(?:\\*\\*)?:\\s");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[;,\\u3001\\uFF1B\\uFF0C/]|\\s&\\s|\\s+and\\s+)\\s*");
  private static final int MAX_ITEM = 120;

  private IssuerLines() {
  }

  /**
   * Tries the label pattern once at the start of each line rather than searching the whole text with it: the search
   * attempted a match at every character, which cost as much as the dictionary scan on long documents.
   */
  /**
   * Whether {@link #LABEL} can match at {@code line}: after the list, quote and bold marks it allows, every label
   * begins with "is" (issuing, issued) in either case, 发 or 印. Two characters decide for most lines, without the
   * regex.
   */
  static boolean mayStartLabel(String text, int line) {
    int i = Words.skipAny(text, line, " \t>*_\u2022\u00B7-");
    if (i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c | 0x20) == 'i' && (text.charAt(i + 1) | 0x20) == 's' || c == '发' || c == '印';
  }

  static void recognize(String text, List<SurfaceAutomaton.Match<AgencySurface>> dictionaryMatches,
      Mentions mentions) {
    Matcher label = null; // made at the first line that may hold a label: most texts have none
    Map<Long, Mention> bySpan = null;
    Map<Long, AgencyEntry> known = null;
    TreeMap<Integer, List<Mention>> byStart = null;
    for (int line = 0; line < text.length(); line = Words.nextLineStart(text, line)) {
      if (!mayStartLabel(text, line)) {
        continue;
      }
      if (label == null) {
        label = LABEL.matcher(text);
      }
      if (!label.region(line, text.length()).lookingAt()) {
        continue;
      }
      if (bySpan == null) {
        bySpan = indexBySpan(mentions);
        byStart = new TreeMap<>();
        for (Mention mention : bySpan.values()) {
          byStart.computeIfAbsent(mention.start(), k -> new ArrayList<>()).add(mention);
        }
        known = new HashMap<>();
        for (SurfaceAutomaton.Match<AgencySurface> match : dictionaryMatches) {
          known.putIfAbsent(key(match.start(), match.end()), match.value().entry());
        }
      }
      int contentStart = label.end();
      int contentEnd = lineEnd(text, contentStart);
      Matcher next = NEXT_LABEL.matcher(text).region(contentStart, contentEnd);
      if (next.find()) {
        contentEnd = next.start();
      }
      List<Mention> inLine = new ArrayList<>();
      byStart.subMap(contentStart, true, contentEnd, false).values().forEach(inLine::addAll);
      for (int[] item : items(text, contentStart, contentEnd, inLine)) {
        addItem(text, item[0], item[1], known, mentions, bySpan);
      }
    }
  }

  private static void addItem(String text, int start, int end, Map<Long, AgencyEntry> dictionary,
      Mentions mentions, Map<Long, Mention> bySpan) {
    Mention found = bySpan.get(key(start, end));
    if (found != null) {
      Mention vouched = found.with(found.value(), Math.max(found.confidence(), 0.99), RULE);
      mentions.replace(found, vouched);
      bySpan.put(key(start, end), vouched);
      return;
    }
    AgencyEntry entry = dictionary.get(key(start, end));
    if (entry != null) { // written as the dictionary has it, but doubted by a context rule
      Mention vouched = new Mention(EntityType.AGENCY, start, end, entry.ref(), 0.9, RULE);
      mentions.add(vouched);
      bySpan.put(key(start, end), vouched);
      return;
    }
    String name = text.substring(start, end);
    boolean chinese = Characters.containsHan(name);
    AgencyRef unknown = new AgencyRef(null, null, chinese ? null : name, chinese ? name : null, null, null, null, null);
    Mention mention = new Mention(EntityType.AGENCY, start, end, unknown, 0.7, RULE);
    mentions.add(mention);
    bySpan.put(key(start, end), mention);
  }

  /**
   * The items of a list, trimmed of markup, "etc." and "and". A separator inside a body that another rule has
   * found is part of its name: "Ministry of Ecology and Environment", "Beijing Municipal Economic and Information
   * Bureau" are one item each.
   */
  private static List<int[]> items(String text, int start, int end, Collection<Mention> bodies) {
    List<int[]> items = new ArrayList<>();
    Matcher separator = SEPARATOR.matcher(text).region(start, end);
    int itemStart = start;
    while (true) {
      boolean found = separator.find();
      while (found && inside(bodies, separator.start(), separator.end(), itemStart)) {
        found = separator.find();
      }
      int itemEnd = found ? separator.start() : end;
      int[] item = trim(text, itemStart, itemEnd);
      if (item != null) {
        items.add(item);
      }
      if (!found) {
        return items;
      }
      itemStart = separator.end();
    }
  }

  /** True if a mention that starts in the current item covers the separator at {@code [s, e)}. */
  private static boolean inside(Collection<Mention> mentions, int s, int e, int itemStart) {
    for (Mention mention : mentions) {
      if (mention.start() >= itemStart && mention.start() < s && mention.end() > e) {
        return true;
      }
    }
    return false;
  }

  private static int[] trim(String text, int start, int end) {
    int s = start;
    int e = end;
    boolean changed = true;
    while (changed && s < e) {
      changed = false;
      while (s < e && " \t*_\"'".indexOf(text.charAt(s)) >= 0) {
        s++;
        changed = true;
      }
      while (e > s && " \t*_.\"'".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
        changed = true;
      }
      for (String tail : new String[] {"etc", "等"}) {
        if (e - s >= tail.length() && text.regionMatches(true, e - tail.length(), tail, 0, tail.length())
            && (e - tail.length() == s || !Characters.isWordChar(text.charAt(e - tail.length() - 1)))) {
          e -= tail.length();
          changed = true;
        }
      }
      for (String lead : new String[] {"and ", "the "}) {
        if (text.regionMatches(true, s, lead, 0, lead.length())) {
          s += lead.length();
          changed = true;
        }
      }
    }
    if (s >= e || e - s > MAX_ITEM) {
      return null;
    }
    return new int[] {s, e};
  }


  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static Map<Long, Mention> indexBySpan(Mentions mentions) {
    Map<Long, Mention> index = new HashMap<>();
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      index.merge(key(mention.start(), mention.end()), mention,
          (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
    return index;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
