package org.sinoterm.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.Extraction;
import org.sinoterm.LinkType;
import org.sinoterm.Link;
import org.sinoterm.Sinoterm;

/**
 * The annotator in real CoreNLP pipelines that need only CoreNLP's code jar: {@code tokenize,ssplit,sinoterm}, and
 * {@code regexner} (with a mapping file of our own) plus {@code entitymentions} before it, to check the merge with
 * mentions CoreNLP made.
 */
class SinotermAnnotatorTest {

  /** Two sentences: an English name with its acronym, a Chinese office, a collective issuer inside a Han run. */
  private static final String BRIEF = "The Ministry of Commerce (MOFCOM) and 科技部办公厅 signed the notice. "
      + "Later, 十部门关于印发 and the NDRC followed.";

  private static final StanfordCoreNLP PLAIN = pipeline("tokenize,ssplit,sinoterm", new Properties());

  private static StanfordCoreNLP pipeline(String annotators, Properties extra) {
    Properties properties = new Properties();
    properties.setProperty("annotators", annotators);
    properties.setProperty("customAnnotatorClass.sinoterm", SinotermAnnotator.class.getName());
    properties.putAll(extra);
    return new StanfordCoreNLP(properties);
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    return document;
  }

  /** Each mention of the document as CoreNLP's JSON outputter would show its main fields. */
  private static List<String> describe(List<CoreMap> mentions) {
    return mentions.stream().map(m -> String.join(" | ",
        m.get(CoreAnnotations.TextAnnotation.class),
        m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
        m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + "-"
            + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
        m.get(CoreAnnotations.TokenBeginAnnotation.class) + "-" + m.get(CoreAnnotations.TokenEndAnnotation.class),
        "s" + m.get(CoreAnnotations.SentenceIndexAnnotation.class),
        String.valueOf(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # mention text       | tag    | chars | doc tokens | sentence | normalized tag
      Ministry of Commerce | AGENCY | 4-24  | 1-4        | s0       | key=MOFCOM;acronym=MOFCOM;en=Ministry of Commerce;zh=商务部;level=CONSTITUENT_DEPARTMENT
      MOFCOM               | AGENCY | 26-32 | 5-6        | s0       | key=MOFCOM;acronym=MOFCOM;en=Ministry of Commerce;zh=商务部;level=CONSTITUENT_DEPARTMENT
      科技部办公厅          | AGENCY | 38-44 | 8-9        | s0       | key=MOST;acronym=MOST;en=Ministry of Science and Technology;zh=科学技术部;level=CONSTITUENT_DEPARTMENT;office={en=General Office;zh=办公厅}
      十部门                | AGENCY | 71-74 | 15-16      | s1       | count=10
      NDRC                 | AGENCY | 87-91 | 18-19      | s1       | key=NDRC;acronym=NDRC;en=National Development and Reform Commission;zh=国家发展和改革委员会;level=CONSTITUENT_DEPARTMENT
      """)
  void everyEntityIsAMentionWithTokensSentenceAndNormalizedTag(String text, String tag, String chars,
      String tokens, String sentence, String normalized) {
    String expected = String.join(" | ", text, tag, chars, tokens, sentence, normalized);
    Annotation document = annotate(PLAIN, BRIEF);
    List<String> mentions = describe(document.get(CoreAnnotations.MentionsAnnotation.class));
    assertTrue(mentions.contains(expected), () -> "no mention " + expected + " in\n" + String.join("\n", mentions));
  }

  @Test
  void theDocumentHoldsTheSameExtractionAsTheLibraryAndAMentionPerEntity() {
    Annotation document = annotate(PLAIN, BRIEF);
    Extraction direct = Sinoterm.extractor().extract(BRIEF);
    List<Entity> entities = document.get(SinotermAnnotations.EntitiesAnnotation.class);
    assertEquals(direct.entities(), entities);
    assertEquals(direct.links(), document.get(SinotermAnnotations.LinksAnnotation.class));
    List<Link> abbreviations = document.get(SinotermAnnotations.LinksAnnotation.class).stream()
        .filter(l -> l.type() == LinkType.ABBREVIATION).toList();
    assertEquals(1, abbreviations.size());
    assertEquals("MOFCOM", abbreviations.get(0).from().text());

    List<CoreMap> ours = document.get(SinotermAnnotations.EntityMentionsAnnotation.class);
    assertEquals(entities, ours.stream().map(m -> m.get(SinotermAnnotations.EntityAnnotation.class)).toList());
    for (CoreMap mention : ours) {
      Entity entity = mention.get(SinotermAnnotations.EntityAnnotation.class);
      assertEquals(BRIEF.substring(entity.start(), entity.end()), mention.get(CoreAnnotations.TextAnnotation.class));
      // the tokens of a mention are the document's tokens that overlap the entity, no more
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> all = document.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(all.subList(mention.get(CoreAnnotations.TokenBeginAnnotation.class),
          mention.get(CoreAnnotations.TokenEndAnnotation.class)), tokens);
      assertTrue(tokens.get(0).beginPosition() <= entity.start() && entity.start() < tokens.get(0).endPosition());
      CoreLabel last = tokens.get(tokens.size() - 1);
      assertTrue(last.beginPosition() < entity.end() && entity.end() <= last.endPosition());
      assertEquals(entity.confidence(), mention.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class)
          .get("AGENCY"));
    }
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(List.of("Ministry of Commerce", "MOFCOM", "科技部办公厅"), texts(sentences.get(0)
        .get(SinotermAnnotations.EntityMentionsAnnotation.class)));
    assertEquals(List.of("十部门", "NDRC"), texts(sentences.get(1)
        .get(SinotermAnnotations.EntityMentionsAnnotation.class)));
  }

  private static List<String> texts(List<CoreMap> mentions) {
    return mentions.stream().map(m -> m.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  @Test
  void coreDocumentAndTheJsonOutputterShowTheEntities() throws IOException {
    // The first sentence has no entity: CoreDocument reads the first sentence's mention list, which must exist.
    String text = "Nothing to see here. The NDRC approved it.";
    CoreDocument document = new CoreDocument(text);
    PLAIN.annotate(document);
    List<CoreEntityMention> mentions = document.entityMentions();
    assertEquals(1, mentions.size());
    assertEquals("NDRC", mentions.get(0).text());
    assertEquals("AGENCY", mentions.get(0).entityType());
    assertEquals(1, mentions.get(0).sentence().coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class));

    String json = new JSONOutputter().print(document.annotation());
    assertTrue(json.contains("\"ner\": \"AGENCY\""), json);
    assertTrue(json.contains("\"normalizedNER\": \"key=NDRC;acronym=NDRC;"), json);
  }

  @Test
  void mentionsMergeWithCoreNlpsOwnInCharacterOrderKeepingTheirIndices() throws URISyntaxException {
    Properties properties = new Properties();
    properties.setProperty("regexner.mapping", Path.of(Objects.requireNonNull(
        getClass().getResource("places.regexner.tsv")).toURI()).toString());
    StanfordCoreNLP pipeline = pipeline("tokenize,ssplit,regexner,entitymentions,sinoterm", properties);
    Annotation document = annotate(pipeline, "The NDRC met in Hefei, Anhui Province. Hefei hosts MIIT staff.");

    List<CoreMap> all = document.get(CoreAnnotations.MentionsAnnotation.class);
    assertEquals(List.of("NDRC AGENCY", "Hefei CITY", "Anhui Province STATE_OR_PROVINCE", "Hefei CITY",
        "MIIT AGENCY"), all.stream().map(m -> m.get(CoreAnnotations.TextAnnotation.class) + " "
            + m.get(CoreAnnotations.NamedEntityTagAnnotation.class)).toList());
    for (int i = 0; i < all.size(); i++) {
      CoreMap mention = all.get(i);
      assertEquals(i, mention.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
      boolean ours = mention.get(SinotermAnnotations.EntityAnnotation.class) != null;
      if (!ours) {
        // CoreNLP's mentions were 0..2 before the merge; their indices, canonical indices and tokens moved with them
        assertEquals(i, mention.get(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class));
        for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class)) {
          assertEquals(i, token.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
        }
      }
    }
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(List.of("NDRC", "Hefei", "Anhui Province"),
        texts(sentences.get(0).get(CoreAnnotations.MentionsAnnotation.class)));
    assertEquals(List.of("Hefei", "MIIT"), texts(sentences.get(1).get(CoreAnnotations.MentionsAnnotation.class)));
    CoreDocument wrapped = new CoreDocument(document);
    assertEquals(texts(all), wrapped.entityMentions().stream().map(CoreEntityMention::text).toList());
  }

  @Test
  void separateModeLeavesCoreNlpsMentionsAlone() {
    Properties properties = new Properties();
    properties.setProperty("sinoterm.mentions", "separate");
    Annotation document = annotate(pipeline("tokenize,ssplit,sinoterm", properties), BRIEF);
    assertNull(document.get(CoreAnnotations.MentionsAnnotation.class));
    assertEquals(5, document.get(SinotermAnnotations.EntityMentionsAnnotation.class).size());
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      assertNull(sentence.get(CoreAnnotations.MentionsAnnotation.class));
    }
  }

  @Test
  void withoutSentencesTheDocumentGetsTheMentions() {
    // CoreNLP 4.5's tokenize also splits sentences; a document from another source may have tokens only.
    Annotation document = annotate(new StanfordCoreNLP(PropertiesUtils.asProperties("annotators", "tokenize")), BRIEF);
    document.remove(CoreAnnotations.SentencesAnnotation.class);
    new SinotermAnnotator(Sinoterm.extractor()).annotate(document);
    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    assertEquals(List.of("Ministry of Commerce", "MOFCOM", "科技部办公厅", "十部门", "NDRC"), texts(mentions));
    assertEquals(List.of(0, 1, 2, 3, 4), mentions.stream()
        .map(m -> m.get(CoreAnnotations.EntityMentionIndexAnnotation.class)).toList());
    assertNull(mentions.get(0).get(CoreAnnotations.SentenceIndexAnnotation.class));
  }

  @Test
  void aDictionaryFromThePropertiesIsUsed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bodies.tsv");
    Files.writeString(file, """
        #format\tagency/1
        #version\t2026.12
        #source\twritten for this test
        #license\tCC0-1.0
        key\tacronyms\ten\tzh\tzh_short\tlevel
        HF_SCIENCE\t\tHefei Municipal Science and Technology Bureau\t合肥市科学技术局\t合肥市科技局\tLOCAL
        """, StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.setProperty("sinoterm.dictionaries", file.toString());
    properties.setProperty("sinoterm.types", "agency");
    Annotation document = annotate(pipeline("tokenize,ssplit,sinoterm", properties), "合肥市科技局发布了通知。");
    List<String> tags = document.get(CoreAnnotations.MentionsAnnotation.class).stream()
        .map(m -> m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).collect(Collectors.toList());
    assertEquals(1, tags.size(), tags::toString);
    assertTrue(tags.get(0).startsWith("key=HF_SCIENCE;en=Hefei Municipal Science and Technology Bureau;"), tags::toString);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      sinoterm.types        | PLANET        | sinoterm.types: unknown entity type 'PLANET'
      sinoterm.types        | ' , '         | sinoterm.types: no entity type
      sinoterm.mentions     | both          | sinoterm.mentions: expected 'merge' or 'separate', not 'both'
      sinoterm.dictionaries | /no/such.tsv  | sinoterm.dictionaries: addDictionary: not a file: /no/such.tsv
      """)
  void aBadPropertyFailsThePipelineNamingIt(String property, String value, String message) {
    Properties properties = new Properties();
    properties.setProperty(property, value);
    Throwable thrown = assertThrows(RuntimeException.class, () -> pipeline("tokenize,ssplit,sinoterm", properties));
    Throwable cause = thrown;
    while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
      cause = cause.getCause(); // CoreNLP wraps what a reflectively built annotator throws
    }
    assertTrue(cause.getMessage().startsWith(message), cause::getMessage);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      ''                        | 2022-02-14
      '   \t  '                 | not a date
      '((((((MIIT'              | 2022-13-45
      'MOST IMPORTANT. 工信部'  | NULL
      """)
  void anyTextAndAnyDocumentDateGiveMentionsOrNone(String text, String docDate) {
    Annotation document = new Annotation(text);
    if (docDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    PLAIN.annotate(document);
    List<Entity> entities = document.get(SinotermAnnotations.EntitiesAnnotation.class);
    assertNotNull(entities);
    assertEquals(entities.size(), document.get(SinotermAnnotations.EntityMentionsAnnotation.class).size());
  }
}
