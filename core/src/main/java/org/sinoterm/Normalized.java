package org.sinoterm;

/**
 * The normalized value of an entity: what the text means, independent of how it was written.
 * One record type per {@link EntityType}.
 *
 * @since 0.1.0
 */
public sealed interface Normalized permits AgencyRef, Quantity, TimeValue, TermRef {
}
