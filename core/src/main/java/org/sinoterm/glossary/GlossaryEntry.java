package org.sinoterm.glossary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;

/**
 * One concept of a glossary with every term the corpus (and the dictionaries) gave it:
 *
 * <pre>
 * GlossaryEntry[id=agency-MIIT, type=AGENCY, key=MIIT,
 *   terms=[Ministry of Industry and Information Technology (en, FULL_FORM, 3), MIIT (en, ACRONYM, 9),
 *          工业和信息化部 (zh, FULL_FORM, 1, canonical), 工信部 (zh, SHORT_FORM, 2)],
 *   frequency=15, sources=[a.txt, b.txt], context="Issuing bodies: MIIT; NHC; NDRC", contextSource=a.txt]
 * </pre>
 *
 * @param id a stable identifier, also an XML name: {@code agency-MIIT} for a concept with a dictionary key, the entity
 *     type and a hash of its first term otherwise ({@code term-3f9c0a1b2d})
 * @param type the entity type of every mention of the concept
 * @param key the dictionary or catalog key of the concept, or null when it has none
 * @param terms English terms first, then Chinese; in each language the preferred term first (full forms before short
 *     forms and acronyms, canonical names first, then the most frequent)
 * @param frequency how many entities of the corpus mention the concept
 * @param sources the documents that mention it, sorted
 * @param context the sentence (or about 120 characters) around its first mention, in the first source, with white
 *     space collapsed; "…" marks where the sentence was cut
 * @param contextSource the document the context comes from
 * @since 0.1.0
 */
public record GlossaryEntry(String id, EntityType type, String key, List<GlossaryTerm> terms, int frequency,
    List<String> sources, String context, String contextSource) {

  public GlossaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one term");
    }
    if (frequency < 1) {
      throw new IllegalArgumentException("frequency must be positive: " + frequency);
    }
    sources = List.copyOf(sources);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(contextSource, "contextSource");
  }

  /** The terms in one language ({@code "en"} or {@code "zh"}), the preferred first. */
  public List<GlossaryTerm> terms(String lang) {
    return terms.stream().filter(t -> t.lang().equals(lang)).toList();
  }

  /** The preferred term in one language, if the concept has one in it. */
  public Optional<GlossaryTerm> preferred(String lang) {
    return terms.stream().filter(t -> t.lang().equals(lang)).findFirst();
  }

  /** The preferred English term, if any. */
  public Optional<GlossaryTerm> english() {
    return preferred(Entity.EN);
  }

  /** The preferred Chinese term, if any. */
  public Optional<GlossaryTerm> chinese() {
    return preferred(Entity.ZH);
  }

  /** How many documents mention the concept. */
  public int documents() {
    return sources.size();
  }
}
