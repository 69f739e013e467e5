package org.sinoterm;

/**
 * Where a body sits in the Chinese party-state. The State Council categories follow the official ones
 * (国务院组成部门, 直属特设机构, 直属机构, 办事机构, 直属事业单位, 部委管理的国家局).
 *
 * @since 0.1.0
 */
public enum AgencyLevel {
  /** Central bodies of the Chinese Communist Party: the Central Committee, its departments and commissions. */
  PARTY_CENTRAL,
  /** The National People's Congress and its Standing Committee. */
  LEGISLATURE,
  /** The National Committee of the Chinese People's Political Consultative Conference. */
  POLITICAL_CONSULTATIVE,
  /** The State Council itself. */
  STATE_COUNCIL,
  /** A ministry or commission of the State Council (国务院组成部门), the PBOC and the National Audit Office. */
  CONSTITUENT_DEPARTMENT,
  /** A special organization directly under the State Council (直属特设机构): SASAC. */
  SPECIAL_ORGANIZATION,
  /** An agency directly under the State Council (国务院直属机构): SAMR, GACC, NBS, … */
  DIRECTLY_AFFILIATED,
  /** An administrative office of the State Council (国务院办事机构). */
  ADMINISTRATIVE_OFFICE,
  /** A public institution directly under the State Council (直属事业单位): CAS, DRC, Xinhua, … */
  PUBLIC_INSTITUTION,
  /** A national bureau administered by a ministry or commission (部委管理的国家局): NEA, NMPA, SAFE, … */
  NATIONAL_BUREAU,
  /** The Supreme People's Court and the Supreme People's Procuratorate. */
  JUDICIAL,
  /** The National Supervisory Commission. */
  SUPERVISORY,
  /** The Central Military Commission. */
  MILITARY,
  /** People's organizations that co-issue policy: ACFTU, CAST, ACFIC, … */
  MASS_ORGANIZATION,
  /** A provincial, municipal or county body, recognized by its form rather than from the dictionary. */
  LOCAL
}
