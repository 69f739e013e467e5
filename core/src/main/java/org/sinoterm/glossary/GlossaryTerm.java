package org.sinoterm.glossary;

import java.util.Objects;
import org.sinoterm.Entity;

/**
 * One designation of a glossary concept in one language: {@code GlossaryTerm[text=MIIT, lang=en, type=ACRONYM,
 * frequency=12, canonical=true]}.
 *
 * @param text the term, with runs of white space and control characters collapsed to one space; the spelling the
 *     corpus used most often, or the canonical spelling when there is one
 * @param lang {@code "en"} or {@code "zh"}
 * @param type full form, acronym or short form
 * @param frequency how many entities of the corpus were written as this term (in any case, width, traditional or
 *     simplified characters, and for English singular or plural); 0 for a canonical name the corpus never wrote
 * @param canonical true for a name that the entities' normalized value gives rather than the text: the dictionary's
 *     name or acronym of a body or technology, the catalog's title of a policy, the core of a parsed policy title
 *     (the title without issuer, wrapper and draft label)
 * @since 0.1.0
 */
public record GlossaryTerm(String text, String lang, TermType type, int frequency, boolean canonical) {

  public GlossaryTerm {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if (!Entity.EN.equals(lang) && !Entity.ZH.equals(lang)) {
      throw new IllegalArgumentException("lang must be \"en\" or \"zh\": " + lang);
    }
    Objects.requireNonNull(type, "type");
    if (frequency < 0) {
      throw new IllegalArgumentException("frequency must not be negative: " + frequency);
    }
    if (frequency == 0 && !canonical) {
      throw new IllegalArgumentException("a term the corpus never wrote must be a canonical name: " + text);
    }
  }
}
