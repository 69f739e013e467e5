package org.sinoterm;

/**
 * The kinds of entity Sinoterm recognizes. Each type has one {@link Normalized} record type.
 *
 * @since 0.1.0
 */
public enum EntityType {
  /** A Chinese government or party body, or several of them counted together: MIIT, 国务院办公厅, 十部门. */
  AGENCY(AgencyRef.class),
  /** A number with its unit, range, bound and rate: "six to eight firms", "CNY 1.3 trillion", 1.3万亿元. */
  QUANTITY(Quantity.class),
  /** A date, month, year, half, quarter, interval or duration: "December 28, 2021", 2021—2025年, "Q3 2022". */
  DATE(TimeValue.class),
  /** A bilingual or discovered term: transportation superpower (交通强国), ultrahigh field magnetic resonance imaging. */
  TERM(TermRef.class);

  private final Class<? extends Normalized> normalizedType;

  EntityType(Class<? extends Normalized> normalizedType) {
    this.normalizedType = normalizedType;
  }

  /** The record type of {@link Entity#normalized()} for entities of this type. */
  public Class<? extends Normalized> normalizedType() {
    return normalizedType;
  }
}
