package org.sinoterm.examples.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sinoterm.Normalized;

/**
 * A normalized value as a flat string map, the one column type that every entity type fits in Parquet: "科技部办公厅"
 * gives {@code {key=MOST, acronym=MOST, en=Ministry of Science and Technology, zh=科学技术部,
 * level=CONSTITUENT_DEPARTMENT, office.en=General Office, office.zh=办公厅}}. Unknown (null) fields are left out,
 * nested records become dotted names, lists are joined with {@code |}.
 *
 * <p>It reads the record's components rather than naming each type, so the normalized types Sinoterm adds later
 * need no change here; query them as {@code normalized['key']}, {@code normalized['period.start']}.
 */
final class NormalizedFields {

  private NormalizedFields() {
  }

  static Map<String, String> of(Normalized value) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (value instanceof Record record) {
      put(fields, "", record);
    } else {
      fields.put("value", String.valueOf(value));
    }
    return fields;
  }

  private static void put(Map<String, String> fields, String prefix, Record record) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue; // not a public accessor: that field is not part of the normalized value's contract
      }
      String name = prefix + component.getName();
      if (value instanceof Record nested) {
        put(fields, name + ".", nested);
      } else if (value instanceof Collection<?> items) {
        fields.put(name, items.stream().map(String::valueOf).collect(Collectors.joining("|")));
      } else if (value != null) {
        fields.put(name, value.toString());
      }
    }
  }
}
