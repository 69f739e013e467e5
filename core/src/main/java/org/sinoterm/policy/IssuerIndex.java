package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.EntityType;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.text.Characters;

/**
 * The Chinese AGENCY mentions of a document indexed by where they start and end, so that a title parser can read an
 * issuer prefix (中共中央 国务院, 工业和信息化部等十五部门) from either side in constant time per body.
 */
final class IssuerIndex {

  private final Map<Integer, Mention> byStart = new HashMap<>();
  private final Map<Integer, Mention> byEnd = new HashMap<>();
  private final List<Mention> english = new ArrayList<>();

  IssuerIndex(String t, Mentions mentions) {
    for (Mention mention : mentions.of(EntityType.AGENCY)) {
      if (!Characters.containsHan(t.substring(mention.start(), mention.end()))) {
        english.add(mention);
        continue;
      }
      byStart.merge(mention.start(), mention, IssuerIndex::better);
      byEnd.merge(mention.end(), mention, IssuerIndex::better);
    }
  }

  private static Mention better(Mention a, Mention b) {
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return a.confidence() >= b.confidence() ? a : b;
  }

  /** The longest Chinese body that starts at {@code pos}, or null. */
  Mention startingAt(int pos) {
    return byStart.get(pos);
  }

  /** The longest Chinese body that ends at {@code pos}, or null. */
  Mention endingAt(int pos) {
    return byEnd.get(pos);
  }

  /** The English body mentions of the document, in the order they were proposed. */
  List<Mention> english() {
    return english;
  }
}
