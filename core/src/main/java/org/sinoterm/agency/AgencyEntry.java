package org.sinoterm.agency;

import java.util.List;
import org.sinoterm.AgencyLevel;
import org.sinoterm.AgencyRef;

/**
 * One body of the agency dictionary, as read from its file.
 *
 * @param key the unique key
 * @param acronyms English acronyms, the usual one first
 * @param en the official English name, or null
 * @param enVariants other English names in use
 * @param zh the full Chinese name, or null
 * @param zhShort short Chinese names in use
 * @param level where the body sits, or null
 * @param parent the key of the administering body, or null
 * @param former true if the body no longer exists under this name
 * @param successor the key of the body that took over a former body's functions, or null
 * @param origin the file and line the entry came from, for messages
 */
record AgencyEntry(String key, List<String> acronyms, String en, List<String> enVariants, String zh,
    List<String> zhShort, AgencyLevel level, String parent, boolean former, String successor, String origin) {

  AgencyEntry {
    acronyms = List.copyOf(acronyms);
    enVariants = List.copyOf(enVariants);
    zhShort = List.copyOf(zhShort);
  }

  /** The normalized value of a mention of this body. */
  AgencyRef ref() {
    return new AgencyRef(key, acronyms.isEmpty() ? null : acronyms.get(0), en, zh, level, successor, null, null);
  }
}
