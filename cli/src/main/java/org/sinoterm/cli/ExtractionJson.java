package org.sinoterm.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinoterm.Diagnostic;
import org.sinoterm.Entity;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.Quantity;

/**
 * The JSON form of an extraction, as described by {@code extraction.schema.json}: field names and order are a
 * public contract. Entities get ids {@code e1, e2, …} in span order; links refer to them.
 *
 * <pre>
 * {"source":"brief.txt","entities":[{"id":"e1","type":"AGENCY","lang":"en","start":16,"end":20,"text":"MIIT",
 *   "normalized":{"key":"MIIT","acronym":"MIIT",…},"confidence":0.99}],"links":[]}
 * </pre>
 *
 * <p>Numbers of a quantity are exact decimal strings, never JSON numbers or exponents, so that no reader rounds
 * them through a double: {@code {"value":"1300000000000","unit":"CNY"}}, {@code {"min":"6","max":"8","unit":"firm"}},
 * {@code {"value":"492","unit":"robot","bound":"gt","per":{"value":"10000","unit":"employee"}}}. Enumerated fields
 * of a quantity are lower case, and {@code approx} and {@code yearOnYear} appear only when true.
 *
 * <p>{@code diagnostics} is written only when the extraction has some.
 */
final class ExtractionJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .addModule(new SimpleModule("sinoterm-normalized")
          .addSerializer(BigDecimal.class, new PlainDecimalSerializer())
          .addSerializer(Quantity.class, new QuantitySerializer()))
      .build();

  /** A BigDecimal as its plain decimal string: "1300000000000", "3.7". */
  private static final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  /** A quantity in the field order of the schema, numbers as decimal strings, enumerations in lower case. */
  private static final class QuantitySerializer extends StdSerializer<Quantity> {
    private static final long serialVersionUID = 1L;

    QuantitySerializer() {
      super(Quantity.class);
    }

    @Override
    public void serialize(Quantity q, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      decimal(gen, "value", q.value());
      decimal(gen, "min", q.min());
      decimal(gen, "max", q.max());
      if (q.unit() != null) {
        gen.writeStringField("unit", q.unit());
      }
      if (q.bound() != null) {
        gen.writeStringField("bound", q.bound().name().toLowerCase(Locale.ROOT));
      }
      if (q.approx()) {
        gen.writeBooleanField("approx", true);
      }
      if (q.per() != null) {
        gen.writeObjectFieldStart("per");
        decimal(gen, "value", q.per().value());
        gen.writeStringField("unit", q.per().unit());
        gen.writeEndObject();
      }
      if (q.change() != null) {
        gen.writeStringField("change", q.change().name().toLowerCase(Locale.ROOT));
      }
      if (q.yearOnYear()) {
        gen.writeBooleanField("yearOnYear", true);
      }
      gen.writeEndObject();
    }

    private static void decimal(JsonGenerator gen, String field, BigDecimal value) throws IOException {
      if (value != null) {
        gen.writeStringField(field, value.toPlainString());
      }
    }
  }

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
