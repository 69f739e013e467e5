package org.sinoterm;

/**
 * The normalized value of a {@link EntityType#TERM} entity: a term of the domain that is neither a body nor a
 * listed technology. "state-owned enterprises (SOEs)" gives {@code TermRef[en=state-owned enterprises, zh=null,
 * score=null]} for both forms; a term found by term discovery carries its C-value as {@code score}.
 *
 * @param en the English term, or null when unknown
 * @param zh the Chinese term, or null when unknown
 * @param score the ranking score (C-value) when a ranking gave one, otherwise null
 * @since 0.1.0
 */
public record TermRef(String en, String zh, Double score) implements Normalized {
}
