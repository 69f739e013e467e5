package org.sinoterm.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

/**
 * The markup the corpus is written in, so that annotators never count offsets by hand.
 *
 * <pre>
 * === merics-001 merics-block
 * Article: 14th Five-Year Plan for Medical Equipment (⟦十部门|AGENCY count=10⟧关于印发…的通知)
 * Issuing bodies: ⟦MIIT|AGENCY key=MIIT⟧; ⟦NHC|AGENCY key=NHC⟧
 * The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧) said …
 * &#64;link ABBREVIATION a2 a1
 * </pre>
 *
 * <ul>
 *   <li>A passage starts at a line {@code === ID GENRE [types=AGENCY,…]} and runs to the next such line. Its text
 *       is its lines, without leading and trailing blank lines, joined by line feeds.</li>
 *   <li>{@code ⟦surface|TYPE attr=value …⟧} marks an entity; attributes are the normalized fields to check
 *       ({@code key=-} means no key), plus {@code id=} to name it for links. Marks nest (an agency inside a
 *       title); the annotation is what follows the last {@code |}.</li>
 *   <li>{@code @link TYPE FROM TO} lines give links between named entities; lines starting with {@code %} are
 *       comments. Neither is part of the text.</li>
 * </ul>
 */
public final class CorpusMarkup {

  static final char OPEN = '⟦';
  static final char CLOSE = '⟧';

  private CorpusMarkup() {
  }

  /** Parses a markup file; errors name the file and line. */
  public static List<Passage> parse(String name, String content) {
    List<Passage> passages = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = strip(lines[i]);
      if (line.startsWith("===")) {
        int headerLine = i + 1;
        List<String> body = new ArrayList<>();
        List<Integer> bodyLines = new ArrayList<>();
        i++;
        while (i < lines.length && !strip(lines[i]).startsWith("===")) {
          body.add(strip(lines[i]));
          bodyLines.add(i + 1);
          i++;
        }
        passages.add(passage(name, headerLine, line, body, bodyLines));
      } else {
        if (!line.isBlank() && !line.startsWith("%")) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": text outside a passage (start one with ===)");
        }
        i++;
      }
    }
    Set<String> ids = new HashSet<>();
    for (Passage passage : passages) {
      if (!ids.add(passage.id())) {
        throw new IllegalArgumentException(name + ": passage id " + passage.id() + " is used twice");
      }
    }
    return passages;
  }

  private static String strip(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static Passage passage(String name, int headerLine, String header, List<String> body,
      List<Integer> bodyLines) {
    String[] parts = header.substring(3).trim().split("\\s+");
    if (parts.length < 2 || parts[0].isEmpty()) {
      throw new IllegalArgumentException(name + ":" + headerLine + ": expected '=== ID GENRE [types=...]'");
    }
    Set<EntityType> annotated = EnumSet.of(EntityType.AGENCY);
    for (int p = 2; p < parts.length; p++) {
      if (parts[p].startsWith("types=")) {
        annotated = EnumSet.noneOf(EntityType.class);
        for (String type : parts[p].substring(6).split(",")) {
          annotated.add(entityType(type, name, headerLine));
        }
      } else {
        throw new IllegalArgumentException(name + ":" + headerLine + ": unknown passage attribute " + parts[p]);
      }
    }
    List<String> textLines = new ArrayList<>();
    List<Integer> textLineNumbers = new ArrayList<>();
    List<String[]> linkLines = new ArrayList<>();
    List<Integer> linkLineNumbers = new ArrayList<>();
    for (int k = 0; k < body.size(); k++) {
      String line = body.get(k);
      if (line.startsWith("@link")) {
        linkLines.add(line.trim().split("\\s+"));
        linkLineNumbers.add(bodyLines.get(k));
      } else if (!line.startsWith("%")) {
        textLines.add(line);
        textLineNumbers.add(bodyLines.get(k));
      }
    }
    while (!textLines.isEmpty() && textLines.get(0).isBlank()) {
      textLines.remove(0);
      textLineNumbers.remove(0);
    }
    while (!textLines.isEmpty() && textLines.get(textLines.size() - 1).isBlank()) {
      textLines.remove(textLines.size() - 1);
      textLineNumbers.remove(textLineNumbers.size() - 1);
    }
    StringBuilder text = new StringBuilder();
    List<Passage.Gold> entities = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {text offset, source line}
    int goldCounter = 0;
    Map<String, Passage.Gold> byId = new LinkedHashMap<>();
    for (int k = 0; k < textLines.size(); k++) {
      if (k > 0) {
        text.append('\n');
      }
      String line = textLines.get(k);
      int lineNo = textLineNumbers.get(k);
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == OPEN) {
          open.push(new int[] {text.length(), lineNo});
        } else if (ch == CLOSE) {
          if (open.isEmpty()) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": " + CLOSE + " without " + OPEN);
          }
          int start = open.pop()[0];
          String marked = text.substring(start);
          int bar = marked.lastIndexOf('|');
          if (bar < 0) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a mark needs '|TYPE' before " + CLOSE);
          }
          String surface = marked.substring(0, bar);
          String[] annotation = marked.substring(bar + 1).trim().split("\\s+");
          EntityType type = entityType(annotation[0], name, lineNo);
          Map<String, String> normalized = new LinkedHashMap<>();
          String id = null;
          for (int a = 1; a < annotation.length; a++) {
            int eq = annotation[a].indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException(name + ":" + lineNo + ": attribute must be name=value: "
                  + annotation[a]);
            }
            String key = annotation[a].substring(0, eq);
            String value = annotation[a].substring(eq + 1);
            if (key.equals("id")) {
              id = value;
            } else {
              normalized.put(key, value.equals("-") ? null : value);
            }
          }
          if (surface.isEmpty() || !surface.strip().equals(surface)) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a marked surface must not be empty or "
                + "start or end with a space: '" + surface + "'");
          }
          text.setLength(start);
          text.append(surface);
          if (id == null) {
            id = "g" + (++goldCounter);
          }
          Passage.Gold gold = new Passage.Gold(id, type, start, start + surface.length(), surface, normalized);
          if (byId.put(id, gold) != null) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": entity id " + id + " is used twice");
          }
          entities.add(gold);
        } else {
          text.append(ch);
        }
      }
      if (!open.isEmpty() && open.peek()[1] == lineNo) {
        // marks may not span lines: annotators close them on the line they open
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + OPEN + " is not closed on its line");
      }
    }
    List<Passage.GoldLink> links = new ArrayList<>();
    for (int k = 0; k < linkLines.size(); k++) {
      String[] link = linkLines.get(k);
      int lineNo = linkLineNumbers.get(k);
      if (link.length != 4) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected '@link TYPE FROM TO'");
      }
      LinkType type;
      try {
        type = LinkType.valueOf(link[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": unknown link type " + link[1]);
      }
      for (int end = 2; end <= 3; end++) {
        if (!byId.containsKey(link[end])) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": no entity with id " + link[end]);
        }
      }
      links.add(new Passage.GoldLink(type, link[2], link[3]));
    }
    entities.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    return new Passage(parts[0], parts[1], text.toString(), annotated, entities, links);
  }

  private static EntityType entityType(String name, String file, int line) {
    try {
      return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + line + ": unknown entity type " + name);
    }
  }

  /** For messages: the entities of a passage by id. */
  static Map<String, Passage.Gold> byId(Passage passage) {
    Map<String, Passage.Gold> map = new HashMap<>();
    passage.entities().forEach(g -> map.put(g.id(), g));
    return map;
  }
}
