package org.sinoterm;

/**
 * The label a title carries when the document is not, or not yet, in its final form. Chinese and English labels
 * map to the same constant, so that a title and its translation compare equal.
 *
 * @since 0.1.0
 */
public enum DraftLabel {
  /** 征求意见稿, 草案征求意见稿; Draft for Comments, Exposure Draft, Draft for Public Comment. A draft. */
  FOR_COMMENT(true),
  /** 草案, 送审稿; Draft. A draft. */
  DRAFT(true),
  /** 修订草案, 修正草案, 修订稿; Revised Draft, Draft Amendment. A draft. */
  REVISED_DRAFT(true),
  /** 二次审议稿, 三次审议稿, 审议稿; Second Reading Draft. A draft. */
  REVIEW_DRAFT(true),
  /** 试行; Trial, for Trial Implementation. In force on a trial basis: labelled, but not a draft. */
  TRIAL(false);

  private final boolean draft;

  DraftLabel(boolean draft) {
    this.draft = draft;
  }

  /** True for the labels of documents that are not yet in force. */
  public boolean isDraft() {
    return draft;
  }
}
