package org.sinoterm.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.sinoterm.EntityType;
import org.sinoterm.Quantity;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;

/**
 * Finds quantities in English and Chinese: "over six percent" → 6 percent (bound GT), "CNY 1.3 trillion" →
 * 1300000000000 CNY, "492 robots per 10,000 employees" → 492 robot per 10000 employee, 一千多万 → 10000000 (bound
 * GT), 6至8家 → 6–8 家. {@link EnglishQuantities} reads English text, {@link ChineseQuantities} Chinese text and
 * digits inside it; where both read the same characters the longer reading wins.
 *
 * <p>Runs after the date and agency recognizers and never proposes a quantity that overlaps one of their mentions:
 * a year is a date ("by 2025"), and the number of a body is part of its name (十部门). Immutable and thread-safe.
 */
public final class QuantityRecognizer implements Recognizer {

  static final String RULE_ENGLISH = "quantity-en";
  static final String RULE_CHINESE = "quantity-zh";

  /** One quantity found by a scanner, in normalized offsets. */
  record Found(int start, int end, Quantity value, double confidence, String rule) {
    int length() {
      return end - start;
    }
  }

  private final UnitDictionary units;

  /** A recognizer that reads units and currencies with {@code units}. */
  public QuantityRecognizer(UnitDictionary units) {
    this.units = units;
  }

  @Override
  public void recognize(Document document, Mentions mentions) {
    String text = document.text().text();
    BitSet blocked = new BitSet(text.length());
    for (Mention mention : mentions.all()) {
      if (mention.type() == EntityType.DATE || mention.type() == EntityType.AGENCY) {
        blocked.set(mention.start(), Math.min(mention.end(), text.length()));
      }
    }
    List<Found> english = new EnglishQuantities(text, units, blocked).find();
    List<Found> chinese = new ChineseQuantities(text, units, blocked).find();
    List<Found> all = new ArrayList<>(english.size() + chinese.size());
    all.addAll(english);
    all.addAll(chinese);
    all.sort(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
    BitSet taken = new BitSet(text.length());
    for (Found found : all) {
      int clash = taken.nextSetBit(found.start());
      if (clash >= 0 && clash < found.end()) {
        continue;
      }
      taken.set(found.start(), found.end());
      mentions.add(new Mention(EntityType.QUANTITY, found.start(), found.end(), found.value(), found.confidence(),
          found.rule()));
    }
  }
}
