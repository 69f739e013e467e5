package org.sinoterm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sinoterm.dict.SurfaceScanner;
import org.sinoterm.recognize.Document;
import org.sinoterm.recognize.Mention;
import org.sinoterm.recognize.Mentions;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.Characters;
import org.sinoterm.text.NormalizedText;
import org.sinoterm.text.TextNormalizer;

/**
 * Normalizes the text, runs the recognizers in order (their dictionaries read together in one pass), keeps for each
 * type a set of mentions that do not overlap (the longest wins), and maps everything back to the caller's offsets.
 */
final class DefaultExtractor implements Extractor {

  private static final int TYPE_COUNT = EntityType.values().length;

  private final TextNormalizer normalizer;
  private final List<Recognizer> recognizers;
  private final SurfaceScanner dictionaries;
  private final Set<EntityType> types;
  private final int maxDiagnostics;

  DefaultExtractor(TextNormalizer normalizer, List<Recognizer> recognizers, Set<EntityType> types) {
    this(normalizer, recognizers, types, 0);
  }

  DefaultExtractor(TextNormalizer normalizer, List<Recognizer> recognizers, Set<EntityType> types,
      int maxDiagnostics) {
    this.normalizer = normalizer;
    this.recognizers = List.copyOf(recognizers);
    this.dictionaries = SurfaceScanner.of(this.recognizers.stream().flatMap(r -> r.dictionaries().stream()).toList());
    this.types = Set.copyOf(types);
    this.maxDiagnostics = maxDiagnostics;
  }

  @Override
  public Set<EntityType> types() {
    return types;
  }

  @Override
  public Extraction extract(CharSequence input) {
    return extract(input, null);
  }

  @Override
  public Extraction extract(CharSequence input, LocalDate documentDate) {
    String original = Objects.requireNonNull(input, "text").toString();
    List<Extraction> out = new ArrayList<>(1);
    extractTogether(List.of(original), documentDate, out);
    return out.get(0);
  }

  @Override
  public List<Extraction> extractAll(List<? extends CharSequence> inputs, LocalDate documentDate) {
    List<String> originals = originals(inputs);
    List<Extraction> out = new ArrayList<>(originals.size());
    for (int from = 0, to; from < originals.size(); from = to) {
      // Batches of BATCH_TEXTS and BATCH_CHARS: three passes over the 1 MB benchmark corpus, 2,179 passages, ran in
      // a 112 MB heap both one text at a time and in batches (in batches even in 96 MB).
      to = batchEnd(originals, from, BATCH_TEXTS, BATCH_CHARS);
      extractTogether(originals.subList(from, to), documentDate, out);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Where the batch that starts at text {@code from} ends: after at most {@code maxTexts} texts, and before the
   * text that would take it past {@code maxChars} characters; a text at least that long is a batch of its own.
   */
  static int batchEnd(List<String> texts, int from, int maxTexts, int maxChars) {
    int to = from + 1;
    long chars = texts.get(from).length();
    while (to < texts.size() && to - from < maxTexts && chars + texts.get(to).length() <= maxChars) {
      chars += texts.get(to).length();
      to++;
    }
    return to;
  }

  /** The texts as strings, every one checked before any is read. */
  private static List<String> originals(List<? extends CharSequence> inputs) {
    Objects.requireNonNull(inputs, "texts");
    List<String> originals = new ArrayList<>(inputs.size());
    for (CharSequence input : inputs) {
      if (input == null) {
        throw new NullPointerException("texts[" + originals.size() + "]");
      }
      originals.add(input.toString());
    }
    return originals;
  }

  /**
   * Extracts the entities of a batch of texts and adds them to {@code out} in order. The recognizers run one after
   * another over the whole batch rather than text after text: a recognizer's tables and code then stay in the
   * processor's caches from one short text to the next, where running every recognizer on a text in turn evicts them.
   * On the benchmark corpus, passages of half a kilobyte, batches of 16, 256 and 1,024 texts took 0.96, 0.80 and 0.73
   * of the CPU time of one text at a time (median of 15 paired rounds in one JVM; JMH's single forks gave 0.98× to
   * 1.56× the throughput in four runs, see the README's Performance section). The mentions of a text are the same
   * either way: a recognizer keeps nothing between calls and sees only its text's document and the mentions the
   * recognizers before it added to that text.
   */
  private void extractTogether(List<String> originals, LocalDate documentDate, List<Extraction> out) {
    int n = originals.size();
    NormalizedText[] texts = new NormalizedText[n];
    Document[] documents = new Document[n];
    Mentions[] mentions = new Mentions[n];
    for (int i = 0; i < n; i++) {
      texts[i] = normalizer.normalize(originals.get(i));
      documents[i] = new Document(texts[i], documentDate, dictionaries.scan(texts[i]));
      mentions[i] = new Mentions();
    }
    for (Recognizer recognizer : recognizers) {
      for (int i = 0; i < n; i++) {
        recognizer.recognize(documents[i], mentions[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      out.add(resolve(texts[i], mentions[i]));
    }
  }

  private Extraction resolve(NormalizedText text, Mentions mentions) {
    Map<Mention, Entity> kept = new HashMap<>();
    // The current mentions by type, in one pass rather than one per type.
    @SuppressWarnings("unchecked") // each list holds mentions
    List<Mention>[] byType = new List[TYPE_COUNT];
    for (Mention mention : mentions.all()) {
      int t = mention.type().ordinal();
      if (byType[t] == null) {
        byType[t] = new ArrayList<>();
      }
      byType[t].add(mention);
    }
    for (EntityType type : types) {
      // Mentions proposed twice need not be removed first: equal mentions share a span, and every mention after
      // the first of a span is taken for a duplicate below.
      List<Mention> candidates = byType[type.ordinal()];
      if (candidates == null) {
        continue;
      }
      candidates.sort(DefaultExtractor::byPriority);
      TreeMap<Integer, Mention> accepted = new TreeMap<>();
      for (Mention candidate : candidates) {
        Mention same = accepted.get(candidate.start());
        if (same != null && same.end() == candidate.end()) {
          kept.put(candidate, kept.get(same)); // a duplicate: its links now point at the entity kept
        } else if (!overlapsAccepted(accepted, candidate)) {
          accepted.put(candidate.start(), candidate);
          kept.put(candidate, toEntity(text, candidate));
        }
      }
    }
    // Each entity is made once, for the mention accepted, and duplicates share it: entities are told apart as
    // instances, which saves hashing their normalized values.
    Set<Entity> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Entity> entities = new ArrayList<>(kept.size());
    for (Entity entity : kept.values()) {
      if (distinct.add(entity)) {
        entities.add(entity);
      }
    }
    entities.sort(null);
    // One link per (type, from, to): rules that agree on a link add it once, with the best score.
    Map<LinkKey, Link> links = new HashMap<>();
    for (Mentions.MentionLink link : mentions.links()) {
      Entity from = kept.get(link.from());
      Entity to = kept.get(link.to());
      if (from != null && to != null && from != to) {
        Link candidate = new Link(link.type(), from, to, Math.round(link.score() * 1000) / 1000.0);
        links.merge(new LinkKey(link.type(), from, to), candidate, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    List<Link> sortedLinks = new ArrayList<>(links.values());
    sortedLinks.sort(DefaultExtractor::bySpan);
    return new Extraction(text.original(), entities, sortedLinks, diagnostics(text, mentions));
  }

  /** A link's type and its two entities, compared as instances. */
  private record LinkKey(LinkType type, Entity from, Entity to) {
    @Override
    public boolean equals(Object other) {
      return other instanceof LinkKey key && key.type == type && key.from == from && key.to == to;
    }

    @Override
    public int hashCode() {
      return (type.hashCode() * 31 + System.identityHashCode(from)) * 31 + System.identityHashCode(to);
    }
  }

  /** The first {@code maxDiagnostics} diagnostics in span order, each reported once, in the caller's offsets. */
  private List<Diagnostic> diagnostics(NormalizedText text, Mentions mentions) {
    if (maxDiagnostics == 0 || mentions.diagnostics().isEmpty()) {
      return List.of();
    }
    List<Diagnostic> all = new ArrayList<>();
    for (Mentions.MentionDiagnostic d : new LinkedHashSet<>(mentions.diagnostics())) {
      all.add(new Diagnostic(d.code(), d.message(), text.toOriginal(d.start(), d.end())));
    }
    all.sort(Comparator.comparing(Diagnostic::span).thenComparing(Diagnostic::code)
        .thenComparing(Diagnostic::message));
    return all.size() > maxDiagnostics ? all.subList(0, maxDiagnostics) : all;
  }

  /** The longest first, then the most confident, the earliest, and by rule name: the order mentions are kept in. */
  private static int byPriority(Mention a, Mention b) {
    int c = Integer.compare(b.length(), a.length());
    if (c == 0) {
      c = Double.compare(b.confidence(), a.confidence());
    }
    if (c == 0) {
      c = Integer.compare(a.start(), b.start());
    }
    return c != 0 ? c : a.rule().compareTo(b.rule());
  }

  /** Links in the order of their first entity, then their second, then their type. */
  private static int bySpan(Link a, Link b) {
    int c = a.from().compareTo(b.from());
    if (c == 0) {
      c = a.to().compareTo(b.to());
    }
    return c != 0 ? c : a.type().compareTo(b.type());
  }

  private static boolean overlapsAccepted(TreeMap<Integer, Mention> accepted, Mention candidate) {
    // By key: floorEntry and ceilingEntry copy the entry they return.
    Integer before = accepted.floorKey(candidate.start());
    if (before != null && accepted.get(before).end() > candidate.start()) {
      return true;
    }
    Integer after = accepted.ceilingKey(candidate.start());
    return after != null && after < candidate.end();
  }

  private static Entity toEntity(NormalizedText text, Mention mention) {
    Span span = text.toOriginal(mention.start(), mention.end());
    String surface = span.of(text.original());
    String lang = Characters.containsHan(surface) ? Entity.ZH : Entity.EN;
    double confidence = Math.round(mention.confidence() * 1000) / 1000.0;
    return new Entity(mention.type(), span, surface, lang, mention.value(), confidence);
  }
}
