package org.sinoterm;

/**
 * The kind of a policy document, as its title's head noun says: 规划 and "Plan" are {@link #PLAN}, 行动计划 and
 * "Action Plan" are {@link #ACTION_PLAN}, 指导意见 and "Guiding Opinions" are {@link #OPINIONS}.
 *
 * @since 0.1.0
 */
public enum DocumentType {
  /** 规划, 方案, 实施方案, 计划; Plan, Implementation Plan, Five-Year Plan, Programme. */
  PLAN,
  /** 行动计划, 行动方案; Action Plan. */
  ACTION_PLAN,
  /** 工作方案; Work Plan. */
  WORK_PLAN,
  /** 通知, 公告, 通告; Notice, Circular, Announcement. */
  NOTICE,
  /** 意见, 指导意见, 实施意见; Opinions, Guiding Opinions. */
  OPINIONS,
  /** 指南, 指引, 导则; Guidelines, Guidance, Guide. */
  GUIDELINES,
  /** 办法, 措施, 若干措施; Measures. */
  MEASURES,
  /** 规定, 细则, 规则; Provisions, Rules. */
  PROVISIONS,
  /** 条例; Regulations. */
  REGULATIONS,
  /** 法, 法典, 修正案 of a law; Law, Code. */
  LAW,
  /** 目录, 名录; Catalog, Catalogue, Directory. */
  CATALOG,
  /** 清单, 名单; List, Negative List. */
  LIST,
  /** 解释, 解读, 答记者问; Interpretation. */
  INTERPRETATION,
  /** 决定, 决议; Decision, Resolution. */
  DECISION,
  /** 纲要, 规划纲要; Outline. */
  OUTLINE,
  /** A document of another kind (建议, 要点, 政策, 批复), or a title without a head noun (中国制造2025). */
  OTHER
}
