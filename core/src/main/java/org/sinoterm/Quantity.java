package org.sinoterm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The normalized value of a {@link EntityType#QUANTITY} entity: an exact number or range, its unit, and what the
 * text says around it.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>value / min–max</th><th>unit</th><th>other</th></tr>
 *   <tr><td>six to eight Chinese firms</td><td>6–8</td><td>firm</td><td></td></tr>
 *   <tr><td>over six percent</td><td>6</td><td>percent</td><td>bound GT</td></tr>
 *   <tr><td>CNY 1.3 trillion</td><td>1300000000000</td><td>CNY</td><td></td></tr>
 *   <tr><td>492 robots per 10,000 employees</td><td>492</td><td>robot</td><td>per 10000 employee</td></tr>
 *   <tr><td>一千多万</td><td>10000000</td><td></td><td>bound GT</td></tr>
 *   <tr><td>22.5 percent year-on-year</td><td>22.5</td><td>percent</td><td>yearOnYear</td></tr>
 *   <tr><td>6至8家</td><td>6–8</td><td>家</td><td></td></tr>
 *   <tr><td>1200万千瓦</td><td>12000000</td><td>kW</td><td></td></tr>
 * </table>
 *
 * <p>Numbers are {@link BigDecimal}s without trailing zeros; their JSON form is a plain decimal string
 * ({@code "1300000000000"}, {@code "3.7"}), never an exponent.
 *
 * @param value the number, or null for a range
 * @param min the lower end of a range, or null
 * @param max the upper end of a range, or null
 * @param unit an ISO 4217 currency code, a unit symbol ({@code percent}, {@code percentage_point}, {@code GWh},
 *     {@code t}, {@code km2}, …), the singular counted noun ({@code robot}, {@code SME}) or a Chinese classifier
 *     (家), or null for a bare number
 * @param bound GT for "over"/"more than"/多/超过, GTE for "at least"/以上/不少于, LT for "less than"/不足, LTE for
 *     "up to"/以下/不超过; or null
 * @param approx true for "about", "nearly", "some", 约, 近, 左右
 * @param per the denominator of a rate ("per 10,000 employees", "per capita", "annually"), or null
 * @param change INCREASE or DECREASE when the text says the quantity is a rise or a fall, else null
 * @param yearOnYear true when the change is compared with the same period a year earlier (同比)
 * @since 0.1.0
 */
public record Quantity(BigDecimal value, BigDecimal min, BigDecimal max, String unit, Bound bound, boolean approx,
    Per per, Change change, boolean yearOnYear) implements Normalized {

  /**
   * Checks the fields and writes each number in its plain form, without trailing zeros after the point and without
   * an exponent ({@code 1.3E+12} becomes {@code 1300000000000}), so that {@link BigDecimal#toString()} never shows
   * one.
   *
   * @throws IllegalArgumentException unless there is either a value or a range with min below max
   */
  public Quantity {
    if ((value == null) == (min == null || max == null) || (min == null) != (max == null)) {
      throw new IllegalArgumentException("a quantity has either a value or both min and max");
    }
    value = plain(value);
    min = plain(min);
    max = plain(max);
    if (min != null && min.compareTo(max) >= 0) {
      throw new IllegalArgumentException("min must be below max: " + min + ", " + max);
    }
  }

  /** {@code value} without trailing zeros or exponent: 1.30 → 1.3, 1.3E+12 → 1300000000000; null stays null. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A plain number with a unit (or none). */
  public static Quantity of(BigDecimal value, String unit) {
    return new Quantity(Objects.requireNonNull(value, "value"), null, null, unit, null, false, null, null, false);
  }

  /** A range with a unit (or none). */
  public static Quantity range(BigDecimal min, BigDecimal max, String unit) {
    return new Quantity(null, Objects.requireNonNull(min, "min"), Objects.requireNonNull(max, "max"), unit, null,
        false, null, null, false);
  }

  /** This quantity with another unit. */
  public Quantity withUnit(String newUnit) {
    return new Quantity(value, min, max, newUnit, bound, approx, per, change, yearOnYear);
  }

  /** Which side of the number the quantity lies on. */
  public enum Bound { GT, GTE, LT, LTE }

  /** Whether a quantity is stated as a rise or a fall. */
  public enum Change { INCREASE, DECREASE }

  /**
   * The denominator of a rate: {@code Per(10000, "employee")} for "per 10,000 employees".
   *
   * @param value how many of the unit
   * @param unit the singular noun or unit
   */
  public record Per(BigDecimal value, String unit) {
    public Per {
      value = plain(Objects.requireNonNull(value, "value"));
      Objects.requireNonNull(unit, "unit");
    }
  }
}
