package org.sinoterm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TermRef;
import org.sinoterm.recognize.RecognizerProvider;

class TermDiscoveryTest {

  private static final TermDiscovery DISCOVERY = TermDiscovery.load();
  private static final Extractor EXTRACTOR = Sinoterm.builder()
      .types(EntityType.AGENCY, EntityType.TECHNOLOGY, EntityType.TERM).termDiscovery(true).build();

  @Test
  void cValueDiscountsATermByTheLongerTermsItIsNestedIn() {
    List<TermDiscovery.Occurrence> occurrences = List.of(
        occurrence("magnetic resonance imaging", 3), occurrence("magnetic resonance imaging", 3),
        occurrence("magnetic resonance imaging", 3), occurrence("ultrahigh field magnetic resonance imaging", 5),
        occurrence("magnetic resonance imaging scanner", 4), occurrence("coronary stent", 2));
    List<TermDiscovery.RankedTerm> ranked = TermDiscovery.rank(occurrences);
    TermDiscovery.RankedTerm mri = find(ranked, "magnetic resonance imaging");
    assertEquals(3, mri.frequency());
    // nested in two longer candidates seen once each: log2(3) · (3 − (1 + 1) / 2)
    assertEquals(Math.log(3) / Math.log(2) * 2, mri.cValue(), 1e-9);
    assertEquals(Math.log(5) / Math.log(2), find(ranked, "ultrahigh field magnetic resonance imaging").cValue(),
        1e-9);
    assertEquals(1.0, find(ranked, "coronary stent").cValue(), 1e-9); // log2(2) · 1, never nested
    assertEquals("magnetic resonance imaging", ranked.get(0).term());
  }

  private static TermDiscovery.Occurrence occurrence(String form, int words) {
    return new TermDiscovery.Occurrence(0, form.length(), form, words, true, true);
  }

  @Test
  void candidatesComeFromNounPhrasesAndTheirNestedParts() {
    List<String> forms = DISCOVERY.candidates("Hospitals in Hefei bought flexible perovskite modules.").stream()
        .map(TermDiscovery.Occurrence::form).toList();
    assertEquals(List.of("flexible perovskite module", "flexible perovskite", "perovskite module"), forms);
  }

  private static TermDiscovery.RankedTerm find(List<TermDiscovery.RankedTerm> ranked, String term) {
    return ranked.stream().filter(r -> r.term().equals(term)).findFirst()
        .orElseThrow(() -> new AssertionError(term + " not in " + ranked));
  }

  /** Discovered entities: {@code T:text} for a TECHNOLOGY without a key, {@code X:text} for a TERM. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Researchers tested flexible perovskite modules on rooftops in Hefei. | T:flexible perovskite modules
      The ministry wants centralized volume-based procurement to cut costs; centralized volume-based procurement already covers stents. | X:centralized volume-based procurement; X:centralized volume-based procurement
      Imports of solid oxide electrolysis stacks rose, said the National Energy Administration. | T:solid oxide electrolysis stacks
      企业加快研发柔性钙钛矿组件。 | T:柔性钙钛矿组件
      The Ministry of Industry and Information Technology and the State Council met on Monday. |
      Each hospital keeps two oxygenators and centrifugal blood pumps in reserve. | T:centrifugal blood pumps
      Domestic suppliers doubled their market share at home, but their market share abroad fell. | X:market share; X:market share
      Hospitals added intensive care beds, and plants added production lines and an imaging centre. |
      The plan favours cheap lithium iron phosphate batteries and a classical supercomputer. |
      Battery makers supply batteries, and robotaxis combine lidar with high-definition maps. |
      State fund shifts its bets as the software that flags lung nodules wins approval. |
      Carmakers buy chips for autonomous driving from Horizon Robotics and other firms. |
      The next VBP round and the catalogue for category B appeared last quarter. |
      Chinese makers ship SiC MOSFETs and photon-counting CT scanners. | T:photon-counting CT scanners
      支持本地企业配套生产医用传感器。 | T:医用传感器
      Engineers prefer real-time operating systems, and every delivery drone must broadcast its position. | T:real-time operating systems; T:delivery drone
      Two state-backed satellite constellations and Chinese-made CT scanners serve private 5G networks. | T:satellite constellations
      Plants are testing enzymatic recycling, while fan-out wafer-level packaging is spreading. | T:enzymatic recycling; T:fan-out wafer-level packaging
      The central government calls it a new growth engine; tiny LEDs light the dense network. |
      Insurers cover first-use insurance claims, and the low-altitude economy needs rules. | X:low-altitude economy
      Local firms supply slurries, but atomic layer deposition equipment comes from abroad. | T:atomic layer deposition
      Each satellite carries phased-array antennas into orbit. | T:phased-array antennas
      A Shanghai foundry will expand, using immersion lithography tools. | T:immersion lithography
      3. Install waste heat recovery where homes can use the heat. |
      Investors back vertical farms lit by LED panels and ECMO circuits. |
      支持沿海港口建设智慧港口。 |
      """)
  void discoversTermsNoDictionaryLists(String text, String expected) {
    Extraction extraction = EXTRACTOR.extract(text);
    String found = extraction.entities().stream()
        .filter(e -> e.type() == EntityType.TERM
            || (e.type() == EntityType.TECHNOLOGY && e.normalized(TechnologyRef.class).key() == null))
        .map(e -> (e.type() == EntityType.TERM ? "X:" : "T:") + e.text())
        .collect(Collectors.joining("; "));
    assertEquals(expected == null ? "" : expected, found);
  }

  @Test
  void aDiscoveredTermCarriesItsScore() {
    Extraction extraction = EXTRACTOR.extract("Centralized volume-based procurement widened. Centralized "
        + "volume-based procurement covers stents.");
    List<Entity> terms = extraction.entities(EntityType.TERM);
    assertEquals(2, terms.size(), terms::toString);
    TermRef ref = terms.get(0).normalized(TermRef.class);
    assertEquals("Centralized volume-based procurement", ref.en());
    assertEquals(3.17, ref.score(), 1e-9); // log2(3) · 2
  }

  /** Regression (technology-010): the definition's long form lacked the modifier the phrase has, and lost its link. */
  @Test
  void aDefinedTermGrowsByItsModifierAndKeepsItsLink() {
    Extraction extraction = EXTRACTOR.extract("Stents are bought through centralized volume-based procurement (VBP). "
        + "The next VBP round covers joints.");
    List<String> terms = extraction.entities(EntityType.TERM).stream().map(Entity::text).toList();
    assertEquals(List.of("centralized volume-based procurement", "VBP", "VBP"), terms);
    assertEquals(1, extraction.links().size(), extraction.links()::toString);
    assertEquals("centralized volume-based procurement", extraction.links().get(0).to().text());
  }

  /** Regression (technology-047): "commercial" was taken into the long form of a defined acronym, cutting the link. */
  @Test
  void aGeneralModifierDoesNotExtendADefinedTechnology() {
    Extraction extraction = EXTRACTOR.extract("The first commercial small modular reactor (SMR) will be in Hainan.");
    assertEquals(List.of("small modular reactor", "SMR"),
        extraction.entities(EntityType.TECHNOLOGY).stream().map(Entity::text).toList());
    assertEquals(1, extraction.links().size(), extraction.links()::toString);
  }

  /**
   * Regression (technology-067, -070): discovery ran before the bilingual pairs, took their English side and left
   * the pair unlinked ("the digital economy (数字经济)"), or grew a term around a pair and lost its link.
   */
  @Test
  void bilingualPairsComeFirstAndKeepTheirLinks() {
    Extraction extraction = EXTRACTOR.extract("Upgrading happens through the digital economy (数字经济). "
        + "Import substitution (国产替代): replacing foreign suppliers.");
    List<String> links = extraction.links().stream()
        .map(l -> l.type() + " " + l.from().text() + " -> " + l.to().text()).toList();
    assertEquals(List.of("TRANSLATION digital economy -> 数字经济", "TRANSLATION Import substitution -> 国产替代"), links);
  }

  /** Regression (technology-067): a general modifier was cut from a term the text quotes. */
  @Test
  void aQuotedTermKeepsItsFirstWord() {
    assertEquals(List.of("new quality productive forces"), EXTRACTOR.extract(
        "What \"new quality productive forces\" mean for foreign firms").entities(EntityType.TERM).stream()
        .map(Entity::text).toList());
  }

  /** Regression (technology-075): a company named after a technology noun was discovered as a technology. */
  @Test
  void aCompanyNameInMidSentenceIsNoTechnology() {
    assertEquals(List.of(), EXTRACTOR.extract("The chips come from Horizon Robotics and Black Sesame Technologies.")
        .entities(EntityType.TECHNOLOGY).stream().filter(e -> e.normalized(TechnologyRef.class).key() == null)
        .toList());
  }

  @Test
  void dictionaryTechnologiesKeepTheirKeys() {
    List<Entity> technologies = EXTRACTOR.extract("Core parts of ultrasound endoscopes and coronary stents.")
        .entities(EntityType.TECHNOLOGY);
    assertEquals(List.of("ULTRASOUND_ENDOSCOPE", "CORONARY_STENT"),
        technologies.stream().map(e -> e.normalized(TechnologyRef.class).key()).toList());
  }

  @Test
  void theProviderIsFoundByServiceLoader() {
    List<String> names = ServiceLoader.load(RecognizerProvider.class).stream()
        .map(provider -> provider.get().name()).toList();
    assertEquals(List.of(RecognizerProvider.TERM_DISCOVERY), names);
  }

  @Test
  void randomTextNeverThrowsAndKeepsOffsets() {
    Random random = new Random(5);
    String[] pieces = {"imaging ", "the ", "stents", "-", " ", "(", ")", "。", "柔性", "组件", "MRI", "5G", "\n",
        "volume-based ", "procurement", ",", "s", "Ministry of Commerce", "\uD83D\uDE00", "\u200B", "ａ"};
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      for (Entity entity : EXTRACTOR.extract(input).entities()) {
        assertEquals(input.substring(entity.start(), entity.end()), entity.text());
      }
    }
  }
}
