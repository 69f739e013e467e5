package org.sinoterm;

import java.util.List;
import java.util.Objects;

/**
 * The normalized value of a {@link EntityType#POLICY_TITLE} entity: the parse of the title.
 *
 * <p>"十部门关于印发《“十四五”医疗装备产业发展规划》的通知" normalizes to {@code PolicyRef[lang=zh,
 * core="十四五"医疗装备产业发展规划, docType=PLAN, wrapperType=NOTICE, period=2021–2025, fyp=14, draft=false,
 * issuers=[], issuerCount=10]}: ten departments issue, in a notice, a plan of the 14th Five-Year Plan period.
 * "Medical Equipment Industry Development Plan (2021-2025) (Draft for Comments)" normalizes to {@code lang=en,
 * core=Medical Equipment Industry Development Plan, docType=PLAN, period=2021–2025, draft=true,
 * draftLabel=FOR_COMMENT}. A title in the bundled catalog of well-known policies also carries the catalog's key and
 * its English and Chinese titles, so that "Made in China 2025" is known to be 中国制造2025.
 *
 * @param lang {@code "zh"} or {@code "en"}: the language the title is written in
 * @param core the title without issuers, wrapper (关于印发…的通知, Notice on Issuing…, …解读), title marks, and
 *     bracketed period and draft labels: {@code "十四五"医疗装备产业发展规划}; as normalized (full-width forms folded,
 *     quotes unified, simplified characters)
 * @param docType the type of the document the title names; for a wrapper, the type of the wrapped document (the
 *     plan inside the notice)
 * @param wrapperType the type of the wrapper, or null for a title that wraps nothing: {@code NOTICE} for
 *     关于印发…的通知 and "Notice on Issuing…", {@code INTERPRETATION} for …解读, 答记者问 and "Interpretation of…",
 *     {@code OTHER} for a bare 印发《…》
 * @param period the years the document covers (2021-2025年, （2018—2020年）, 2021年度, or those of its Five-Year
 *     Plan), or null
 * @param fyp the number of the Five-Year Plan the title names ("十四五", 第十四个五年规划, 14th Five-Year Plan), or null
 * @param draft true if the document is a draft: its {@code draftLabel} says so, or the wrapper calls for comments on it
 * @param draftLabel the draft or trial label of the title, or null
 * @param issuers the bodies the title names as issuers, in order: their AGENCY key, or for a body without a key its
 *     name as written (北京市人民政府); empty if the title names none
 * @param issuerCount how many bodies issued it: the count of a collective issuer (十部门 → 10, 工业和信息化部等十五部门 →
 *     15), otherwise the number of bodies named; null if the title names no issuer
 * @param shortNames short names the text gives the policy (以下简称《规划》, hereinafter the "Action Plan", a nickname
 *     in quotes such as "数据二十条"); empty if none
 * @param key the key of the policy in the bundled catalog, or null if it is not there
 * @param en the catalog's English title, or null
 * @param zh the catalog's Chinese title, or null
 * @since 0.1.0
 */
public record PolicyRef(String lang, String core, DocumentType docType, DocumentType wrapperType, Period period,
    Integer fyp, boolean draft, DraftLabel draftLabel, List<String> issuers, Integer issuerCount,
    List<String> shortNames, String key, String en, String zh) implements Normalized {

  public PolicyRef {
    if (!Entity.ZH.equals(lang) && !Entity.EN.equals(lang)) {
      throw new IllegalArgumentException("lang must be \"zh\" or \"en\": " + lang);
    }
    Objects.requireNonNull(core, "core");
    if (core.isBlank()) {
      throw new IllegalArgumentException("core must not be blank");
    }
    Objects.requireNonNull(docType, "docType");
    if (fyp != null && (fyp < 1 || fyp > 99)) {
      throw new IllegalArgumentException("fyp must be in [1, 99]: " + fyp);
    }
    if (draftLabel != null && draftLabel.isDraft() && !draft) {
      throw new IllegalArgumentException("a title labelled " + draftLabel + " is a draft");
    }
    if (draftLabel == DraftLabel.TRIAL && draft) {
      throw new IllegalArgumentException("a trial document is not a draft");
    }
    issuers = List.copyOf(issuers);
    if (issuerCount != null && (issuerCount < 1 || issuerCount < issuers.size())) {
      throw new IllegalArgumentException("issuerCount " + issuerCount + " for " + issuers.size() + " issuers");
    }
    shortNames = List.copyOf(shortNames);
  }

  /**
   * The years a policy covers, both inclusive: 2021–2025 for "十四五" and (2021-2025年), 2021–2021 for 2021年度.
   *
   * @param start the first year
   * @param end the last year, not before {@code start}
   */
  public record Period(int start, int end) {
    public Period {
      if (start < 1000 || end > 9999 || end < start) {
        throw new IllegalArgumentException("invalid period " + start + "-" + end);
      }
    }

    /** The period of the {@code n}th Five-Year Plan: the 1st ran 1953–1957, the 3rd 1966–1970, the 14th 2021–2025. */
    public static Period ofFiveYearPlan(int n) {
      if (n < 1 || n > 99) {
        throw new IllegalArgumentException("no Five-Year Plan " + n);
      }
      // 1963–1965 were years of readjustment between the 2nd and the 3rd plan.
      int start = n == 1 ? 1953 : n == 2 ? 1958 : 1966 + 5 * (n - 3);
      return new Period(start, start + 4);
    }

    @Override
    public String toString() {
      return start == end ? Integer.toString(start) : start + "-" + end;
    }
  }
}
