package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.AgencyRef;
import org.sinoterm.DocumentType;
import org.sinoterm.DraftLabel;
import org.sinoterm.PolicyRef;
import org.sinoterm.PolicyRef.Period;
import org.sinoterm.recognize.Mention;

/**
 * What a title parser found, while it is being put together: the fields of a {@link PolicyRef} and the issuer
 * mentions the title names (for ISSUED_BY links). Mutable, local to one parse.
 */
final class ParsedTitle {

  final String lang;
  String core;
  DocumentType docType;
  DocumentType wrapperType;
  Period period;
  Integer fyp;
  DraftLabel draftLabel;
  /** The wrapper calls for comments on the document (关于《…》公开征求意见的通知), which makes it a draft. */
  boolean forComment;
  final List<Mention> issuerMentions = new ArrayList<>();
  /** Issuers named without a dictionary entry or mention (国务院反垄断委员会 before 关于), as written. */
  final List<String> namedIssuers = new ArrayList<>();
  final List<String> shortNames = new ArrayList<>();
  String key;
  String en;
  String zh;

  ParsedTitle(String lang, String core, DocumentType docType) {
    this.lang = lang;
    this.core = core;
    this.docType = docType;
  }

  /** Fills the period from the Five-Year Plan when no period is written. */
  ParsedTitle completePeriod() {
    if (period == null && fyp != null) {
      period = Period.ofFiveYearPlan(fyp);
    }
    return this;
  }

  /** This title as the document inside a wrapper of type {@code wrapper}. */
  ParsedTitle wrappedIn(DocumentType wrapper) {
    if (wrapperType == null) {
      wrapperType = wrapper;
    }
    return this;
  }

  void addLabel(DraftLabel label) {
    draftLabel = TitleLabels.combine(draftLabel, label);
  }

  PolicyRef toRef() {
    List<String> issuers = new ArrayList<>();
    Integer collective = null;
    for (Mention mention : issuerMentions) {
      AgencyRef body = (AgencyRef) mention.value();
      if (body.count() != null) {
        collective = collective == null ? body.count() : Math.max(collective, body.count());
      } else if (body.key() != null) {
        issuers.add(body.key());
      } else if (body.zh() != null) {
        issuers.add(body.zh());
      } else if (body.en() != null) {
        issuers.add(body.en());
      }
    }
    issuers.addAll(namedIssuers);
    Integer count = collective != null ? Integer.valueOf(Math.max(collective, issuers.size()))
        : issuers.isEmpty() ? null : Integer.valueOf(issuers.size());
    DraftLabel label = draftLabel;
    if (forComment && (label == null || label == DraftLabel.DRAFT || !label.isDraft())) {
      label = DraftLabel.FOR_COMMENT;
    }
    boolean draft = label != null && label.isDraft();
    return new PolicyRef(lang, core, docType, wrapperType, period, fyp, draft, label, issuers, count,
        shortNames, key, en, zh);
  }

  /** The count of the collective issuer the title names (十部门 → 10), or null. */
  Integer collectiveCount() {
    for (Mention mention : issuerMentions) {
      Integer count = ((AgencyRef) mention.value()).count();
      if (count != null) {
        return count;
      }
    }
    return null;
  }
}
