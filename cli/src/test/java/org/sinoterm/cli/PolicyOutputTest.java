package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policy titles, ISSUED_BY links and diagnostics in the JSON output, checked against the schema. */
class PolicyOutputTest {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.schema());

  private static JsonNode extract(String text) throws Exception {
    CliRun run = CliRun.run(text, "extract");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode document = ExtractionJson.MAPPER.readTree(run.out().strip());
    Set<ValidationMessage> errors = SCHEMA.validate(document);
    assertTrue(errors.isEmpty(), () -> errors + " in " + run.out());
    return document;
  }

  private static List<String> types(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }

  @Test
  void aTitleWhoseCountDisagreesWithItsIssuerLineGetsADiagnostic() throws Exception {
    String text = "Article: 14th Five-Year Plan for the Robotics Industry (十五部门关于印发《“十四五”机器人产业发展规划》的通知)\n"
        + "Issuing bodies: MIIT; NDRC; MOST\n";
    JsonNode document = extract(text);
    JsonNode english = document.get("entities").get(0);
    assertEquals("POLICY_TITLE", english.get("type").asText());
    assertEquals("14th Five-Year Plan for the Robotics Industry", english.get("text").asText());
    assertEquals(14, english.get("normalized").get("fyp").asInt());
    assertEquals(2021, english.get("normalized").get("period").get("start").asInt());
    assertTrue(types(document.get("links"), "type").contains("TRANSLATION"));
    assertTrue(types(document.get("links"), "type").contains("ISSUED_BY"));
    JsonNode diagnostic = document.get("diagnostics").get(0);
    assertEquals("issuer-count-mismatch", diagnostic.get("code").asText());
    assertEquals("MIIT; NDRC; MOST", text.substring(diagnostic.get("start").asInt(), diagnostic.get("end").asInt()));
  }

  @Test
  void diagnosticsAreLeftOutWhenThereAreNone() throws Exception {
    JsonNode document = extract("Article: 14th Five-Year Plan for the Robotics Industry (十五部门关于印发《“十四五”机器人产业"
        + "发展规划》的通知)\nIssuing bodies: MIIT, NDRC, MOST, MPS, MCA, etc.\n");
    assertFalse(document.has("diagnostics"));
  }
}
