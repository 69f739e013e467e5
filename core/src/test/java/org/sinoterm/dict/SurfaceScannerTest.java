package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinoterm.recognize.Document;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.TextNormalizer;

class SurfaceScannerTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  private final SurfaceAutomaton<String> bodies = SurfaceAutomaton.<String>builder()
      .add("MOST", "MOST")
      .add("Ministry of Science and Technology", "MOST")
      .add("国务院", "State Council")
      .add("SAMR", "SAMR")
      .build();
  private final SurfaceAutomaton<Integer> technologies = SurfaceAutomaton.<Integer>builder()
      .add("AI", 1)
      .add(new SurfaceAutomaton.Surface<>("AI chips", 2, SurfaceAutomaton.CaseRule.ACRONYM_WORDS))
      .add("science", 3) // a key the other automaton's name contains
      .add("MOST", 4) // a key both hold, under another case rule
      .add("人工智能", 5)
      .build();

  @Test
  void eachAutomatonGetsWhatItsOwnScanFinds() {
    SurfaceScanner scanner = SurfaceScanner.of(List.of(bodies, technologies));
    NormalizedText text = NORMALIZER.normalize(
        "The Ministry of Science and Technology (MOST) funds AI Chips, not ai chips; most science is 人工智能 at 国务院.");
    SurfaceScanner.Scan scan = scanner.scan(text);
    assertEquals(bodies.findAll(text), scan.matches(bodies));
    assertEquals(technologies.findAll(text), scan.matches(technologies));
    assertEquals(3, scan.matches(bodies).size()); // the name, MOST and 国务院
  }

  @Test
  void randomTextsGiveEachAutomatonItsOwnMatches() {
    String[] words = {"MOST", "most", "AI", "ai", "chips", "Chips", "science", "of", "Ministry", "and", "Technology",
        "国务院", "人工智能", "SAMR", "SAMRs", "-", "(", ")", "\n", "\n\n", "  "};
    SurfaceScanner scanner = SurfaceScanner.of(List.of(bodies, technologies));
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        s.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      NormalizedText text = NORMALIZER.normalize(s.toString());
      SurfaceScanner.Scan scan = scanner.scan(text);
      assertEquals(technologies.findAll(text), scan.matches(technologies), s::toString);
      assertEquals(bodies.findAll(text), scan.matches(bodies), s::toString);
    }
  }

  @Test
  void anAutomatonOutsideTheScannerIsReadOnItsOwn() {
    NormalizedText text = NORMALIZER.normalize("MOST and AI");
    SurfaceScanner.Scan scan = SurfaceScanner.of(List.of(bodies)).scan(text);
    assertEquals(technologies.findAll(text), scan.matches(technologies));
    assertEquals(technologies.findAll(text), SurfaceScanner.none().scan(text).matches(technologies));
  }

  @Test
  void anAutomatonListedTwiceIsReadOnce() {
    assertEquals(List.of(bodies, technologies),
        SurfaceScanner.of(List.of(bodies, technologies, bodies)).automata());
    assertSame(SurfaceScanner.none(), SurfaceScanner.of(List.of()));
  }

  @Test
  void aDocumentTakesOnlyTheScanOfItsOwnText() {
    NormalizedText text = NORMALIZER.normalize("MOST");
    NormalizedText other = NORMALIZER.normalize("MOST");
    SurfaceScanner scanner = SurfaceScanner.of(List.of(bodies));
    assertEquals(1, new Document(text, null, scanner.scan(text)).matches(bodies).size());
    assertThrows(IllegalArgumentException.class, () -> new Document(text, null, scanner.scan(other)));
  }
}
