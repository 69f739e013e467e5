package org.sinoterm.align;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.sinoterm.recognize.Document;
import org.sinoterm.text.HanLpSegmenter;

/**
 * Where HanLP's words end in the Han runs of one document, remembered: the title and term recognizers align the
 * same Chinese (in the benchmark corpus, a quarter of the runs the aligner segments had been segmented in the same
 * document by the other recognizer), and HanLP's segmentation costs more than the rest of reading a title. Pass one
 * to the {@link WordAligner} methods that take it; belongs to one document, not thread-safe.
 */
public final class Segmentations {

  /** The segmentations of a document, shared by the recognizers that align its Chinese. */
  public static final Document.Key<Segmentations> IN_DOCUMENT = Document.Key.of(document -> new Segmentations());

  private final Map<String, BitSet> ends = new HashMap<>();

  /** Remembers nothing yet. */
  public Segmentations() {
  }

  /**
   * The offsets of {@code run} where HanLP's words start or end, 0 and the run's length included. The set is
   * shared: callers only read it.
   */
  BitSet wordEnds(String run, HanLpSegmenter segmenter) {
    BitSet found = ends.get(run);
    if (found == null) {
      found = new BitSet(run.length() + 1);
      found.set(0);
      found.set(run.length());
      for (HanLpSegmenter.Segment segment : segmenter.segment(run)) {
        found.set(segment.start());
        found.set(segment.end());
      }
      ends.put(run, found);
    }
    return found;
  }
}
