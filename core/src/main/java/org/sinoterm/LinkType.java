package org.sinoterm;

/**
 * How two entities of one document relate.
 *
 * @since 0.1.0
 */
public enum LinkType {
  /**
   * A short form and the long form it abbreviates, both in the same language and usually defined in the text:
   * "the Ministry of Industry and Information Technology (MIIT)". {@code from} is the short form.
   */
  ABBREVIATION,
  /**
   * The same concept written in English and in Chinese: "the Ministry of Commerce (商务部)". {@code from} is the
   * English entity, {@code to} the Chinese one.
   */
  TRANSLATION,
  /**
   * A policy and a body that issued it, from its Chinese issuer prefix (十部门关于印发…, 国务院关于…) or the
   * {@code Issuing bodies:} line of its block. {@code from} is the POLICY_TITLE, {@code to} the AGENCY.
   */
  ISSUED_BY
}
