package org.sinoterm.glossary;

import java.util.List;
import java.util.Locale;
import org.sinoterm.EntityType;

/**
 * The human-readable texts that every format writes the same way: the note of an entry, of a term, the list of its
 * sources and its subject field.
 *
 * <pre>
 * note(MIIT entry)   → "AGENCY MIIT: 15 mentions in 2 documents"
 * termNote(工信部)    → "written 2 times"
 * sources(entry)     → "a.txt; b.txt"   (at most 20, then "; … 38 more")
 * </pre>
 */
final class GlossaryNotes {

  /** The most sources listed for one entry; the others are counted. */
  static final int MAX_SOURCES = 20;

  private GlossaryNotes() {
  }

  static String note(GlossaryEntry entry) {
    return entry.type().name() + (entry.key() == null ? "" : " " + entry.key()) + ": " + times(entry.frequency(),
        "mention") + " in " + times(entry.documents(), "document");
  }

  static String termNote(GlossaryTerm term) {
    if (term.canonical()) {
      return term.frequency() == 0 ? "canonical name, not written in the corpus"
          : "canonical name, written " + times(term.frequency(), "time");
    }
    return "written " + times(term.frequency(), "time");
  }

  static String sources(GlossaryEntry entry) {
    List<String> sources = entry.sources();
    if (sources.size() <= MAX_SOURCES) {
      return String.join("; ", sources);
    }
    return String.join("; ", sources.subList(0, MAX_SOURCES)) + "; … " + (sources.size() - MAX_SOURCES) + " more";
  }

  /** The TBX subject field of an entity type. */
  static String subjectField(EntityType type) {
    return switch (type) {
      case AGENCY -> "government bodies";
      case POLICY_TITLE -> "policy documents";
      case TECHNOLOGY -> "technology";
      default -> "policy terms";
    };
  }

  /** The entity type as a column value: "agency", "policy title". */
  static String typeName(EntityType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String times(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
