package org.sinoterm.glossary;

/**
 * What kind of designation a glossary term is, in the terms of TBX's {@code termType}: "Ministry of Industry and
 * Information Technology" is the full form, "MIIT" its acronym, 工信部 a short form of 工业和信息化部.
 *
 * @since 0.1.0
 */
public enum TermType {
  /** The full name: "Ministry of Commerce", 商务部, "extracorporeal membrane oxygenation". */
  FULL_FORM("fullForm"),
  /** A word of initials: MIIT, ECMO, SOEs, 5G, PET-CT. */
  ACRONYM("acronym"),
  /**
   * A shorter name of the same concept that is not an acronym: 工信部 and 国家发展改革委 beside the bodies' full
   * names, or the short form that a text defines for a long one ("hereinafter the Action Plan").
   */
  SHORT_FORM("shortForm");

  private final String tbxName;

  TermType(String tbxName) {
    this.tbxName = tbxName;
  }

  /** The value of TBX-Basic's {@code termNote type="termType"}: fullForm, acronym, shortForm. */
  public String tbxName() {
    return tbxName;
  }
}
