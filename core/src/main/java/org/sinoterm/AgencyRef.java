package org.sinoterm;

import java.util.Objects;

/**
 * The normalized value of an {@link EntityType#AGENCY} entity.
 *
 * <p>"MIIT", "the Ministry of Industry and Information Technology", "工信部" and "中华人民共和国工业和信息化部" all
 * normalize to {@code AgencyRef[key=MIIT, acronym=MIIT, en=Ministry of Industry and Information Technology,
 * zh=工业和信息化部, level=CONSTITUENT_DEPARTMENT]}. "科技部办公厅" normalizes to the Ministry of Science and Technology
 * with {@code office=Office[en=General Office, zh=办公厅]}. A collective issuer such as "十部门" (ten departments) has
 * no key and {@code count=10}. A body that is not in the dictionary (a municipal bureau, an acronym defined only in
 * the text) has a null key and carries the names the text gives.
 *
 * @param key the dictionary key, or null for a body not in the dictionary and for collective issuers
 * @param acronym the body's usual English acronym, or null
 * @param en the official English name, or null if unknown
 * @param zh the official Chinese name, or null if unknown
 * @param level where the body sits, or null if unknown
 * @param successor for a former body, the key of the body that took over its functions; null for current bodies
 *     (and for a former body whose functions were split)
 * @param count for a collective issuer (十部门, 三部委), how many bodies it counts; otherwise null
 * @param office the office of the body that the text names (办公厅, General Office), or null
 * @since 0.1.0
 */
public record AgencyRef(String key, String acronym, String en, String zh, AgencyLevel level, String successor,
    Integer count, Office office) implements Normalized {

  public AgencyRef {
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
  }

  /** A collective issuer of {@code count} bodies, as in 十部门. */
  public static AgencyRef collective(int count) {
    return new AgencyRef(null, null, null, null, null, null, count, null);
  }

  /** This body with the given office named. */
  public AgencyRef withOffice(Office office) {
    return new AgencyRef(key, acronym, en, zh, level, successor, count, Objects.requireNonNull(office, "office"));
  }

  /**
   * An office inside a body: 办公厅 (General Office), 办公室 (Office), or a department (司) the text names.
   *
   * @param en the English name of the office, or null if unknown
   * @param zh the Chinese name of the office, or null if unknown
   */
  public record Office(String en, String zh) {
    public Office {
      if (en == null && zh == null) {
        throw new IllegalArgumentException("an office needs an English or a Chinese name");
      }
    }
  }
}
