package org.sinoterm;

/**
 * The normalized value of a {@link EntityType#TERM} entity: a term of the domain that is neither a body nor a
 * listed technology, in English and in Chinese as far as the text gives them. For "transportation superpower
 * (交通强国)" both entities normalize to {@code TermRef[en=transportation superpower, zh=交通强国, score=0.99]}
 * (the alignment score); "state-owned enterprises (SOEs)" gives {@code TermRef[en=state-owned enterprises,
 * zh=null, score=null]} for both forms; a term found by term discovery carries its C-value as {@code score}.
 *
 * @param en the English term, or null when unknown
 * @param zh the Chinese term, or null when unknown
 * @param score the score of the alignment or ranking (C-value) that found the term, or null if none gave one
 * @since 0.1.0
 */
public record TermRef(String en, String zh, Double score) implements Normalized {
}
