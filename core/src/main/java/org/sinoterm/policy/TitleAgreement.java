package org.sinoterm.policy;

import java.util.Objects;

/**
 * How well the parses of a Chinese and an English title agree, field by field: the document type (of the wrapped
 * document), the Five-Year Plan, the period and the draft label. Two renderings of one policy agree on every field
 * both state; a different policy of the same text usually disagrees on one. The catalog key settles it when both
 * titles have one.
 *
 * <p>For 《"十四五"医疗装备产业发展规划》 and "14th Five-Year Plan for Medical Equipment" the type (PLAN), the plan (14)
 * and the period (2021–2025) agree: a score of 0.9.
 */
final class TitleAgreement {

  private TitleAgreement() {
  }

  /** A score in [0, 1]; 0.5 when the parses share no field. */
  static double score(ParsedTitle zh, ParsedTitle en) {
    if (zh.key != null && en.key != null) {
      return zh.key.equals(en.key) ? 0.98 : 0.05;
    }
    double score = 0.5;
    score += field(zh.docType == org.sinoterm.DocumentType.OTHER ? null : zh.docType,
        en.docType == org.sinoterm.DocumentType.OTHER ? null : en.docType);
    score += field(zh.fyp, en.fyp);
    score += field(zh.period, en.period);
    boolean zhDraft = zh.draftLabel != null && zh.draftLabel.isDraft() || zh.forComment;
    boolean enDraft = en.draftLabel != null && en.draftLabel.isDraft() || en.forComment;
    if (zhDraft || enDraft) {
      score += zhDraft == enDraft ? 0.1 : -0.15;
    }
    return Math.max(0.05, Math.min(0.95, score));
  }

  private static double field(Object a, Object b) {
    if (a == null || b == null) {
      return 0.0;
    }
    return Objects.equals(a, b) ? 0.15 : -0.2;
  }
}
