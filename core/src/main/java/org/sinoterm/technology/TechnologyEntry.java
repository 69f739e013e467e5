package org.sinoterm.technology;

import java.util.List;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TechnologySector;

/**
 * One technology of the dictionary, as read from its file.
 *
 * @param key the unique key
 * @param en the English name
 * @param enVariants other English names and spellings (regular plurals and hyphenation are derived, not listed)
 * @param acronyms acronyms, the usual one first
 * @param zh the Chinese name
 * @param zhVariants other Chinese names
 * @param sector the sector
 * @param origin the file and line the entry came from, for messages
 */
record TechnologyEntry(String key, String en, List<String> enVariants, List<String> acronyms, String zh,
    List<String> zhVariants, TechnologySector sector, String origin) {

  TechnologyEntry {
    enVariants = List.copyOf(enVariants);
    acronyms = List.copyOf(acronyms);
    zhVariants = List.copyOf(zhVariants);
  }

  /** The normalized value of a mention of this technology. */
  TechnologyRef ref() {
    return new TechnologyRef(key, en, zh, acronyms.isEmpty() ? null : acronyms.get(0), sector);
  }
}
