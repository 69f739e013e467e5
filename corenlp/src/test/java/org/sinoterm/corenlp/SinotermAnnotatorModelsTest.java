package org.sinoterm.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The annotator after CoreNLP's statistical English annotators, which need the models jar: run with
 * {@code mvn -Pcorenlp-models -pl corenlp -am verify}.
 */
@Tag("corenlp-models")
class SinotermAnnotatorModelsTest {

  private static final String TEXT = "In Beijing on Tuesday the Ministry of Commerce (MOFCOM) and the National "
      + "Development and Reform Commission published a list of 150 measures. Li Qiang, the premier, praised it; "
      + "the General Administration of Customs (GAC) will enforce it from March 1, 2022.";

  private static Annotation annotate(String annotators) {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(PropertiesUtils.asProperties(
        "annotators", annotators,
        "customAnnotatorClass.sinoterm", SinotermAnnotator.class.getName()));
    Annotation document = new Annotation(TEXT);
    pipeline.annotate(document);
    return document;
  }

  private static String describe(CoreMap mention) {
    return mention.get(CoreAnnotations.TextAnnotation.class) + "/"
        + mention.get(CoreAnnotations.NamedEntityTagAnnotation.class) + "@"
        + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  @Test
  void coreNlpsMentionsSurviveTheMergeWithTheirCanonicalMentions() {
    Annotation without = annotate("tokenize,ssplit,pos,lemma,ner");
    Annotation with = annotate("tokenize,ssplit,pos,lemma,ner,sinoterm");

    List<CoreMap> before = without.get(CoreAnnotations.MentionsAnnotation.class);
    List<CoreMap> after = with.get(CoreAnnotations.MentionsAnnotation.class);
    List<String> coreNlps = new ArrayList<>();
    List<String> canonicalAfter = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      CoreMap mention = after.get(i);
      assertEquals(i, mention.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
      if (mention.get(SinotermAnnotations.EntityAnnotation.class) == null) {
        coreNlps.add(describe(mention));
        Integer canonical = mention.get(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
        canonicalAfter.add(canonical == null ? "-" : describe(after.get(canonical)));
      }
    }
    List<String> canonicalBefore = before.stream().map(m -> {
      Integer canonical = m.get(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
      return canonical == null ? "-" : describe(before.get(canonical));
    }).toList();
    assertEquals(before.stream().map(SinotermAnnotatorModelsTest::describe).toList(), coreNlps);
    assertEquals(canonicalBefore, canonicalAfter);

    List<String> all = after.stream().map(SinotermAnnotatorModelsTest::describe).toList();
    assertTrue(all.contains("Ministry of Commerce/AGENCY@26"), all::toString);
    assertTrue(all.contains("MOFCOM/AGENCY@48"), all::toString);
    assertTrue(all.contains("GAC/AGENCY@215"), all::toString);
    assertTrue(all.stream().anyMatch(m -> m.startsWith("Beijing/")), all::toString); // CoreNLP's, not ours
    CoreDocument document = new CoreDocument(with);
    assertEquals(all.size(), document.entityMentions().size());
  }
}
