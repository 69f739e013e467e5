package org.sinoterm.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sinoterm.glossary.Glossary;
import org.sinoterm.glossary.GlossaryEntry;
import org.sinoterm.glossary.GlossaryTerm;

/**
 * The JSON form of a glossary, as described by {@code glossary.schema.json}: an array with one object per entry, one
 * entry per line, most frequent first.
 *
 * <pre>
 * [
 * {"id":"agency-MIIT","type":"AGENCY","key":"MIIT","frequency":5,"documents":3,"sources":["a.txt","b.txt","c.txt"],
 *  "context":"Issuing bodies: MIIT; NDRC","contextSource":"a.txt","terms":[{"text":"Ministry of Industry and
 *  Information Technology","lang":"en","termType":"fullForm","frequency":1,"canonical":true}, …]}
 * ]
 * </pre>
 *
 * <p>{@code key} is omitted for a concept without one.
 */
final class GlossaryJson {

  private GlossaryJson() {
  }

  static ObjectNode toJson(GlossaryEntry entry) {
    ObjectNode node = ExtractionJson.MAPPER.createObjectNode();
    node.put("id", entry.id());
    node.put("type", entry.type().name());
    if (entry.key() != null) {
      node.put("key", entry.key());
    }
    node.put("frequency", entry.frequency());
    node.put("documents", entry.documents());
    ArrayNode sources = node.putArray("sources");
    entry.sources().forEach(sources::add);
    node.put("context", entry.context());
    node.put("contextSource", entry.contextSource());
    ArrayNode terms = node.putArray("terms");
    for (GlossaryTerm term : entry.terms()) {
      ObjectNode t = terms.addObject();
      t.put("text", term.text());
      t.put("lang", term.lang());
      t.put("termType", term.type().tbxName());
      t.put("frequency", term.frequency());
      t.put("canonical", term.canonical());
    }
    return node;
  }

  static void write(Glossary glossary, Writer out) throws IOException {
    out.write('[');
    boolean first = true;
    for (GlossaryEntry entry : glossary.entries()) {
      out.write(first ? "\n" : ",\n");
      out.write(ExtractionJson.MAPPER.writeValueAsString(toJson(entry)));
      first = false;
    }
    out.write("\n]\n");
  }
}
