package org.sinoterm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

/**
 * The annotated corpus in its JSON Lines form, one passage per line:
 *
 * <pre>
 * {"id":"merics-001","genre":"merics-block","text":"Issuing bodies: MIIT; NHC","annotated":["AGENCY"],
 *  "entities":[{"id":"g1","type":"AGENCY","start":16,"end":20,"text":"MIIT","normalized":{"key":"MIIT"}}, …],
 *  "links":[{"type":"ABBREVIATION","from":"a2","to":"a1"}]}
 * </pre>
 *
 * A passage that expects diagnostics lists their codes: {@code "diagnostics":["issuer-count-mismatch"]}.
 *
 * The bundled corpus is compiled from the markup files in {@code benchmarks/corpus/} (see {@link CorpusMarkup}).
 */
public final class Corpus {

  /** The classpath resource of the bundled corpus. */
  public static final String RESOURCE = "/org/sinoterm/eval/corpus.jsonl";

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Corpus() {
  }

  /** The bundled corpus. */
  public static List<Passage> bundled() {
    try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a JSON Lines corpus. */
  public static List<Passage> read(InputStream in, String name) throws IOException {
    List<Passage> passages = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        passages.add(fromJson(MAPPER.readTree(line)));
      } catch (RuntimeException | IOException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return passages;
  }

  /**
   * Compiles every {@code .txt} markup file of a directory, in name order.
   *
   * @throws IllegalArgumentException naming the file and line of the first markup error, or the passage ids that
   *     two files share
   */
  public static List<Passage> compile(Path directory) throws IOException {
    List<Passage> passages = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        passages.addAll(CorpusMarkup.parse(file.getFileName().toString(),
            Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    Set<String> duplicates = CorpusMarkup.duplicateIds(passages);
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException(directory + ": passage ids used in more than one file: " + duplicates);
    }
    return passages;
  }

  /**
   * A corpus from a path: a directory of markup files (compiled on the fly, so that an annotator can score an edit
   * without rebuilding) or a JSON Lines file.
   */
  public static List<Passage> load(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return compile(path);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /** The JSON Lines text of a corpus. */
  public static String toJsonLines(List<Passage> passages) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Passage passage : passages) {
      out.append(MAPPER.writeValueAsString(toJson(passage))).append('\n');
    }
    return out.toString();
  }

  static ObjectNode toJson(Passage passage) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", passage.id());
    node.put("genre", passage.genre());
    node.put("text", passage.text());
    ArrayNode annotated = node.putArray("annotated");
    passage.annotated().stream().sorted().forEach(t -> annotated.add(t.name()));
    ArrayNode entities = node.putArray("entities");
    for (Passage.Gold gold : passage.entities()) {
      ObjectNode entity = entities.addObject();
      entity.put("id", gold.id());
      entity.put("type", gold.type().name());
      entity.put("start", gold.start());
      entity.put("end", gold.end());
      entity.put("text", gold.text());
      ObjectNode normalized = entity.putObject("normalized");
      gold.normalized().forEach(normalized::put);
    }
    ArrayNode links = node.putArray("links");
    for (Passage.GoldLink link : passage.links()) {
      links.addObject().put("type", link.type().name()).put("from", link.from()).put("to", link.to());
    }
    if (!passage.diagnostics().isEmpty()) {
      ArrayNode diagnostics = node.putArray("diagnostics");
      passage.diagnostics().forEach(diagnostics::add);
    }
    return node;
  }

  static Passage fromJson(JsonNode node) {
    String text = node.path("text").asText();
    Set<EntityType> annotated = EnumSet.noneOf(EntityType.class);
    node.path("annotated").forEach(t -> annotated.add(EntityType.valueOf(t.asText())));
    List<Passage.Gold> entities = new ArrayList<>();
    for (JsonNode e : node.path("entities")) {
      int start = e.path("start").asInt();
      int end = e.path("end").asInt();
      String surface = e.path("text").asText();
      if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(surface)) {
        throw new IllegalArgumentException("entity " + e.path("id").asText() + " [" + start + ", " + end
            + ") does not cover '" + surface + "'");
      }
      Map<String, String> normalized = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = e.path("normalized").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        normalized.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
      }
      entities.add(new Passage.Gold(e.path("id").asText(), EntityType.valueOf(e.path("type").asText()), start, end,
          surface, normalized));
    }
    List<Passage.GoldLink> links = new ArrayList<>();
    for (JsonNode l : node.path("links")) {
      links.add(new Passage.GoldLink(LinkType.valueOf(l.path("type").asText()), l.path("from").asText(),
          l.path("to").asText()));
    }
    List<String> diagnostics = new ArrayList<>();
    node.path("diagnostics").forEach(d -> diagnostics.add(d.asText()));
    return new Passage(node.path("id").asText(), node.path("genre").asText(), text, annotated, entities, links,
        diagnostics);
  }
}
