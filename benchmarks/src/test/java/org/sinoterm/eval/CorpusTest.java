package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinoterm.Diagnostic;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.Sinoterm;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;

/** The bundled corpus: compiled from its markup, consistent with the dictionary, and scored. */
class CorpusTest {

  /** Surefire runs tests in the module directory. */
  private static final Path MARKUP = Path.of("corpus");

  @Test
  void compiledCorpusMatchesItsMarkup() throws IOException {
    String expected = Corpus.toJsonLines(Corpus.compile(MARKUP));
    String bundled;
    try (InputStream in = Corpus.class.getResourceAsStream(Corpus.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, bundled, "corpus.jsonl is out of date: run the compile command in "
        + "benchmarks/corpus/GUIDELINES.md");
  }

  @Test
  void everyAgencyKeyIsADictionaryKey() {
    TsvFile agencies = BundledDictionaries.agencies();
    Set<String> keys = new HashSet<>();
    agencies.rows().forEach(row -> keys.add(row.get(agencies.columnIndex("key"))));
    for (Passage passage : Corpus.bundled()) {
      for (Passage.Gold gold : passage.entities()) {
        String key = gold.normalized().get("key");
        assertTrue(gold.type() != EntityType.AGENCY || key == null || keys.contains(key),
            () -> passage.id() + ": '" + gold.text() + "' has key " + key + ", which agencies.tsv does not define");
      }
    }
  }

  @Test
  void everyTechnologyKeyIsADictionaryKey() {
    TsvFile technologies = BundledDictionaries.technologies();
    Set<String> keys = new HashSet<>();
    technologies.rows().forEach(row -> keys.add(row.get(technologies.columnIndex("key"))));
    for (Passage passage : Corpus.bundled()) {
      for (Passage.Gold gold : passage.entities()) {
        String key = gold.normalized().get("key");
        assertTrue(gold.type() != EntityType.TECHNOLOGY || key == null || keys.contains(key),
            () -> passage.id() + ": '" + gold.text() + "' has key " + key + ", which technologies.tsv does not define");
      }
    }
  }

  /** The issue's measure: 60 passages more than the first 20, 150 mentions, a quarter not in the dictionary. */
  @Test
  void theTechnologyPassagesAreLargeEnough() {
    List<Passage> technology = Corpus.bundled().stream().filter(p -> p.id().startsWith("technology-")).toList();
    List<Passage.Gold> mentions = technology.stream().flatMap(p -> p.entities().stream())
        .filter(g -> g.type() == EntityType.TECHNOLOGY).toList();
    long unlisted = mentions.stream().filter(g -> g.normalized().get("key") == null).count();
    long definitions = technology.stream().flatMap(p -> p.links().stream())
        .filter(l -> l.type() == LinkType.ABBREVIATION || l.type() == LinkType.TRANSLATION).count();
    assertTrue(technology.size() >= 80, "technology passages: " + technology.size());
    assertTrue(mentions.size() >= 500, "technology mentions: " + mentions.size());
    assertTrue(unlisted * 4 >= mentions.size(), "not in the dictionary: " + unlisted + " of " + mentions.size());
    assertTrue(definitions >= 80, "definitions in place: " + definitions);
  }

  /** Floors just under the measured technology, term and definition scores (README, Accuracy), with discovery on. */
  @Test
  void technologiesTermsAndDefinitionsDoNotRegress() {
    Evaluation evaluation = Evaluation.run(Sinoterm.builder().termDiscovery(true).build(), Corpus.bundled());
    Evaluation.Counts technologies = evaluation.entities().get(EntityType.TECHNOLOGY);
    assertTrue(technologies.f1() >= 0.91, () -> evaluation.table() + evaluation.findingsReport());
    Evaluation.Counts terms = evaluation.entities().get(EntityType.TERM);
    assertTrue(terms.f1() >= 0.77 && terms.precision() >= 0.82, () -> evaluation.table());
    Evaluation.Counts defined = evaluation.definitions().get(EntityType.TECHNOLOGY);
    assertTrue(defined.precision() >= 0.97 && defined.recall() >= 0.90, evaluation::table);
    Evaluation.Counts abbreviations = evaluation.links().get(LinkType.ABBREVIATION);
    assertTrue(abbreviations.precision() >= 0.97 && abbreviations.recall() >= 0.90, evaluation::table);
    Map<EntityType, Evaluation.Counts> translations = evaluation.linksByEntityType().get(LinkType.TRANSLATION);
    assertTrue(translations.get(EntityType.TECHNOLOGY).f1() >= 0.85, evaluation::table);
  }

  @Test
  void theCorpusIsLargeEnough() {
    List<Passage> passages = Corpus.bundled();
    long agencies = passages.stream().flatMap(p -> p.entities().stream())
        .filter(g -> g.type() == EntityType.AGENCY).count();
    assertTrue(passages.size() >= 40, "passages: " + passages.size());
    assertTrue(agencies >= 300, "agency mentions: " + agencies);
  }

  /**
   * Floors just under the measured scores, so that a change that breaks agency recognition fails the build. The
   * measured numbers are in the README (Accuracy); raise the floors when a change raises the scores.
   */
  @Test
  void agencyRecognitionDoesNotRegress() {
    Evaluation evaluation = Evaluation.run(Sinoterm.extractor(), Corpus.bundled());
    Evaluation.Counts agencies = evaluation.entities().get(EntityType.AGENCY);
    assertTrue(agencies.f1() >= 0.993, () -> evaluation.table() + evaluation.findingsReport());
    assertTrue(agencies.overlapF1() >= 0.993, () -> evaluation.table() + evaluation.findingsReport());
    assertTrue(agencies.normalizationAccuracy() >= 0.995, () -> evaluation.table() + evaluation.findingsReport());
    Evaluation.Counts abbreviations = evaluation.definitions().get(EntityType.AGENCY); // bodies' definitions
    assertTrue(abbreviations.f1() >= 0.95, () -> evaluation.table() + evaluation.findingsReport());
    Evaluation.Counts translations = evaluation.links().get(LinkType.TRANSLATION);
    assertTrue(translations.f1() >= 0.95, () -> evaluation.table() + evaluation.findingsReport());
  }

  @Test
  void thePolicyPassagesAreLargeEnough() {
    List<Passage> policy = Corpus.bundled().stream().filter(p -> p.id().startsWith("policy-")).toList();
    long titles = policy.stream().flatMap(p -> p.entities().stream())
        .filter(g -> g.type() == EntityType.POLICY_TITLE).count();
    assertTrue(policy.size() >= 60, "policy passages: " + policy.size());
    assertTrue(titles >= 150, "policy titles: " + titles);
  }

  /** Floors just under the measured policy scores (README, Accuracy), as for bodies above. */
  @Test
  void policyTitlesDoNotRegress() {
    Evaluation evaluation = Evaluation.run(Sinoterm.builder().trackDiagnostics(100).build(), Corpus.bundled());
    Evaluation.Counts titles = evaluation.entities().get(EntityType.POLICY_TITLE);
    assertTrue(titles.f1() >= 0.98, () -> evaluation.table() + evaluation.findingsReport());
    assertTrue(titles.normalizationAccuracy() >= 0.98, () -> evaluation.table() + evaluation.findingsReport());
    Map<EntityType, Evaluation.Counts> translations = evaluation.linksByEntityType().get(LinkType.TRANSLATION);
    assertTrue(translations.get(EntityType.POLICY_TITLE).f1() >= 0.98, evaluation::table);
    assertTrue(evaluation.links().get(LinkType.ISSUED_BY).f1() >= 0.98, evaluation::table);
    assertTrue(evaluation.diagnostics().get(Diagnostic.ISSUER_COUNT_MISMATCH).f1() >= 0.99,
        evaluation::table);
  }
}
