package org.sinoterm.glossary;

import java.util.List;
import java.util.Objects;
import org.sinoterm.Extraction;

/**
 * The bilingual glossary of a corpus: one {@link GlossaryEntry} per concept, most frequent first. Immutable and
 * thread-safe. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * GlossaryBuilder builder = Glossary.builder();
 * for (Path file : files) {
 *   builder.add(file.toString(), extractor.extract(Files.readString(file)));
 * }
 * Glossary glossary = builder.build();
 * GlossaryFormat.TBX.write(glossary, writer);
 * }</pre>
 *
 * <p>What is in it, and why: every concept that a translator needs in both languages, or whose short and long
 * forms the text pairs.
 *
 * <ul>
 *   <li>A body, technology, policy title or term with a <b>dictionary or catalog key</b> is one concept, however
 *       it was written (MIIT, the Ministry of Industry and Information Technology, 工信部): its terms are the forms
 *       written and the names the dictionary gives, so an English-only mention of "MIIT" still brings 工业和信息化部.
 *       A body named with one of its offices (科技部办公厅) is not its body: the dictionary names no office, so it is
 *       a concept of its own, known by its written names.</li>
 *   <li>Entities <b>without a key</b> are joined through the TRANSLATION and ABBREVIATION links of the text
 *       ("transportation superpower (交通强国)", "state-owned enterprises (SOEs)"), the names of their normalized
 *       value, and the core of a parsed policy title: the connected components of these links over the written
 *       forms, compared case-, width- and (for English) plural-insensitively, and with traditional characters as
 *       simplified ones. A link never joins two dictionary concepts, nor two entity types.</li>
 *   <li>A concept is an <b>entry</b> when it has a term in English and one in Chinese, or when the text links two of
 *       its terms (an acronym defined in the text). Not entries: quantities and dates (values, not terms), and a
 *       concept in one language that no link pairs — an English-only local bureau, a collective issuer (十部门), a
 *       term found by term discovery alone.</li>
 * </ul>
 *
 * <p>Entries are sorted by frequency (descending), then by entity type and a stable key, so that the same corpus
 * gives the same glossary, whatever order its documents were added in and however partial builders were merged.
 *
 * @since 0.1.0
 */
public final class Glossary {

  private final List<GlossaryEntry> entries;
  private final int documents;

  Glossary(List<GlossaryEntry> entries, int documents) {
    this.entries = List.copyOf(entries);
    this.documents = documents;
  }

  /** A new, empty builder. */
  public static GlossaryBuilder builder() {
    return new GlossaryBuilder();
  }

  /** The glossary of one document. */
  public static Glossary of(String source, Extraction extraction) {
    return builder().add(source, extraction).build();
  }

  /** The entries, most frequent first. */
  public List<GlossaryEntry> entries() {
    return entries;
  }

  /** How many distinct documents (sources) the glossary was built from, including those that gave no entry. */
  public int documents() {
    return documents;
  }

  /**
   * The entries mentioned at least {@code minFrequency} times.
   *
   * @throws IllegalArgumentException if {@code minFrequency} is less than 1
   */
  public Glossary withMinFrequency(int minFrequency) {
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minFrequency must be at least 1: " + minFrequency);
    }
    return new Glossary(entries.stream().filter(e -> e.frequency() >= minFrequency).toList(), documents);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Glossary that && documents == that.documents && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries, documents);
  }

  @Override
  public String toString() {
    return "Glossary[" + entries.size() + " entries from " + documents + " documents]";
  }
}
