package org.sinoterm.corenlp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.sinoterm.Normalized;

/**
 * The one-string form of a normalized value that CoreNLP keeps in {@code NormalizedNamedEntityTagAnnotation}: the
 * record's known fields as {@code name=value} pairs separated by {@code ;}, nested records in braces, lists in
 * brackets. For "MIIT": {@code key=MIIT;acronym=MIIT;en=Ministry of Industry and Information Technology;
 * zh=工业和信息化部;level=CONSTITUENT_DEPARTMENT}; for 十部门: {@code count=10}.
 *
 * <p>It reads the record's components rather than naming each type, so the normalized types that Sinoterm adds
 * later render without a change here. The structured value itself is on the mention, under
 * {@link SinotermAnnotations.EntityAnnotation}.
 */
final class NormalizedTag {

  private NormalizedTag() {
  }

  static String of(Normalized value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof Record record) {
      appendFields(out, record);
    } else {
      out.append(value);
    }
    return out.toString();
  }

  private static void appendFields(StringBuilder out, Record value) {
    boolean first = true;
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object field = read(component, value);
      if (field == null) {
        continue;
      }
      if (!first) {
        out.append(';');
      }
      first = false;
      out.append(component.getName()).append('=');
      appendValue(out, field);
    }
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value instanceof Record nested) {
      out.append('{');
      appendFields(out, nested);
      out.append('}');
    } else if (value instanceof Collection<?> items) {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        appendValue(out, item);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      appendValue(out, map.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
    } else {
      out.append(value);
    }
  }

  private static Object read(RecordComponent component, Record value) {
    try {
      return component.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // The normalized records of sinoterm-core are public with public accessors; should one ever not be, the
      // tag loses that field rather than the annotator failing on a document.
      return null;
    }
  }
}
