package org.sinoterm.bench;

import java.util.ArrayList;
import java.util.List;
import org.sinoterm.eval.Corpus;
import org.sinoterm.eval.Passage;
import org.sinoterm.text.Characters;

/**
 * The text every benchmark reads, built at setup from the passages of the bundled annotated corpus (English briefs,
 * Chinese notices and mixed text, in the project's own words), so that no large file is committed and every system
 * reads the same characters.
 *
 * <ul>
 *   <li>{@link #documents(int)}: the passages as separate documents, the whole corpus repeated until the total
 *       reaches the size asked for (1 MB for the throughput benchmarks);</li>
 *   <li>{@link #document(int)}: one document of exactly the length asked for (10 KB, 10 MB), passages joined by a
 *       blank line.</li>
 * </ul>
 */
public final class BenchmarkCorpus {

  /** The total size of the throughput corpus: 1 MB of characters. */
  public static final int MEGABYTE = 1 << 20;

  private BenchmarkCorpus() {
  }

  /** The bundled passages' texts, in corpus order. */
  public static List<String> passages() {
    List<String> texts = new ArrayList<>();
    for (Passage passage : Corpus.bundled()) {
      texts.add(passage.text());
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("the bundled corpus has no passages");
    }
    return texts;
  }

  /** The passages, repeated in order until their total length is at least {@code minChars}. */
  public static List<String> documents(int minChars) {
    List<String> passages = passages();
    List<String> documents = new ArrayList<>();
    long total = 0;
    for (int i = 0; total < minChars; i++) {
      String passage = passages.get(i % passages.size());
      documents.add(passage);
      total += passage.length();
    }
    return List.copyOf(documents);
  }

  /** One document of exactly {@code chars} characters (never ending inside a surrogate pair). */
  public static String document(int chars) {
    StringBuilder text = new StringBuilder(chars + 8192);
    List<String> passages = passages();
    for (int i = 0; text.length() < chars; i++) {
      text.append(passages.get(i % passages.size())).append("\n\n");
    }
    int end = chars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The total number of characters of {@code documents}. */
  public static long length(List<String> documents) {
    long total = 0;
    for (String document : documents) {
      total += document.length();
    }
    return total;
  }

  /** The share of Han characters among the characters of {@code documents}, in [0, 1]. */
  public static double hanShare(List<String> documents) {
    long han = 0;
    for (String document : documents) {
      for (int i = 0; i < document.length(); i++) {
        if (Characters.isHan(document.charAt(i))) {
          han++;
        }
      }
    }
    return (double) han / length(documents);
  }
}
