package org.sinoterm;

/**
 * The normalized value of a {@link EntityType#TECHNOLOGY} entity.
 *
 * <p>"ECMO", "extracorporeal membrane oxygenation" and "体外膜肺氧合" all normalize to {@code TechnologyRef[key=ECMO,
 * en=extracorporeal membrane oxygenation, zh=体外膜肺氧合, acronym=ECMO, sector=MEDICAL]}. A technology that no
 * dictionary lists — defined in the text ("laboratory-wide automated test and analysis pipeline (TLA)") or found by
 * term discovery ("ultrahigh field magnetic resonance imaging") — has a null key and carries what the text gives.
 *
 * @param key the dictionary key, or null for a technology not in the dictionary
 * @param en the English name, or null if unknown
 * @param zh the Chinese name, or null if unknown
 * @param acronym the usual acronym, or the one the text defines; null if none
 * @param sector the sector the dictionary files it under, or null if unknown
 * @since 0.1.0
 */
public record TechnologyRef(String key, String en, String zh, String acronym, TechnologySector sector)
    implements Normalized {
}
