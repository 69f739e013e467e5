package org.sinoterm.technology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Sinoterm;
import org.sinoterm.TechnologyRef;
import org.sinoterm.TechnologySector;
import org.sinoterm.TermRef;

/**
 * Golden cases for technologies and defined terms. Each row gives an input and every TECHNOLOGY and TERM entity
 * expected in it, in order, as {@code surface=KEY} ({@code -} for a technology without a key, {@code term} for a
 * TERM). Each surface is looked up after the previous one, so its offsets are checked too.
 */
class TechnologyRecognizerTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder()
      .types(EntityType.TECHNOLOGY, EntityType.TERM, EntityType.AGENCY).build();

  private static String describe(Entity entity) {
    String value;
    if (entity.type() == EntityType.TERM) {
      value = "term";
    } else {
      TechnologyRef ref = entity.normalized(TechnologyRef.class);
      value = ref.key() == null ? "-" : ref.key();
    }
    return entity.text() + "@" + entity.start() + "=" + value;
  }

  private static List<String> expected(String input, String expected) {
    List<String> result = new ArrayList<>();
    if (expected == null || expected.isBlank()) {
      return result;
    }
    int from = 0;
    for (String item : expected.split(";")) {
      String trimmed = item.strip();
      int eq = trimmed.lastIndexOf('=');
      String surface = trimmed.substring(0, eq);
      int at = input.indexOf(surface, from);
      String found = surface;
      int after = from;
      assertTrue(at >= 0, () -> "the table is wrong: '" + found + "' is not in the input after " + after);
      result.add(surface + "@" + at + "=" + trimmed.substring(eq + 1));
      from = at + 1;
    }
    return result;
  }

  private static List<String> found(Extraction extraction) {
    return extraction.entities().stream().filter(e -> e.type() != EntityType.AGENCY)
        .map(TechnologyRecognizerTest::describe).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      control of core technologies (including extracorporeal membrane oxygenation [ECMO] and ultrasound) | extracorporeal membrane oxygenation=ECMO; ECMO=ECMO; ultrasound=ULTRASOUND
      Incorporate digital technologies including 5G across the sector | 5G=5G
      the first Chinese manufacturer of ECMOs after a deal            | ECMOs=ECMO
      PET-MRI, ultrasound endoscopy, surgical robots and PET/CT scanners | PET-MRI=PET_MRI; ultrasound endoscopy=ULTRASOUND_ENDOSCOPE; surgical robots=SURGICAL_ROBOT; PET/CT scanners=PET_CT
      high-energy linear accelerators and chemiluminescence immunoassay | high-energy linear accelerators=LINAC; chemiluminescence immunoassay=CLIA
      AI chips, AI Chips and ai chips                                  | AI chips=AI_CHIP; AI Chips=AI_CHIP; chips=CHIP
      Lithium-ion batteries and lithium ion battery packs; carbon fibre or carbon fiber | Lithium-ion batteries=LITHIUM_ION_BATTERY; lithium ion battery=LITHIUM_ION_BATTERY; carbon fibre=CARBON_FIBER; carbon fiber=CARBON_FIBER
      WHY IT MATTERS FOR THE SECTOR                                    |
      Applying IT, such as artificial intelligence, to transport      | IT=IT; artificial intelligence=AI
      SAIC Motor will use processors from startup Horizon Robotics for its cars | processors=CPU
      Robots are listed among the ten priority industries; robotics grew | Robots=ROBOT; robotics=ROBOT
      a bargaining chip in trade talks, and blue-chip stocks          |
      the most important partner, bodies and cloud cover             |
      新能源汽车和工业互联网、体外膜肺氧合                              | 新能源汽车=NEV; 工业互联网=INDUSTRIAL_INTERNET; 体外膜肺氧合=ECMO
      北京机器人有限公司发布了人工智能芯片                              | 人工智能芯片=AI_CHIP
      laboratory-wide automated test and analysis pipeline (TLA). The TLA runs all day. | laboratory-wide automated test and analysis pipeline=TLA; TLA=TLA; TLA=TLA
      high-precision real-time inspection system (POCT) and other products | high-precision real-time inspection system=POCT; POCT=POCT
      a quantum annealing processor (QAP) was built; the QAP is fast  | quantum annealing processor=-; QAP=-; QAP=-
      rules for state-owned enterprises (SOEs) apply; SOEs must comply | state-owned enterprises=term; SOEs=term; SOEs=term
      bottles made of polyethylene terephthalate (PET); PET is cheap  | polyethylene terephthalate=-; PET=-; PET=-
      the 14th Five-Year Plan (FYP) for robots                         | robots=ROBOT
      the Ministry of Industry and Information Technology (MIIT) said  |
      ultrasound endoscopes (超声内镜) and 5G (第五代移动通信)          | ultrasound endoscopes=ULTRASOUND_ENDOSCOPE; 超声内镜=ULTRASOUND_ENDOSCOPE; 5G=5G; 第五代移动通信=5G
      flexible perovskite modules (柔性钙钛矿组件) are new             | flexible perovskite modules=-; 柔性钙钛矿组件=-
      a "transportation superpower" (交通强国) by 2050                 | transportation superpower=term; 交通强国=term
      发展超声内镜（ultrasound endoscope）                               | 超声内镜=ULTRASOUND_ENDOSCOPE; ultrasound endoscope=ULTRASOUND_ENDOSCOPE
      proton therapy systems, industrial control systems and private 5G networks | proton therapy=PROTON_THERAPY; industrial control systems=INDUSTRIAL_CONTROL; 5G=5G
      建设工业互联网平台和质子治疗系统                                  | 工业互联网=INDUSTRIAL_INTERNET; 质子治疗=PROTON_THERAPY
      lines for through-silicon vias (TSVs) and high-bandwidth memory (HBM) | through-silicon vias=-; TSVs=-; high-bandwidth memory=-; HBM=-
      electrochemiluminescence (ECL) and polymethylpentene (PMP) fibre   | electrochemiluminescence=-; ECL=-; polymethylpentene=-; PMP=-
      digital PCR (dPCR) and the open instruction set architecture (ISA) | digital PCR=-; dPCR=-; instruction set architecture=-; ISA=-
      a power usage effectiveness (PUE) below 1.2 and research and development (R&D) | power usage effectiveness=term; PUE=term; research and development=term; R&D=term
      Lithium iron phosphate (LFP) cells and cellular vehicle-to-everything (C-V2X) radios | Lithium iron phosphate=LFP_BATTERY; LFP=LFP_BATTERY; cellular vehicle-to-everything=V2X; C-V2X=V2X
      magnetically controlled capsule endoscopes (磁控胶囊内镜) and capsule endoscopes (胶囊内镜) | magnetically controlled capsule endoscopes=-; 磁控胶囊内镜=-; capsule endoscopes=CAPSULE_ENDOSCOPE; 胶囊内镜=CAPSULE_ENDOSCOPE
      WHY IT MATTERS: AI SPENDING AND EVS                              | AI=AI; EVS=EV
      HOW CHINA LED THE WORLD                                          |
      micro-OLED screens, 5G-A and 5G-Advanced, but PET-CT and 5G-connected factories | micro-OLED=-; 5G-A=-; 5G-Advanced=-; PET-CT=PET_CT; 5G-connected factories=5G_FACTORY
      加快推进农业机械化和发展智能农机                                  | 智能农机=AGRI_MACHINERY
      its newest high-throughput sequencing line and Rare-earth permanent magnets | high-throughput sequencing=GENE_SEQUENCING; Rare-earth permanent magnets=RARE_EARTH_MAGNET
      vehicle-to-grid (V2G) charging and peer-to-peer (P2P) lending     | vehicle-to-grid=-; V2G=-; peer-to-peer=term; P2P=term
      the "Internet Plus" initiative and the low-altitude economy      |
      officials call seeds the "chip" of agriculture, but chips matter  | chips=CHIP
      """)
  void recognizes(String input, String expected) {
    assertEquals(expected(input, expected), found(EXTRACTOR.extract(input)));
  }

  private static List<String> links(String input) {
    List<String> links = new ArrayList<>();
    for (Link link : EXTRACTOR.extract(input).links()) {
      links.add(link.type() + " " + link.from().text() + " -> " + link.to().text());
    }
    return links.stream().sorted().toList();
  }

  /** Regression (technology-032, -033, -078): technology long forms without a technology head became TERMs. */
  @Test
  void aLongFormWithTechnicalWordsDefinesATechnology() {
    assertEquals(List.of("ABBREVIATION CPO -> co-packaged optics", "ABBREVIATION OTA -> over-the-air updates"),
        links("co-packaged optics (CPO) and over-the-air updates (OTA)"));
    Extraction extraction = EXTRACTOR.extract("co-packaged optics (CPO) and over-the-air updates (OTA)");
    assertEquals(4, extraction.entities(EntityType.TECHNOLOGY).size(), extraction.entities()::toString);
  }

  /** Regression (technology-042, -066): two dictionary names of one technology that do not spell each other. */
  @Test
  void twoNamesOfOneTechnologyAreLinkedThoughTheLettersDoNotAlign() {
    assertEquals(List.of("ABBREVIATION LFP -> Lithium iron phosphate"), links("Lithium iron phosphate (LFP) cells"));
  }

  /** Regression (technology-040, -068, -079): the generic head of a dictionary variant stayed in the span. */
  @Test
  void aGenericHeadStaysOutsideUnlessTheNameEndsInIt() {
    assertEquals(List.of("industrial internet@7=INDUSTRIAL_INTERNET", "battery management system@42=BMS"),
        found(EXTRACTOR.extract("Use an industrial internet platform and a battery management system.")));
  }

  /** Regression (technology-064): a gloss more specific than the dictionary term inside it took that term's key. */
  @Test
  void aMoreSpecificGlossIsANewTechnology() {
    assertEquals(List.of("TRANSLATION magnetically controlled capsule endoscopes -> 磁控胶囊内镜"),
        links("magnetically controlled capsule endoscopes (磁控胶囊内镜)"));
  }

  /** Regression (technology-071, -078): a technology acronym that is no English word was lost in a capitals heading. */
  @Test
  void anAcronymInACapitalsHeadingIsATechnologyUnlessItIsAWord() {
    assertEquals(List.of("AI@4=AI"), found(EXTRACTOR.extract("WHY AI MATTERS TO IT FIRMS")));
  }

  /** Regression (technology-037, -068): a prefix or a generation suffix names a new technology. */
  @Test
  void aCompoundOfAKnownNameIsANewTechnology() {
    assertEquals(List.of("micro-OLED@0=-", "5G-A@15=-"), found(EXTRACTOR.extract("micro-OLED and 5G-A")));
  }

  /** Regression (technology-056): 农业机械 inside 农业机械化 (mechanization) was taken for the machinery. */
  @Test
  void aChineseNameBeforeHuaIsAProcess() {
    assertEquals(List.of(), found(EXTRACTOR.extract("农业机械化")));
  }

  /** Regression (technology-050, -080): initiatives and economic concepts left the dictionary. */
  @Test
  void initiativesAndEconomicConceptsAreNoTechnologies() {
    assertEquals(List.of(), found(EXTRACTOR.extract("Internet Plus, 互联网+, the low-altitude economy, 低空经济")));
  }

  @Test
  void aDictionaryMentionCarriesItsEntry() {
    Entity ecmo = EXTRACTOR.extract("ECMO").entities().get(0);
    assertEquals(new TechnologyRef("ECMO", "extracorporeal membrane oxygenation", "体外膜肺氧合", "ECMO",
        TechnologySector.MEDICAL), ecmo.normalized());
  }

  @Test
  void definitionsAndGlossesAreLinked() {
    Extraction extraction = EXTRACTOR.extract(
        "including extracorporeal membrane oxygenation [ECMO] and ultrasound endoscopes (超声内镜)");
    List<String> links = new ArrayList<>();
    for (Link link : extraction.links()) {
      links.add(link.type() + " " + link.from().text() + " -> " + link.to().text());
    }
    assertEquals(List.of("ABBREVIATION ECMO -> extracorporeal membrane oxygenation",
        "TRANSLATION ultrasound endoscopes -> 超声内镜"), links.stream().sorted().toList());
  }

  @Test
  void aDefinedTermHasItsLongFormAsValue() {
    Extraction extraction = EXTRACTOR.extract("small and medium-sized enterprises (SMEs) grow; SMEs hire.");
    List<Entity> terms = extraction.entities(EntityType.TERM);
    assertEquals(3, terms.size(), terms::toString);
    assertEquals(new TermRef("small and medium-sized enterprises", null, null), terms.get(2).normalized());
    assertEquals(LinkType.ABBREVIATION, extraction.links().get(0).type());
  }
}
