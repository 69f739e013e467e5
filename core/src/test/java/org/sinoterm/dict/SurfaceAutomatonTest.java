package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.Characters;
import org.sinoterm.text.TextNormalizer;

class SurfaceAutomatonTest {

  private final SurfaceAutomaton<String> automaton = SurfaceAutomaton.<String>builder()
      .add("MOST", "acronym")
      .add("Ministry of Science and Technology", "name")
      .add("国务院", "body")
      .add("国务院办公厅", "office")
      .add("SAMR", "acronym")
      .build();

  private List<String> find(String text) {
    return automaton.findAll(new TextNormalizer().normalize(text)).stream()
        .map(m -> text.substring(m.start(), m.end()) + "@" + m.start() + ":" + m.value())
        .sorted()
        .toList();
  }

  @Test
  void acronymsMatchOnlyAsWritten() {
    assertEquals(List.of("MOST@0:acronym"), find("MOST said most people agree; Most do."));
  }

  @Test
  void namesMatchInAnyCase() {
    assertEquals(List.of("MINISTRY OF SCIENCE AND TECHNOLOGY@4:name", "ministry of science and technology@43:name"),
        find("THE MINISTRY OF SCIENCE AND TECHNOLOGY and ministry of science and technology"));
  }

  @Test
  void latinMatchesRespectWordBoundariesButHanDoesNot() {
    assertEquals(List.of("SAMR@13:acronym", "国务院@27:body", "国务院办公厅@27:office"),
        find("SAMRs XSAMR (SAMR) SAMR2 印发国务院办公厅"));
  }

  @Test
  void namesWrappedAcrossALineMatchButNotAcrossAParagraph() {
    assertEquals(List.of("Ministry of Science\n   and Technology@4:name"),
        find("The Ministry of Science\n   and Technology said.\n\nMinistry of Science\n\nand Technology"));
  }

  @Test
  void acronymsAreComparedAsWrittenAcrossWhitespace() {
    SurfaceAutomaton<String> twoWords = SurfaceAutomaton.<String>builder()
        .add(new SurfaceAutomaton.Surface<>("NPC SC", "x", SurfaceAutomaton.CaseRule.EXACT)).build();
    assertEquals(1, twoWords.findAll(new TextNormalizer().normalize("the NPC\r\nSC met")).size());
    assertEquals(0, twoWords.findAll(new TextNormalizer().normalize("the Npc\r\nSC met")).size());
  }

  @Test
  void anEmptyAutomatonFindsNothing() {
    assertEquals(List.of(), SurfaceAutomaton.<String>builder().build()
        .findAll(new TextNormalizer().normalize("anything")));
  }

  private static List<String> describe(List<SurfaceAutomaton.Match<String>> matches) {
    return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.surface()).toList();
  }

  /** A surface's key is its folded text stripped, with each run of {@code \s} one space, as a regex would make it. */
  @Test
  void keysCollapseWhitespaceLikeTheRegularExpression() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u3000', '国', '-'};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String expected = Characters.fold(text).strip().replaceAll("\\s+", " ");
      assertEquals(expected, SurfaceAutomaton.Builder.key(text.toString()), () -> "key of '" + text + "'");
    }
  }
}
