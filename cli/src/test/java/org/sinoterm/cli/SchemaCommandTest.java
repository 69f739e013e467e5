package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinoterm.AgencyLevel;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.Quantity;
import org.sinoterm.TimeValue;

class SchemaCommandTest {

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Test
  void printsTheSchema() throws Exception {
    CliRun run = CliRun.run("", "schema");
    assertEquals(0, run.exitCode());
    JsonNode schema = ExtractionJson.MAPPER.readTree(run.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
  }

  /** The schema is written by hand; it must list exactly the values the Java enums have. */
  @Test
  void theSchemaEnumeratesWhatTheApiDefines() throws Exception {
    JsonNode defs = ExtractionJson.MAPPER.readTree(SchemaCommand.schema()).get("$defs");
    assertEquals(names(EntityType.values()), strings(defs.at("/entity/properties/type/enum")));
    assertEquals(names(LinkType.values()), strings(defs.at("/link/properties/type/enum")));
    assertEquals(names(AgencyLevel.values()), strings(defs.at("/agency/properties/level/enum")));
    List<String> agencyFields = new ArrayList<>();
    defs.at("/agency/properties").fieldNames().forEachRemaining(agencyFields::add);
    List<String> recordFields = Arrays.stream(org.sinoterm.AgencyRef.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    assertEquals(recordFields, agencyFields);
    List<String> termFields = new ArrayList<>();
    defs.at("/term/properties").fieldNames().forEachRemaining(termFields::add);
    assertEquals(Arrays.stream(org.sinoterm.TermRef.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList(), termFields);
  }

  private static List<String> properties(JsonNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
  }

  /** The quantity and date definitions list exactly the fields and enumerations of their records. */
  @Test
  void theSchemaDescribesQuantitiesAndDatesAsTheApiDefinesThem() throws Exception {
    JsonNode defs = ExtractionJson.MAPPER.readTree(SchemaCommand.schema()).get("$defs");
    assertEquals(components(Quantity.class), properties(defs.at("/quantity/properties")));
    assertEquals(components(Quantity.Per.class), properties(defs.at("/quantity/properties/per/properties")));
    assertEquals(names(Quantity.Bound.values()).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList(),
        strings(defs.at("/quantity/properties/bound/enum")));
    assertEquals(names(Quantity.Change.values()).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList(),
        strings(defs.at("/quantity/properties/change/enum")));
    assertEquals(components(TimeValue.class), properties(defs.at("/date/properties")));
  }

  @Test
  void versionAndHelp() {
    CliRun version = CliRun.run("", "--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("sinoterm 0."), version.out());
    CliRun help = CliRun.run("", "extract", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--dictionary"), help.out());
  }
}
