package org.sinoterm.eval;

import java.lang.reflect.RecordComponent;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

/**
 * The markup the corpus is written in, so that annotators never count offsets by hand.
 *
 * <pre>
 * === agency-001 merics-block
 * Article: 14th Five-Year Plan for Medical Equipment (⟦十部门|AGENCY count=10⟧关于印发…的通知)
 * Issuing bodies: ⟦MIIT|AGENCY key=MIIT⟧; ⟦NHC|AGENCY key=NHC⟧
 * The ⟦Ministry of Commerce|AGENCY key=MOFCOM id=a1⟧ (⟦MOFCOM|AGENCY key=MOFCOM id=a2⟧) said …
 * &#64;link ABBREVIATION a2 a1
 * </pre>
 *
 * compiles to a passage whose text is the plain text ("Article: 14th Five-Year Plan … (十部门关于印发…的通知)\n…")
 * with gold entities at their offsets in it.
 *
 * <ul>
 *   <li>A passage starts at a line {@code === ID GENRE [types=AGENCY,…]} and runs to the next such line. Its text
 *       is its lines, without leading and trailing blank lines, joined by line feeds. {@code types} lists the
 *       entity types annotated in full in the passage (default: AGENCY); a mark of another type is an error.</li>
 *   <li>{@code ⟦surface|TYPE field=value …⟧} marks an entity; fields are the normalized fields to check, named as
 *       in the JSON output ({@code key}, {@code count}; a nested field with a dot: {@code office.zh}; a list as
 *       {@code issuers=MIIT,NHC}). {@code -} as a value means the field must be absent ({@code key=-}); a value
 *       with spaces is written in double quotes ({@code en="Beijing Municipal Commerce Bureau"}, with {@code \"}
 *       and {@code \\} inside). {@code id=} names the entity for links. Marks of different types may nest (a body
 *       inside a title); marks of one type never overlap, as entities of one type never do. The annotation is
 *       what follows the last {@code |} of the mark, on the line of its {@code ⟧}; the surface may span one line
 *       break, for a name wrapped across lines.</li>
 *   <li>{@code @link TYPE FROM TO} lines give links between named entities; {@code @diagnostic CODE} lines the
 *       diagnostics the extractor should report on the passage ({@code @diagnostic issuer-count-mismatch}); lines
 *       starting with {@code %} are comments. None of them is part of the text.</li>
 * </ul>
 *
 * Every error names the file and line.
 */
public final class CorpusMarkup {

  static final char OPEN = '⟦';
  static final char CLOSE = '⟧';

  /** The kinds of text the corpus holds, as GUIDELINES.md describes them. */
  public static final Set<String> GENRES = Set.of("merics-block", "news", "consultancy", "zh-notice", "mixed",
      "hard");

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
        Passage passage = passage(name, headerLine, line, body, bodyLines);
        for (Passage earlier : passages) {
          if (earlier.id().equals(passage.id())) {
            throw new IllegalArgumentException(name + ":" + headerLine + ": passage id " + passage.id()
                + " is used twice");
          }
        }
        passages.add(passage);
      } else {
        if (!line.isBlank() && !line.startsWith("%")) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": text outside a passage (start one with ===)");
        }
        i++;
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
    if (!GENRES.contains(parts[1])) {
      throw new IllegalArgumentException(name + ":" + headerLine + ": unknown genre " + parts[1] + " (known: "
          + new TreeSet<>(GENRES) + ")");
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
    List<String> diagnostics = new ArrayList<>();
    for (int k = 0; k < body.size(); k++) {
      String line = body.get(k);
      if (line.startsWith("@diagnostic")) {
        String[] words = line.trim().split("\\s+");
        if (words.length != 2 || !words[0].equals("@diagnostic") || !words[1].matches("[a-z][a-z0-9-]*")) {
          throw new IllegalArgumentException(name + ":" + bodyLines.get(k) + ": expected '@diagnostic CODE', "
              + "such as @diagnostic issuer-count-mismatch");
        }
        diagnostics.add(words[1]);
      } else if (line.startsWith("@link")) {
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
    Map<Passage.Gold, Integer> lineOf = new HashMap<>();
    Deque<int[]> open = new ArrayDeque<>(); // {text offset, source line} of each open mark
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
          if (bar < 0 || marked.indexOf('\n', bar) >= 0) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a mark needs '|TYPE' before " + CLOSE
                + ", on the line of the " + CLOSE);
          }
          String surface = marked.substring(0, bar);
          List<String> annotation = words(marked.substring(bar + 1), name, lineNo);
          if (annotation.isEmpty()) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a mark needs '|TYPE' before " + CLOSE);
          }
          if (surface.indexOf('\n') != surface.lastIndexOf('\n')) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a mark spans more than two lines");
          }
          EntityType type = entityType(annotation.get(0), name, lineNo);
          if (!annotated.contains(type)) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": a mark of type " + type + " in a passage "
                + "that annotates only " + annotated + " (list it in the header: types=...)");
          }
          Map<String, String> normalized = new LinkedHashMap<>();
          String id = null;
          for (String attribute : annotation.subList(1, annotation.size())) {
            int eq = attribute.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException(name + ":" + lineNo + ": attribute must be name=value: "
                  + attribute);
            }
            String field = attribute.substring(0, eq);
            String value = attribute.substring(eq + 1);
            if (field.equals("id")) {
              id = value;
            } else {
              checkField(type, field, name, lineNo);
              if (normalized.containsKey(field)) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": field " + field + " is given twice");
              }
              normalized.put(field, value.equals("-") ? null : value);
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
          lineOf.put(gold, lineNo);
        } else {
          text.append(ch);
        }
      }
    }
    if (!open.isEmpty()) {
      // only a name wrapped across a line break spans lines; anything longer is a forgotten ⟧
      throw new IllegalArgumentException(name + ":" + open.peek()[1] + ": " + OPEN + " is not closed");
    }
    entities.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    Map<EntityType, Passage.Gold> lastOfType = new HashMap<>();
    for (Passage.Gold gold : entities) {
      Passage.Gold last = lastOfType.get(gold.type());
      if (last != null && last.end() > gold.start()) {
        throw new IllegalArgumentException(name + ":" + lineOf.get(gold) + ": '" + gold.text() + "' overlaps '"
            + last.text() + "', another " + gold.type() + " (entities of one type never overlap)");
      }
      lastOfType.put(gold.type(), gold);
    }
    List<Passage.GoldLink> links = new ArrayList<>();
    for (int k = 0; k < linkLines.size(); k++) {
      String[] link = linkLines.get(k);
      int lineNo = linkLineNumbers.get(k);
      if (link.length != 4 || !link[0].equals("@link")) {
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
      if (link[2].equals(link[3])) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": a link needs two different entities");
      }
      links.add(new Passage.GoldLink(type, link[2], link[3]));
    }
    return new Passage(parts[0], parts[1], text.toString(), annotated, entities, links, diagnostics);
  }

  /** The words of an annotation, split at spaces outside double quotes; {@code \"} and {@code \\} in quotes. */
  private static List<String> words(String annotation, String file, int line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < annotation.length(); i++) {
      char c = annotation.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < annotation.length()
            && (annotation.charAt(i + 1) == '"' || annotation.charAt(i + 1) == '\\')) {
          word.append(annotation.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(file + ":" + line + ": a quoted value is not closed");
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** A checked field must be a component of the type's normalized record, so that a typo cannot pass unseen. */
  private static void checkField(EntityType type, String field, String file, int line) {
    Class<?> record = type.normalizedType();
    for (String part : field.split("\\.", -1)) {
      RecordComponent[] components = record == null ? null : record.getRecordComponents();
      RecordComponent found = null;
      if (components != null) {
        for (RecordComponent component : components) {
          if (component.getName().equals(part)) {
            found = component;
          }
        }
      }
      if (found == null) {
        String known = components == null ? "none" : java.util.Arrays.stream(components)
            .map(RecordComponent::getName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(file + ":" + line + ": " + type + " has no field " + field
            + " (fields of " + (record == null ? "?" : record.getSimpleName()) + ": " + known + ")");
      }
      record = found.getType().isRecord() ? found.getType() : null;
    }
  }

  private static EntityType entityType(String name, String file, int line) {
    try {
      return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + line + ": unknown entity type " + name);
    }
  }

  /** The entities of a passage by id. */
  static Map<String, Passage.Gold> byId(Passage passage) {
    Map<String, Passage.Gold> map = new HashMap<>();
    passage.entities().forEach(g -> map.put(g.id(), g));
    return map;
  }

  /** Passage ids that occur more than once in a corpus, for a check across files. */
  static Set<String> duplicateIds(List<Passage> passages) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new TreeSet<>();
    for (Passage passage : passages) {
      if (!seen.add(passage.id())) {
        duplicates.add(passage.id());
      }
    }
    return duplicates;
  }
}
