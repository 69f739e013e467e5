package org.sinoterm;

/**
 * The normalized value of a {@link EntityType#TERM} entity: the term in English and in Chinese, as far as the
 * text gives them. For "transportation superpower (交通强国)" both entities normalize to
 * {@code TermRef[en=transportation superpower, zh=交通强国, score=0.99]}.
 *
 * @param en the English term, or null when unknown
 * @param zh the Chinese term, or null when unknown
 * @param score the score of the ranking or alignment that found the term, or null if none gave one
 * @since 0.1.0
 */
public record TermRef(String en, String zh, Double score) implements Normalized {
}
