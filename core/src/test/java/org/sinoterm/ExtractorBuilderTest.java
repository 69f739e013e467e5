package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorBuilderTest {

  private static final String HEADERS = "#format\tagency/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n";

  @TempDir
  Path dir;

  private Path dictionary(String content) throws IOException {
    Path file = Files.createTempFile(dir, "agencies", ".tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theDefaultExtractorIsSharedAndFindsEveryType() {
    assertSame(Sinoterm.extractor(), Sinoterm.extractor());
    assertEquals(Set.of(EntityType.values()), Sinoterm.extractor().types());
  }

  @Test
  void settingsAreCheckedWhenGiven() {
    ExtractorBuilder builder = Sinoterm.builder();
    assertEquals("types: at least one entity type is needed",
        assertThrows(IllegalArgumentException.class, () -> builder.types(List.of())).getMessage());
    assertThrows(NullPointerException.class, () -> builder.types((EntityType) null));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> builder.addDictionary(dir.resolve("missing.tsv")));
    assertTrue(missing.getMessage().startsWith("addDictionary: not a file: "), missing.getMessage());
  }

  @Test
  void aUserDictionaryAddsBodiesAndReplacesBundledOnes() throws IOException {
    Path file = dictionary(HEADERS + "key\tacronyms\ten\tzh\tlevel\n"
        + "HFGZ\tHFGZ\tHefei High-tech Zone Administrative Committee\t合肥高新区管委会\tLOCAL\n"
        + "MIIT\tMIIT\tMinistry of Industry and IT\t工业和信息化部\tCONSTITUENT_DEPARTMENT\n");
    Extractor extractor = Sinoterm.builder().addDictionary(file).build();
    List<Entity> entities = extractor.extract("HFGZ and MIIT met at 合肥高新区管委会").entities();
    assertEquals(List.of("HFGZ", "MIIT", "合肥高新区管委会"), entities.stream().map(Entity::text).toList());
    assertEquals("Ministry of Industry and IT", entities.get(1).normalized(AgencyRef.class).en());
  }

  @Test
  void dictionaryErrorsNameTheFileAndLine() throws IOException {
    assertBuildFails(HEADERS + "key\ten\nA\tAlpha\nA\tAgain\n", ":7: key A is already defined at line 6");
    assertBuildFails(HEADERS + "key\ten\tsuccessor\tstatus\nA\tAlpha\tNOPE\tformer\n",
        ":6: successor NOPE is not a known key");
    assertBuildFails(HEADERS + "key\ten\tlevel\nA\tAlpha\tGALACTIC\n", ":6: unknown level 'GALACTIC'");
    assertBuildFails(HEADERS + "key\ten\tzh\nA\tAlpha\tAlpha\n", ":6: Chinese name 'Alpha' has no Han characters");
    assertBuildFails(HEADERS + "key\tnickname\nA\tAlpha\n", ":5: unknown column 'nickname'");
    assertBuildFails(HEADERS + "key\ten\tsuccessor\nA\tAlpha\tMIIT\n",
        ":6: only a former body has a successor; set status to 'former'");
    assertBuildFails(HEADERS.replace("agency/1", "planet/1") + "key\nA\n", ":1: unknown #format 'planet/1'");
    assertBuildFails(HEADERS + "key\ten\n\tAlpha\n", ":6: key '' must be letters, digits");
  }

  private void assertBuildFails(String content, String expected) throws IOException {
    Path file = dictionary(content);
    ExtractorBuilder builder = Sinoterm.builder().addDictionary(file);
    DictionaryException e = assertThrows(DictionaryException.class, builder::build);
    assertTrue(e.getMessage().startsWith(file + expected), () -> "expected '" + file + expected + "…' but was '"
        + e.getMessage() + "'");
    assertEquals(file.toString(), e.source());
  }

  @Test
  void aUnitDictionaryAddsCurrenciesAndUnits() throws IOException {
    Path file = dictionary("#format\tunit/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n"
        + "surface\tunit\tkind\tposition\tsource\nMOP\tMOP\tcurrency\tprefix|suffix\tISO4217\n"
        + "澳门元\tMOP\tcurrency\tsuffix\tISO4217\n");
    Extractor extractor = Sinoterm.builder().types(EntityType.QUANTITY).addDictionary(file).build();
    List<Entity> entities = extractor.extract("a fund of MOP 5 billion, 投资50亿澳门元").entities();
    assertEquals(List.of("MOP 5 billion", "50亿澳门元"), entities.stream().map(Entity::text).toList());
    assertEquals("MOP", entities.get(1).normalized(Quantity.class).unit());
  }

  @Test
  void unitDictionaryErrorsNameTheFileAndLine() throws IOException {
    String headers = "#format\tunit/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n";
    assertBuildFails(headers + "surface\tunit\tkind\tposition\nx\tX\tspeed\tsuffix\n", ":6: unknown kind 'speed'");
    assertBuildFails(headers + "surface\tunit\tkind\n", ":5: missing column 'position'");
  }

  @Test
  void extractRejectsNullButNoText() {
    assertThrows(NullPointerException.class, () -> Sinoterm.extractor().extract(null));
  }

  @Test
  void aUserTechnologyDictionaryAddsTechnologies() throws IOException {
    Path file = dictionary(HEADERS.replace("agency/1", "technology/1") + "key\ten\tacronyms\tzh\tsector\n"
        + "QAP\tquantum annealing processor\tQAP\t量子退火处理器\tICT\n");
    Extractor extractor = Sinoterm.builder().types(EntityType.TECHNOLOGY).addDictionary(file).build();
    List<Entity> entities = extractor.extract("Two quantum annealing processors, a QAP and 量子退火处理器").entities();
    assertEquals(List.of("quantum annealing processors", "QAP", "量子退火处理器"),
        entities.stream().map(Entity::text).toList());
    assertEquals(new TechnologyRef("QAP", "quantum annealing processor", "量子退火处理器", "QAP",
        TechnologySector.ICT), entities.get(1).normalized());
  }

  @Test
  void technologyDictionaryErrorsNameTheFileAndLine() throws IOException {
    String headers = HEADERS.replace("agency/1", "technology/1");
    assertBuildFails(headers + "key\ten\tsector\nA\talpha\tGALACTIC\n", ":6: unknown sector 'GALACTIC'");
    assertBuildFails(headers + "key\ten\tzh\nA\talpha\t锂\n", ":6: Chinese name '锂' is one character");
    assertBuildFails(headers + "key\tzh\nA\t锂电池\n", ":5: missing column 'en'");
    assertBuildFails(headers + "key\ten\nA\talpha\nA\tbeta\n", ":7: key A is already defined at line 6");
  }

  @Test
  void termDiscoveryNeedsTheModelsModule() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Sinoterm.builder().termDiscovery(true).build());
    assertTrue(missing.getMessage().contains("sinoterm-models"), missing.getMessage());
    IllegalStateException wrongTypes = assertThrows(IllegalStateException.class,
        () -> Sinoterm.builder().types(EntityType.AGENCY).termDiscovery(true).build());
    assertTrue(wrongTypes.getMessage().startsWith("termDiscovery(true): term discovery reports TERM and TECHNOLOGY"),
        wrongTypes.getMessage());
  }
}
