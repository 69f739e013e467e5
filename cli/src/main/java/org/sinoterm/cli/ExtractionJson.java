package org.sinoterm.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.Diagnostic;
import org.sinoterm.Entity;
import org.sinoterm.Extraction;
import org.sinoterm.Link;

/**
 * The JSON form of an extraction, as described by {@code extraction.schema.json}: field names and order are a
 * public contract. Entities get ids {@code e1, e2, …} in span order; links refer to them.
 *
 * <pre>
 * {"source":"brief.txt","entities":[{"id":"e1","type":"AGENCY","lang":"en","start":16,"end":20,"text":"MIIT",
 *   "normalized":{"key":"MIIT","acronym":"MIIT",…},"confidence":0.99}],"links":[]}
 * </pre>
 *
 * <p>{@code diagnostics} is written only when the extraction has some.
 */
final class ExtractionJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private ExtractionJson() {
  }

  /** The ids of the entities of an extraction, in span order. */
  static Map<Entity, String> ids(List<Entity> entities) {
    Map<Entity, String> ids = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      ids.put(entities.get(i), "e" + (i + 1));
    }
    return ids;
  }

  static ObjectNode toJson(String source, Extraction extraction) {
    ObjectNode document = MAPPER.createObjectNode();
    document.put("source", source);
    Map<Entity, String> ids = ids(extraction.entities());
    ArrayNode entities = document.putArray("entities");
    for (Entity entity : extraction.entities()) {
      ObjectNode node = entities.addObject();
      node.put("id", ids.get(entity));
      node.put("type", entity.type().name());
      node.put("lang", entity.lang());
      node.put("start", entity.start());
      node.put("end", entity.end());
      node.put("text", entity.text());
      node.set("normalized", MAPPER.valueToTree(entity.normalized()));
      node.put("confidence", entity.confidence());
    }
    ArrayNode links = document.putArray("links");
    for (Link link : extraction.links()) {
      ObjectNode node = links.addObject();
      node.put("type", link.type().name());
      node.put("from", ids.get(link.from()));
      node.put("to", ids.get(link.to()));
      node.put("score", link.score());
    }
    if (!extraction.diagnostics().isEmpty()) {
      ArrayNode diagnostics = document.putArray("diagnostics");
      for (Diagnostic diagnostic : extraction.diagnostics()) {
        ObjectNode node = diagnostics.addObject();
        node.put("code", diagnostic.code());
        node.put("message", diagnostic.message());
        node.put("start", diagnostic.span().start());
        node.put("end", diagnostic.span().end());
      }
    }
    return document;
  }
}
