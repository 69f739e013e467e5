package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sinoterm.Extraction;

/** Checks JSON against the schema of the extract output, {@code extraction.schema.json}. */
final class SchemaCheck {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.schema());

  private SchemaCheck() {
  }

  /** The JSON object the CLI writes for {@code extraction}, checked against the schema. */
  static JsonNode valid(String source, Extraction extraction) {
    JsonNode node = ExtractionJson.toJson(source, extraction);
    check(node);
    return node;
  }

  /** Every line of JSON Lines output, each checked against the schema. */
  static List<JsonNode> lines(String out) throws JsonProcessingException {
    List<JsonNode> documents = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        JsonNode node = ExtractionJson.MAPPER.readTree(line);
        check(node);
        documents.add(node);
      }
    }
    return documents;
  }

  private static void check(JsonNode node) {
    Set<ValidationMessage> errors = SCHEMA.validate(node);
    assertTrue(errors.isEmpty(), () -> errors + " in " + abbreviate(node.toString()));
  }

  private static String abbreviate(String json) {
    return json.length() <= 2000 ? json : json.substring(0, 2000) + "…";
  }
}
