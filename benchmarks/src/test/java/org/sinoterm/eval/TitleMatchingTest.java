package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinoterm.Aligner;
import org.sinoterm.Sinoterm;

/** The aligner's top-1 accuracy on the corpus's translation pairs, and how the pairs are read. */
class TitleMatchingTest {

  @Test
  void corpusPairsAreTheGoldTranslationsOfPolicyTitles() {
    Passage passage = CorpusMarkup.parse("t.txt", """
        === p1 mixed types=POLICY_TITLE,AGENCY
        ⟦Outline for Building China's Strength in Transport|POLICY_TITLE key=TRANSPORT_POWER_OUTLINE id=e1⟧ (⟦交通强国建设纲要|POLICY_TITLE id=z1⟧) and the ⟦Ministry of Commerce|AGENCY id=m1⟧ (⟦商务部|AGENCY id=m2⟧)
        @link TRANSLATION e1 z1
        @link TRANSLATION m1 m2
        """).get(0);
    assertEquals(List.of(new TitleMatching.Pair("交通强国建设纲要", "Outline for Building China's Strength in Transport",
        "TRANSPORT_POWER_OUTLINE")), TitleMatching.corpusPairs(List.of(passage)));
  }

  @Test
  void aRenderingOfTheSamePolicyIsATrueMatch() {
    // Both English titles render the robot plan, so either Chinese title may take either of them.
    List<TitleMatching.Pair> pairs = List.of(
        new TitleMatching.Pair("十五部门关于印发《“十四五”机器人产业发展规划》的通知", "14th Five-Year Plan for the Robotics Industry",
            "ROBOTICS_FYP14"),
        new TitleMatching.Pair("“十四五”机器人产业发展规划", "14th Five-Year Plan for the Development of the Robot Industry",
            "ROBOTICS_FYP14"),
        new TitleMatching.Pair("中华人民共和国数据安全法", "Data Security Law", null));
    Aligner aligner = Sinoterm.aligner();
    TitleMatching.Result result = TitleMatching.match(aligner, pairs, 1);
    assertEquals(3, result.zhToEn());
    assertEquals(3, result.enToZh());
    assertEquals(5, result.trueScores().length); // the two robot titles pair both ways, the law once
  }

  @Test
  void theCorpusTitlesMatchTheirRenderings() {
    TitleMatching.Result result = TitleMatching.match(Sinoterm.aligner(),
        TitleMatching.corpusPairs(Corpus.bundled()), 20260104);
    System.out.print(result.report("the corpus's TRANSLATION pairs"));
    assertTrue(result.pairs() >= 50, "pairs: " + result.pairs());
    assertTrue(result.zhToEnAccuracy() >= 0.95, result.report("corpus"));
    assertTrue(result.enToZhAccuracy() >= 0.95, result.report("corpus"));
    // The optimal assignment at sinoterm align's threshold: right or unmatched, hardly ever wrong.
    TitleMatching.Assigned assigned = result.assigned();
    assertTrue(assigned.accuracy() >= 0.95, result.report("corpus"));
    assertTrue(assigned.wrong() <= 1, result.report("corpus"));
    TitleMatching.Orphans orphans = assigned.orphans();
    assertTrue(orphans.orphansMatched() <= 1, result.report("corpus"));
    assertTrue(orphans.pairedRight() >= orphans.paired() - 1, result.report("corpus"));
  }

  @Test
  void aTsvRowNeedsTwoColumns() {
    assertEquals(List.of(new TitleMatching.Pair("交通强国建设纲要", "Outline for Building China's Strength in Transport",
        null)), TitleMatching.tsvPairs("# titles\n\n交通强国建设纲要\tOutline for Building China's Strength in Transport\n",
        "t.tsv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TitleMatching.tsvPairs("交通强国建设纲要\n", "t.tsv"));
    assertEquals("t.tsv:1: expected 'Chinese<TAB>English'", e.getMessage());
  }
}
