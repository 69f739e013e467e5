package org.sinoterm.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.sinoterm.Entity;
import org.sinoterm.Link;

/**
 * The CoreNLP annotation keys that {@link SinotermAnnotator} fills.
 *
 * <pre>{@code
 * List<Entity> entities = document.get(SinotermAnnotations.EntitiesAnnotation.class);     // the full entities
 * for (CoreMap mention : sentence.get(SinotermAnnotations.EntityMentionsAnnotation.class)) {
 *   Entity entity = mention.get(SinotermAnnotations.EntityAnnotation.class);             // AGENCY "MIIT" …
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SinotermAnnotations {

  private SinotermAnnotations() {
  }

  /** On the document: every entity Sinoterm found, sorted by span, with its normalized value. */
  public static final class EntitiesAnnotation implements CoreAnnotation<List<Entity>> {
    @Override
    public Class<List<Entity>> getType() {
      return erased(List.class);
    }
  }

  /** On the document: the links between those entities (TRANSLATION, ABBREVIATION, ISSUED_BY). */
  public static final class LinksAnnotation implements CoreAnnotation<List<Link>> {
    @Override
    public Class<List<Link>> getType() {
      return erased(List.class);
    }
  }

  /**
   * On the document and on each sentence: Sinoterm's entity mentions only, in span order, as CoreNLP-style
   * mention maps (the same maps that are added to {@code CoreAnnotations.MentionsAnnotation}).
   */
  public static final class EntityMentionsAnnotation implements CoreAnnotation<List<CoreMap>> {
    @Override
    public Class<List<CoreMap>> getType() {
      return erased(List.class);
    }
  }

  /** On a mention map made by Sinoterm: the entity it stands for. */
  public static final class EntityAnnotation implements CoreAnnotation<Entity> {
    @Override
    public Class<Entity> getType() {
      return Entity.class;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> erased(Class<?> type) {
    return (Class<T>) type;
  }
}
