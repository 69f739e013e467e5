package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.Diagnostic;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;

/**
 * ISSUED_BY links from a policy to the bodies that issued it: those its Chinese title names before 关于 (十部门,
 * 中共中央 国务院) or its English title after its head ("Notice of the State Council on …"), and those on the
 * {@code Issuing bodies:} line of its block. A block is a label line ({@code Article:}, {@code Policy name:}, 标题：)
 * and the issuer line ({@code Issuing bodies:}, 发文机关：) that follows it within a few lines.
 *
 * <p>When the Chinese title counts its issuers (十部门: ten) and the issuer line lists another number without "etc.",
 * the disagreement is reported as a diagnostic: one of the two is wrong, or the list is incomplete.
 */
final class IssuerLinks {

  /** The rule name the AGENCY recognizer gives the items of an issuer line. */
  static final String ISSUER_LINE_RULE = "issuer-line";
  /** The labels of a Chinese title line: 标题：, 文件名称：. */
  private static final Pattern CHINESE_LABEL = Pattern.compile("[ \\t>*_\\u2022-]*(?:\\*\\*)?(?:标题|文件名称|文件标题|名称)"
      + "(?:\\*\\*)?[ \\t]*[:\\uFF1A]");
  /** How many lines an issuer line may stand below the label line of its block. */
  private static final int MAX_LINES_BELOW = 6;

  /** The offsets of the line feeds of the text, for finding line starts in logarithmic time. */
  private int[] lineBreaks;

  private IssuerLinks() {
  }

  private static int[] lineBreaks(String t) {
    int count = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\n') {
        count++;
      }
    }
    int[] breaks = new int[count];
    int k = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\n') {
        breaks[k++] = i;
      }
    }
    return breaks;
  }

  static void link(String t, Map<FoundTitle, Mention> titles, Mentions mentions) {
    new IssuerLinks().linkAll(t, titles, mentions);
  }

  private void linkAll(String t, Map<FoundTitle, Mention> titles, Mentions mentions) {
    for (Map.Entry<FoundTitle, Mention> title : titles.entrySet()) {
      for (Mention body : title.getKey().title().issuerMentions) {
        mentions.link(LinkType.ISSUED_BY, title.getValue(), body, 0.97);
      }
    }
    List<Mention> items = issuerLineItems(mentions);
    if (items.isEmpty()) {
      return;
    }
    lineBreaks = lineBreaks(t);
    Map<Integer, List<Mention>> lines = byLine(items);
    Map<Integer, List<FoundTitle>> byLine = new LinkedHashMap<>();
    for (FoundTitle title : titles.keySet()) {
      byLine.computeIfAbsent(lineStart(title.start()), k -> new ArrayList<>()).add(title);
    }
    Set<Integer> claimed = new HashSet<>();
    for (Map.Entry<Integer, List<Mention>> line : lines.entrySet()) {
      int issuerLine = line.getKey();
      List<FoundTitle> block = blockTitles(t, issuerLine, byLine, claimed);
      for (FoundTitle title : block) {
        for (Mention body : line.getValue()) {
          mentions.link(LinkType.ISSUED_BY, titles.get(title), body, 0.95);
        }
        Integer count = title.title().collectiveCount();
        if (count != null) {
          checkCount(t, title, count, line.getValue(), mentions);
        }
      }
    }
  }

  /** The items of all issuer lines, in text order. */
  private static List<Mention> issuerLineItems(Mentions mentions) {
    Map<Long, Mention> bySpan = new LinkedHashMap<>();
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      if (mention.rule().equals(ISSUER_LINE_RULE)) {
        bySpan.putIfAbsent(((long) mention.start() << 32) | mention.end(), mention);
      }
    }
    List<Mention> items = new ArrayList<>(bySpan.values());
    items.sort(java.util.Comparator.comparingInt(Mention::start));
    return items;
  }

  /** The items of each issuer line, by the line's start offset, in text order. */
  private Map<Integer, List<Mention>> byLine(List<Mention> items) {
    Map<Integer, List<Mention>> lines = new LinkedHashMap<>();
    for (Mention item : items) {
      lines.computeIfAbsent(lineStart(item.start()), k -> new ArrayList<>()).add(item);
    }
    return lines;
  }

  /**
   * The titles on the nearest label line above {@code issuerLine}, within {@link #MAX_LINES_BELOW} lines, that no
   * other issuer line has claimed; empty if there is none.
   */
  private List<FoundTitle> blockTitles(String t, int issuerLine, Map<Integer, List<FoundTitle>> byLine,
      Set<Integer> claimed) {
    int line = issuerLine;
    for (int up = 0; up < MAX_LINES_BELOW && line > 0; up++) {
      line = lineStart(line - 1);
      if (claimed.contains(line)) {
        return List.of();
      }
      List<FoundTitle> onLine = byLine.getOrDefault(line, List.of());
      if (!onLine.isEmpty() && isLabelLine(t, line)) {
        claimed.add(line);
        return onLine;
      }
      if (isLabelLine(t, line)) {
        return List.of();
      }
    }
    return List.of();
  }

  private static boolean isLabelLine(String t, int line) {
    if (EnglishTitleFinder.isLabelLine(t, line)) {
      return true;
    }
    int lineEnd = t.indexOf('\n', line);
    return CHINESE_LABEL.matcher(t).region(line, lineEnd < 0 ? t.length() : lineEnd).lookingAt();
  }

  private static void checkCount(String t, FoundTitle title, int count, List<Mention> items, Mentions mentions) {
    Mention last = items.get(items.size() - 1);
    int lineEnd = t.indexOf('\n', last.end());
    String rest = t.substring(last.end(), lineEnd < 0 ? t.length() : lineEnd).toLowerCase(Locale.ROOT);
    boolean open = rest.contains("etc") || rest.contains("等") || rest.contains("and others")
        || rest.contains("among others");
    int listed = items.size();
    if (listed == count || open && listed < count) {
      return;
    }
    String message = "the title counts " + count + " issuing bodies (" + collectivePart(title, t) + ") but its "
        + "issuer line lists " + listed + (open ? " and more" : "");
    mentions.diagnose(Diagnostic.ISSUER_COUNT_MISMATCH, message, items.get(0).start(), last.end());
  }

  private static String collectivePart(FoundTitle title, String t) {
    for (Mention body : title.title().issuerMentions) {
      if (((org.sinoterm.AgencyRef) body.value()).count() != null) {
        return t.substring(body.start(), body.end());
      }
    }
    return t.substring(title.start(), title.end());
  }

  /** The start of the line that holds {@code pos}. */
  private int lineStart(int pos) {
    int low = 0;
    int high = lineBreaks.length;
    while (low < high) { // the number of line feeds before pos
      int middle = (low + high) >>> 1;
      if (lineBreaks[middle] < pos) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low == 0 ? 0 : lineBreaks[low - 1] + 1;
  }
}
