package org.sinoterm.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.ExtractorBuilder;
import org.sinoterm.Sinoterm;

/**
 * Runs Sinoterm inside a Stanford CoreNLP pipeline. Register it once and name it in {@code annotators}:
 *
 * <pre>
 * annotators = tokenize,ssplit,pos,lemma,ner,sinoterm
 * customAnnotatorClass.sinoterm = org.sinoterm.corenlp.SinotermAnnotator
 * </pre>
 *
 * <p>For the document "The Ministry of Commerce (MOFCOM) and 科技部办公厅 signed." it adds, after CoreNLP's own
 * mentions, an {@code AGENCY} mention for "Ministry of Commerce" (characters 4–24, tokens 1–4, normalized tag
 * {@code key=MOFCOM;acronym=MOFCOM;en=Ministry of Commerce;zh=商务部;level=CONSTITUENT_DEPARTMENT}), one for "MOFCOM"
 * and one for "科技部办公厅", and puts the full {@link Entity} list and its links on the document.
 *
 * <p>What it writes:
 * <ul>
 *   <li>{@link SinotermAnnotations.EntitiesAnnotation} and {@link SinotermAnnotations.LinksAnnotation} on the
 *       document: the {@link Extraction} of the document's text, whose spans index that text;</li>
 *   <li>one mention map per entity, as CoreNLP's {@code entitymentions} annotator makes them: text, character
 *       offsets, the tokens it covers with their document token indices, {@code NamedEntityTagAnnotation} and
 *       {@code EntityTypeAnnotation} set to the entity type ({@code AGENCY}, {@code POLICY_TITLE}, …),
 *       {@code NormalizedNamedEntityTagAnnotation} set to the normalized value in one string, the confidence in
 *       {@code NamedEntityTagProbsAnnotation}, the sentence index, and the {@link Entity} itself under
 *       {@link SinotermAnnotations.EntityAnnotation};</li>
 *   <li>those maps under {@link SinotermAnnotations.EntityMentionsAnnotation} on the document and on each sentence,
 *       and (unless {@code sinoterm.mentions = separate}) also in CoreNLP's own {@code MentionsAnnotation}, merged
 *       with the mentions already there in character order, with CoreNLP's mention indices renumbered, so that
 *       {@code CoreDocument.entityMentions()}, the JSON and text outputters and every later annotator see them.</li>
 * </ul>
 *
 * <p>Sinoterm reads the whole document at once (acronyms defined in one sentence are recognized in the next), not
 * sentence by sentence. Its spans are exact even where CoreNLP's tokens are coarser (an English tokenizer keeps a run
 * of Han characters as one token): a mention lists every token it overlaps. An entity that overlaps no token (text
 * that {@code cleanxml} removed) stays in the entity list but gets no mention map. A {@code DocDateAnnotation} in
 * ISO form ({@code 2022-02-14}) is the document date that resolves dates without a year.
 *
 * <p>Properties, prefixed with the annotator's name: {@code sinoterm.types} (entity types, comma-separated; default
 * all), {@code sinoterm.dictionaries} (dictionary files, comma-separated), {@code sinoterm.mentions} ({@code merge},
 * the default, or {@code separate}). A bad value fails the pipeline's construction with a message naming the
 * property. The annotator is thread-safe: one extractor serves every document.
 *
 * @since 0.1.0
 */
public final class SinotermAnnotator implements Annotator {

  /** The name the annotator is registered under in the examples and tests. */
  public static final String NAME = "sinoterm";

  private static final Comparator<CoreMap> BY_CHARACTERS = Comparator
      .comparingInt((CoreMap m) -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class))
      .thenComparing(Comparator.comparingInt(
          (CoreMap m) -> m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)).reversed());

  private final Extractor extractor;
  private final boolean mergeMentions;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}.
   *
   * @param name the name the annotator is registered under; its properties start with {@code name + "."}
   * @param properties the pipeline's properties
   * @throws IllegalArgumentException if a property has a bad value (the message names it)
   * @throws org.sinoterm.DictionaryException if a dictionary file is malformed (the message names file and line)
   */
  public SinotermAnnotator(String name, Properties properties) {
    this(extractor(name, properties), mergeMentions(name, properties));
  }

  /**
   * An annotator that runs the given extractor and merges its mentions into CoreNLP's; for
   * {@code pipeline.addAnnotator(new SinotermAnnotator(extractor))}.
   */
  public SinotermAnnotator(Extractor extractor) {
    this(extractor, true);
  }

  private SinotermAnnotator(Extractor extractor, boolean mergeMentions) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.mergeMentions = mergeMentions;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    Extraction extraction = extractor.extract(text == null ? "" : text,
        documentDate(annotation.get(CoreAnnotations.DocDateAnnotation.class)));
    annotation.set(SinotermAnnotations.EntitiesAnnotation.class, extraction.entities());
    annotation.set(SinotermAnnotations.LinksAnnotation.class, extraction.links());

    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> ours = new ArrayList<>();
    for (Entity entity : extraction.entities()) {
      CoreMap mention = mention(entity, tokens == null ? List.of() : tokens, sentences);
      if (mention != null) {
        ours.add(mention);
      }
    }
    annotation.set(SinotermAnnotations.EntityMentionsAnnotation.class, ours);
    if (sentences != null) {
      List<List<CoreMap>> bySentence = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        bySentence.add(new ArrayList<>());
      }
      for (CoreMap mention : ours) {
        bySentence.get(mention.get(CoreAnnotations.SentenceIndexAnnotation.class)).add(mention);
      }
      for (int i = 0; i < sentences.size(); i++) {
        sentences.get(i).set(SinotermAnnotations.EntityMentionsAnnotation.class, bySentence.get(i));
      }
      if (mergeMentions) {
        mergeIntoSentences(annotation, sentences, bySentence);
      }
    } else if (mergeMentions) {
      List<CoreMap> existing = annotation.get(CoreAnnotations.MentionsAnnotation.class);
      List<CoreMap> all = new ArrayList<>(existing == null ? List.of() : existing);
      all.addAll(ours);
      all.sort(BY_CHARACTERS);
      annotation.set(CoreAnnotations.MentionsAnnotation.class, renumber(existing, all));
    }
  }

  /** The mention map of one entity, or null if it overlaps no token. */
  private static CoreMap mention(Entity entity, List<CoreLabel> tokens, List<CoreMap> sentences) {
    int first = firstTokenEndingAfter(tokens, entity.start());
    int end = first;
    while (end < tokens.size() && tokens.get(end).beginPosition() < entity.end()) {
      end++;
    }
    if (end == first) {
      return null;
    }
    CoreMap mention = new ArrayCoreMap();
    mention.set(CoreAnnotations.TextAnnotation.class, entity.text());
    mention.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, entity.start());
    mention.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, entity.end());
    mention.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(first, end)));
    mention.set(CoreAnnotations.TokenBeginAnnotation.class, first);
    mention.set(CoreAnnotations.TokenEndAnnotation.class, end);
    String tag = entity.type().name();
    mention.set(CoreAnnotations.NamedEntityTagAnnotation.class, tag);
    mention.set(CoreAnnotations.EntityTypeAnnotation.class, tag);
    mention.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, NormalizedTag.of(entity.normalized()));
    Map<String, Double> confidence = new HashMap<>();
    confidence.put(tag, entity.confidence());
    mention.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, confidence);
    mention.set(SinotermAnnotations.EntityAnnotation.class, entity);
    if (sentences != null && !sentences.isEmpty()) {
      mention.set(CoreAnnotations.SentenceIndexAnnotation.class,
          sentenceOf(sentences, tokens.get(first).beginPosition()));
    }
    return mention;
  }

  /** The index of the first token whose end lies after {@code offset} (tokens are in text order). */
  private static int firstTokenEndingAfter(List<CoreLabel> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).endPosition() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the last sentence that begins at or before {@code offset}. */
  private static int sentenceOf(List<CoreMap> sentences, int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /**
   * Adds our mentions to each sentence's {@code MentionsAnnotation} in character order and rebuilds the document's
   * list as the sentences' lists in order, which is how {@code CoreDocument} reads them.
   */
  private static void mergeIntoSentences(Annotation annotation, List<CoreMap> sentences,
      List<List<CoreMap>> ours) {
    List<CoreMap> all = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      List<CoreMap> existing = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      List<CoreMap> merged = new ArrayList<>(existing == null ? List.of() : existing);
      merged.addAll(ours.get(i));
      merged.sort(BY_CHARACTERS);
      sentence.set(CoreAnnotations.MentionsAnnotation.class, merged);
      all.addAll(merged);
    }
    annotation.set(CoreAnnotations.MentionsAnnotation.class,
        renumber(annotation.get(CoreAnnotations.MentionsAnnotation.class), all));
  }

  /**
   * Gives every mention of {@code all} its index in that list, and moves the indices that CoreNLP's mentions (those
   * of {@code before}, the document's list before the merge) and their tokens carry to the new positions.
   */
  private static List<CoreMap> renumber(List<CoreMap> before, List<CoreMap> all) {
    Map<CoreMap, Integer> oldIndex = new IdentityHashMap<>();
    if (before != null) {
      for (CoreMap mention : before) {
        Integer index = mention.get(CoreAnnotations.EntityMentionIndexAnnotation.class);
        oldIndex.put(mention, index != null ? index : oldIndex.size());
      }
    }
    Map<Integer, Integer> moved = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Integer old = oldIndex.get(all.get(i));
      if (old != null) {
        moved.put(old, i);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      CoreMap mention = all.get(i);
      mention.set(CoreAnnotations.EntityMentionIndexAnnotation.class, i);
      if (oldIndex.containsKey(mention)) {
        Integer canonical = mention.get(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
        if (canonical != null && moved.containsKey(canonical)) {
          mention.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, moved.get(canonical));
        }
        for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class)) {
          token.set(CoreAnnotations.EntityMentionIndexAnnotation.class, i);
        }
      }
    }
    return all;
  }

  private static LocalDate documentDate(String docDate) {
    if (docDate == null || docDate.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(docDate.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // CoreNLP accepts any string here; one that is not an ISO date is no document date to us
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature of CoreNLP's Annotator
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature of CoreNLP's Annotator
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SinotermAnnotations.EntitiesAnnotation.class, SinotermAnnotations.LinksAnnotation.class,
        SinotermAnnotations.EntityMentionsAnnotation.class, SinotermAnnotations.EntityAnnotation.class);
  }

  private static Extractor extractor(String name, Properties properties) {
    String types = properties.getProperty(name + ".types", "").strip();
    String dictionaries = properties.getProperty(name + ".dictionaries", "").strip();
    if (types.isEmpty() && dictionaries.isEmpty()) {
      return Sinoterm.extractor();
    }
    ExtractorBuilder builder = Sinoterm.builder();
    if (!types.isEmpty()) {
      EnumSet<EntityType> chosen = EnumSet.noneOf(EntityType.class);
      for (String type : items(types)) {
        try {
          chosen.add(EntityType.valueOf(type.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ".types: unknown entity type '" + type + "' (known: "
              + Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")", e);
        }
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException(name + ".types: no entity type in '" + types + "'");
      }
      builder.types(chosen);
    }
    for (String file : items(dictionaries)) {
      try {
        builder.addDictionary(Path.of(file));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ".dictionaries: " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static boolean mergeMentions(String name, Properties properties) {
    String mode = properties.getProperty(name + ".mentions", "merge").strip();
    return switch (mode) {
      case "merge" -> true;
      case "separate" -> false;
      default -> throw new IllegalArgumentException(name + ".mentions: expected 'merge' or 'separate', not '"
          + mode + "'");
    };
  }

  private static List<String> items(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
