package org.sinoterm.recognize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;

/**
 * The mentions and links proposed for one document. Not thread-safe: one instance per {@code extract} call.
 * Replacing a mention is constant time, so that a rule may revise every mention of a long document.
 */
public final class Mentions {

  /** A proposed link between two mentions. */
  public record MentionLink(LinkType type, Mention from, Mention to, double score) {
    public MentionLink {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  private final List<Mention> mentions = new ArrayList<>();
  private final Map<Mention, Mention> replacedBy = new HashMap<>();
  private final List<MentionLink> links = new ArrayList<>();
  private final List<MentionDiagnostic> diagnostics = new ArrayList<>();

  /**
   * Something a recognizer noticed about the text, in normalized offsets {@code [start, end)}.
   *
   * @param code a stable code, such as {@code issuer-count-mismatch}
   * @param message a sentence for people
   */
  public record MentionDiagnostic(String code, String message, int start, int end) {
    public MentionDiagnostic {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("invalid diagnostic range [" + start + ", " + end + ")");
      }
    }
  }

  /** Adds a mention. */
  public void add(Mention mention) {
    mentions.add(Objects.requireNonNull(mention, "mention"));
  }

  /** Replaces {@code old} by {@code replacement}; links to {@code old} now lead to {@code replacement}. */
  public void replace(Mention old, Mention replacement) {
    Objects.requireNonNull(replacement, "replacement");
    if (!old.equals(replacement)) {
      replacedBy.remove(replacement);
      replacedBy.put(old, replacement);
      mentions.add(replacement);
    }
  }

  /** Removes the current mentions that match {@code filter}, and their links. */
  public void removeIf(Predicate<Mention> filter) {
    mentions.removeIf(m -> !replacedBy.containsKey(m) && filter.test(m));
    links.removeIf(link -> filter.test(current(link.from())) || filter.test(current(link.to())));
  }

  /** Proposes a link; it survives only if both mentions survive overlap resolution. */
  public void link(LinkType type, Mention from, Mention to, double score) {
    if (!from.equals(to)) {
      links.add(new MentionLink(type, from, to, score));
    }
  }

  /** Reports a diagnostic; the extractor keeps it only if diagnostics are tracked, and at most as many as allowed. */
  public void diagnose(String code, String message, int start, int end) {
    diagnostics.add(new MentionDiagnostic(code, message, start, end));
  }

  /** The diagnostics reported, in the order they were reported. */
  public List<MentionDiagnostic> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  /** The current mentions, in the order they were added. */
  public List<Mention> all() {
    List<Mention> current = new ArrayList<>(mentions.size());
    boolean replaced = !replacedBy.isEmpty(); // most documents replace nothing: no hashing then
    for (Mention mention : mentions) {
      if (!replaced || !replacedBy.containsKey(mention)) {
        current.add(mention);
      }
    }
    return Collections.unmodifiableList(current);
  }

  /** The current mentions of one type, in the order they were added. */
  public List<Mention> of(EntityType type) {
    List<Mention> result = new ArrayList<>();
    boolean replaced = !replacedBy.isEmpty();
    for (Mention mention : mentions) {
      if (mention.type() == type && (!replaced || !replacedBy.containsKey(mention))) {
        result.add(mention);
      }
    }
    return result;
  }

  /** The proposed links, their ends replaced where their mentions were. */
  public List<MentionLink> links() {
    List<MentionLink> current = new ArrayList<>(links.size());
    for (MentionLink link : links) {
      current.add(new MentionLink(link.type(), current(link.from()), current(link.to()), link.score()));
    }
    return current;
  }

  /** The mention that stands for {@code mention} now, following replacements. */
  private Mention current(Mention mention) {
    if (replacedBy.isEmpty()) {
      return mention;
    }
    Mention now = mention;
    for (int guard = 0; guard <= replacedBy.size(); guard++) {
      Mention next = replacedBy.get(now);
      if (next == null) {
        return now;
      }
      now = next;
    }
    return now; // a cycle of replacements; stop rather than loop
  }
}
