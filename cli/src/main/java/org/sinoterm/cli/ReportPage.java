package org.sinoterm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.sinoterm.Diagnostic;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.glossary.Glossary;
import org.sinoterm.glossary.GlossaryEntry;
import org.sinoterm.glossary.GlossaryTerm;

/**
 * One self-contained HTML page that shows documents with their entities: the text with each entity highlighted by
 * type (a colour from the Okabe–Ito palette, which colour-blind readers tell apart, plus a border pattern and a
 * label), a tooltip with the normalized value, a side panel with every field and the links, the linked entities
 * highlighted together, a legend that hides types, and the document's glossary as a table.
 *
 * <p>For {@code "MIIT issued it."} with one AGENCY the text becomes
 *
 * <pre>{@code
 * <mark class="ent t-AGENCY first last b0" data-id="d1-e1" data-type="AGENCY" data-abbr="AG" tabindex="0"
 *     title="AGENCY (en): key MIIT · acronym MIIT · en Ministry of … · confidence 0.99">MIIT</mark> issued it.
 * }</pre>
 *
 * <p>Nothing is loaded from elsewhere: the CSS and the script are inline, and a Content-Security-Policy forbids every
 * request. The highlights and tooltips ({@code title}) work without JavaScript; the script adds the panel, the link
 * highlighting and keyboard access. The extraction is embedded as JSON in a {@code <script
 * type="application/json">} element with every {@code <} written {@code \u003c}, so no text can close it. Entities
 * that cross are split into nested fragments ({@link EntityNesting}) that share their {@code data-id}.
 */
final class ReportPage {

  /**
   * One document of the page.
   *
   * @param source the file name (or {@code <stdin>})
   * @param extraction what was found in it
   * @param glossary its glossary
   */
  record Document(String source, Extraction extraction, Glossary glossary) {
  }

  /** The label and pattern of each type; the colours are in the style sheet. */
  private static final Map<EntityType, String> ABBREVIATIONS = Map.of(EntityType.AGENCY, "AG",
      EntityType.POLICY_TITLE, "POL", EntityType.TECHNOLOGY, "TECH", EntityType.QUANTITY, "QTY", EntityType.DATE,
      "DATE", EntityType.TERM, "TERM");

  private ReportPage() {
  }

  /** A style sheet or script of the page, read at each page (no static state to fail at class loading). */
  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the sinoterm-cli jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page for {@code documents}; {@code generator} names the program in the page's footer. */
  static String render(List<Document> documents, String generator) {
    StringBuilder html = new StringBuilder(1 << 16);
    String title = documents.size() == 1 ? "Sinoterm report: " + documents.get(0).source()
        : "Sinoterm report: " + documents.size() + " documents";
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            + "'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(escape(generator)).append("\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n");
    html.append("<header>\n<h1>").append(escape(title)).append("</h1>\n");
    legend(html);
    html.append("</header>\n<main>\n");
    ObjectNode data = ExtractionJson.MAPPER.createObjectNode();
    ArrayNode docs = data.putArray("documents");
    for (int d = 0; d < documents.size(); d++) {
      section(html, "d" + (d + 1), documents.get(d), docs.addObject());
    }
    html.append("</main>\n<aside id=\"panel\" aria-live=\"polite\">\n<p class=\"hint\">Point at or click a "
        + "highlighted entity to see its normalized value, confidence and links here.</p>\n</aside>\n");
    html.append("<footer>").append(escape(generator)).append("</footer>\n");
    html.append("<script type=\"application/json\" id=\"sinoterm-data\">").append(scriptSafeJson(data))
        .append("</script>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void legend(StringBuilder html) {
    html.append("<fieldset class=\"legend\">\n<legend>Entity types (untick to hide)</legend>\n");
    for (EntityType type : EntityType.values()) {
      html.append("<label class=\"swatch\"><input type=\"checkbox\" id=\"show-").append(type.name())
          .append("\" checked> <mark class=\"ent t-").append(type.name()).append(" first last b0\" data-abbr=\"")
          .append(ABBREVIATIONS.get(type)).append("\">").append(type.name()).append("</mark></label>\n");
    }
    html.append("<label class=\"swatch\"><input type=\"checkbox\" id=\"show-labels\" checked> labels</label>\n")
        .append("</fieldset>\n");
  }

  private static void section(StringBuilder html, String docId, Document document, ObjectNode json) {
    Extraction extraction = document.extraction();
    String text = extraction.text();
    List<Entity> entities = extraction.entities();
    Map<Entity, String> ids = ExtractionJson.ids(entities);
    ObjectNode doc = ExtractionJson.toJson(document.source(), extraction);
    for (JsonNode entity : doc.get("entities")) {
      ((ObjectNode) entity).put("id", docId + "-" + entity.get("id").asText());
    }
    for (JsonNode link : doc.get("links")) {
      ((ObjectNode) link).put("from", docId + "-" + link.get("from").asText());
      ((ObjectNode) link).put("to", docId + "-" + link.get("to").asText());
    }
    json.put("id", docId);
    json.setAll(doc);
    json.put("text", text);

    html.append("<section class=\"doc\" id=\"").append(docId).append("\">\n<h2>").append(escape(document.source()))
        .append("</h2>\n<p class=\"counts\">").append(counts(extraction)).append("</p>\n");
    Set<Entity> linkedEntities = new HashSet<>();
    for (Link link : extraction.links()) {
      linkedEntities.add(link.from());
      linkedEntities.add(link.to());
    }
    html.append("<div class=\"text\">");
    for (EntityNesting.Step step : EntityNesting.walk(text.length(), entities)) {
      if (step instanceof EntityNesting.Text t) {
        html.append(escape(text.substring(t.start(), t.end())));
      } else if (step instanceof EntityNesting.Open open) {
        EntityNesting.Fragment f = open.fragment();
        Entity entity = entities.get(f.entity());
        boolean linked = linkedEntities.contains(entity);
        html.append("<mark class=\"ent t-").append(entity.type().name())
            .append(f.first() ? " first" : "").append(f.last() ? " last" : "")
            .append(f.last() && linked ? " has-links" : "")
            .append(" b").append(Math.min(f.below(), 4))
            .append("\" data-id=\"").append(docId).append('-').append(ids.get(entity))
            .append("\" data-type=\"").append(entity.type().name())
            .append("\" data-abbr=\"").append(ABBREVIATIONS.get(entity.type())).append('"');
        if (Entity.ZH.equals(entity.lang())) {
          html.append(" lang=\"zh\"");
        }
        if (f.first()) {
          html.append(" tabindex=\"0\"");
        }
        html.append(" title=\"").append(escape(tooltip(entity))).append("\">");
      } else {
        html.append("</mark>");
      }
    }
    html.append("</div>\n");
    diagnostics(html, extraction);
    glossary(html, document.glossary());
    html.append("</section>\n");
  }

  private static String counts(Extraction extraction) {
    if (extraction.entities().isEmpty()) {
      return "No entities found.";
    }
    Map<EntityType, Long> byType = extraction.entities().stream()
        .collect(Collectors.groupingBy(Entity::type, () -> new EnumMap<>(EntityType.class),
            Collectors.counting()));
    String types = byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name())
        .collect(Collectors.joining(", "));
    return escape(extraction.entities().size() + " entities (" + types + "), " + extraction.links().size()
        + " links");
  }

  private static void diagnostics(StringBuilder html, Extraction extraction) {
    if (extraction.diagnostics().isEmpty()) {
      return;
    }
    html.append("<h3>Diagnostics</h3>\n<ul class=\"diagnostics\">\n");
    for (Diagnostic d : extraction.diagnostics()) {
      html.append("<li><code>").append(escape(d.code())).append("</code> ").append(escape(d.message()))
          .append(" [").append(d.span().start()).append(", ").append(d.span().end()).append(")</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void glossary(StringBuilder html, Glossary glossary) {
    html.append("<h3>Glossary</h3>\n");
    if (glossary.entries().isEmpty()) {
      html.append("<p class=\"empty\">No bilingual terms in this document.</p>\n");
      return;
    }
    html.append("<table class=\"glossary\">\n<thead><tr><th>type</th><th>English</th><th>Chinese</th><th>key</th>"
        + "<th>mentions</th></tr></thead>\n<tbody>\n");
    for (GlossaryEntry entry : glossary.entries()) {
      html.append("<tr data-entry=\"").append(escape(entry.id())).append("\"><td><span class=\"tag t-")
          .append(entry.type().name()).append("\">").append(entry.type().name()).append("</span></td><td>")
          .append(terms(entry.terms("en"))).append("</td><td lang=\"zh\">").append(terms(entry.terms("zh")))
          .append("</td><td>").append(entry.key() == null ? "" : escape(entry.key())).append("</td><td>")
          .append(entry.frequency()).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** The preferred term in bold, then the others. */
  private static String terms(List<GlossaryTerm> terms) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      String text = escape(terms.get(i).text());
      out.append(i == 0 ? "<b>" + text + "</b>" : "; " + text);
    }
    return out.toString();
  }

  /** The tooltip: type, language, every normalized field (nested ones as {@code period.start}), confidence. */
  static String tooltip(Entity entity) {
    StringBuilder out = new StringBuilder(entity.type().name()).append(" (").append(entity.lang()).append(')');
    JsonNode normalized = ExtractionJson.MAPPER.valueToTree(entity.normalized());
    List<String> fields = new ArrayList<>();
    flatten("", normalized, fields);
    String separator = ": ";
    for (String field : fields) {
      out.append(separator).append(field);
      separator = " · ";
    }
    out.append(separator).append(String.format(Locale.ROOT, "confidence %.2f", entity.confidence()));
    return out.toString();
  }

  private static void flatten(String prefix, JsonNode node, List<String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        return;
      }
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        items.add(item.isValueNode() ? item.asText() : item.toString());
      }
      out.add(prefix + " " + String.join(", ", items));
    } else {
      out.add(prefix + " " + node.asText());
    }
  }

  private static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  /**
   * JSON that can stand inside a script element: every {@code <} (which occurs only inside strings) written
   * {@code \u003c}, so neither {@code </script>} nor {@code <!--} in a text can end or change the element.
   */
  static String scriptSafeJson(JsonNode data) {
    try {
      return ExtractionJson.MAPPER.writeValueAsString(data).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
