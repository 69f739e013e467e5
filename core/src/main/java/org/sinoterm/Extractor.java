package org.sinoterm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds and normalizes entities in text. Immutable and safe to share between threads; build one with
 * {@link Sinoterm#builder()} and reuse it.
 *
 * <pre>{@code
 * Extraction result = Sinoterm.extractor().extract("Issuing bodies: MIIT; NHC; NDRC");
 * result.entities().forEach(e -> System.out.println(e.text() + " -> " + e.normalized()));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Extractor {

  /**
   * The most texts {@link #extractAll} reads together in one batch; a batch also ends before it would pass
   * {@link #BATCH_CHARS} characters (a longer text is a batch of its own). A batch's documents and mentions are held
   * until its last recognizer is done, as those of a single text of that length would be. Callers that stream texts
   * to {@code extractAll} (the CLI, the Spark job) group them by the same limits.
   */
  int BATCH_TEXTS = 1024;

  /** The most characters of one batch of {@link #extractAll}, unless a single text is longer. */
  int BATCH_CHARS = 1 << 20;

  /**
   * Extracts the entities of {@code text}. Never throws on any text: malformed, mixed-script or hostile input
   * gives fewer entities, not an exception.
   *
   * @param text the text; spans of the result index {@code text.toString()}
   * @return the entities and links found, sorted by span
   * @throws NullPointerException if {@code text} is null
   */
  Extraction extract(CharSequence text);

  /**
   * Extracts the entities of {@code text}, written on {@code documentDate}: dates without a year ("December 28",
   * 12月28日) get the year that puts them nearest to it. Without a document date, a {@code Date:} line of the text
   * serves; failing that, such dates stay partial ({@code --12-28}).
   *
   * @param text the text; spans of the result index {@code text.toString()}
   * @param documentDate when the document was written, or null if unknown
   * @return the entities and links found, sorted by span
   * @throws NullPointerException if {@code text} is null
   */
  Extraction extract(CharSequence text, LocalDate documentDate);

  /**
   * Extracts the entities of each text: the same extractions as {@link #extract(CharSequence)} on each in turn. Many
   * short texts (a folder of briefs, a partition of a corpus) are read together in batches, which keeps each
   * recognizer's tables in the processor's caches.
   *
   * @param texts the texts; spans of each extraction index its text's {@code toString()}
   * @return one extraction per text, in the order of {@code texts}; unmodifiable
   * @throws NullPointerException if {@code texts} or one of its texts is null (then no text is read)
   */
  default List<Extraction> extractAll(List<? extends CharSequence> texts) {
    return extractAll(texts, null);
  }

  /**
   * Extracts the entities of each text, all written on {@code documentDate}: the same extractions as
   * {@link #extract(CharSequence, LocalDate)} on each in turn, read together in batches.
   *
   * @param texts the texts; spans of each extraction index its text's {@code toString()}
   * @param documentDate when the documents were written, or null if unknown
   * @return one extraction per text, in the order of {@code texts}; unmodifiable
   * @throws NullPointerException if {@code texts} or one of its texts is null (then no text is read)
   */
  default List<Extraction> extractAll(List<? extends CharSequence> texts, LocalDate documentDate) {
    Objects.requireNonNull(texts, "texts");
    for (int i = 0; i < texts.size(); i++) {
      Objects.requireNonNull(texts.get(i), "texts[" + i + "]");
    }
    List<Extraction> out = new ArrayList<>(texts.size());
    for (CharSequence text : texts) {
      out.add(extract(text, documentDate));
    }
    return Collections.unmodifiableList(out);
  }

  /** The entity types this extractor looks for. */
  Set<EntityType> types();
}
