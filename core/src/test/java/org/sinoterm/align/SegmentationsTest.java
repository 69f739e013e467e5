package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.HanLpSegmenter;

class SegmentationsTest {

  private static final HanLpSegmenter SEGMENTER = new HanLpSegmenter();

  @Test
  void aRunIsSegmentedOnceAndItsWordEndsAreHanLps() {
    Segmentations memo = new Segmentations();
    String run = "医疗装备产业发展规划";
    BitSet ends = memo.wordEnds(run, SEGMENTER);
    assertSame(ends, memo.wordEnds(run, SEGMENTER));
    BitSet expected = new BitSet();
    expected.set(0);
    for (HanLpSegmenter.Segment segment : SEGMENTER.segment(run)) {
      expected.set(segment.end());
    }
    assertEquals(expected, ends);
    assertEquals(ends, new Segmentations().wordEnds(run, SEGMENTER)); // a fresh memo reads the same
  }

  /** Scores with a memo shared across calls are the scores without one. */
  @Test
  void aSharedMemoChangesNoScore() {
    WordAligner aligner = WordAligner.bundled();
    Segmentations memo = new Segmentations();
    String[][] pairs = {{"十部门关于印发《\"十四五\"医疗装备产业发展规划》的通知", "14th Five-Year Plan for Medical Equipment"},
        {"医疗装备产业发展规划", "Medical Equipment Industry Development Plan"},
        {"国务院关于印发新一代人工智能发展规划的通知", "New Generation Artificial Intelligence Development Plan"},
        {"医疗装备产业发展规划", "Robotics Industry Development Plan"}};
    for (String[] pair : pairs) {
      assertEquals(aligner.scoreNormalized(pair[0], pair[1]), aligner.scoreNormalized(pair[0], pair[1], memo),
          pair[0]);
    }
  }
}
