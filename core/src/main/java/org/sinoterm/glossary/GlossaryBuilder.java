package org.sinoterm.glossary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.LinkType;
import org.sinoterm.Normalized;
import org.sinoterm.PolicyRef;
import org.sinoterm.TechnologyRef;

/**
 * Gathers the extractions of a corpus into a {@link Glossary}. Mutable and for one thread; to build in parallel
 * (threads, Spark partitions), give each worker its own builder and {@link #merge} them: the glossary is the same as
 * one builder fed every document, in any order.
 *
 * <pre>{@code
 * GlossaryBuilder builder = Glossary.builder();
 * builder.add("a.txt", extractor.extract("The Ministry of Commerce (商务部) and MOFCOM ..."));
 * builder.add("b.txt", extractor.extract("商务部 said ..."));
 * Glossary glossary = builder.build();  // one entry: Ministry of Commerce | MOFCOM | 商务部, frequency 3, [a.txt, b.txt]
 * }</pre>
 *
 * <p>What becomes an entry, and how mentions are grouped into concepts, is described at {@link Glossary}. Memory
 * grows with the number of distinct written forms and documents, not with the length of the texts: the builder keeps
 * counts, document names and one context per form.
 *
 * @since 0.1.0
 */
public final class GlossaryBuilder {

  /** How many sources an id hash may collide in before the ids get a suffix; also the hash length in hex digits. */
  private static final int HASH_HEX = 10;

  private final SurfaceForms forms = new SurfaceForms();
  private final Map<Node, NodeStats> nodes = new HashMap<>();
  /** Edges between a written form and the names of its normalized value. */
  private final Set<Edge> nameEdges = new HashSet<>();
  /** Edges of the text's TRANSLATION and ABBREVIATION links, with the best score of the links behind each. */
  private final Map<Edge, Double> linkEdges = new HashMap<>();
  private final Set<String> sources = new HashSet<>();

  GlossaryBuilder() {
  }

  /**
   * Adds the entities and links of one document.
   *
   * @param source the document's name, as the glossary shows it (a file name, a URI)
   * @param extraction what an extractor found in the document
   * @return this builder
   */
  public GlossaryBuilder add(String source, Extraction extraction) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(extraction, "extraction");
    sources.add(source);
    String text = extraction.text();
    Map<Entity, Node> nodeOf = new HashMap<>();
    Set<Node> seenHere = new HashSet<>();
    for (Entity entity : extraction.entities()) {
      if (!isTerminological(entity.type())) {
        continue;
      }
      String written = SurfaceForms.clean(entity.text());
      if (written.isEmpty()) {
        continue;
      }
      String writtenKey = forms.key(entity.lang(), written);
      if (writtenKey.isEmpty()) {
        continue;
      }
      String key = conceptKey(entity);
      Node node = key != null ? Node.keyed(entity.type(), key) : Node.surface(entity.type(), entity.lang(), writtenKey);
      nodeOf.put(entity, node);
      NodeStats stats = nodes.computeIfAbsent(node, n -> new NodeStats());
      stats.mentions++;
      stats.sources.add(source);
      if (seenHere.add(node)) {
        // entities come in span order: the first of a node in this document is its first mention here
        if (stats.context == null || Mention.ORDER.compare(new Mention(source, entity.start(), ""), stats.context) < 0) {
          stats.context = new Mention(source, entity.start(), Contexts.of(text, entity.start(), entity.end()));
        }
      }
      stats.term(entity.lang(), writtenKey).write(written);
      for (Name name : names(entity.normalized())) {
        String cleaned = SurfaceForms.clean(name.text());
        String nameKey = cleaned.isEmpty() ? "" : forms.key(name.lang(), cleaned);
        if (nameKey.isEmpty()) {
          continue;
        }
        if (key != null) {
          stats.term(name.lang(), nameKey).canonical(cleaned, name.acronym(), name.dictionary());
        } else {
          Node named = Node.surface(entity.type(), name.lang(), nameKey);
          nodes.computeIfAbsent(named, n -> new NodeStats()).term(name.lang(), nameKey).canonical(cleaned,
              name.acronym(), name.dictionary());
          nameEdges.add(Edge.of(node, named));
        }
      }
    }
    for (Link link : extraction.links()) {
      if (link.type() != LinkType.TRANSLATION && link.type() != LinkType.ABBREVIATION) {
        continue;
      }
      Node from = nodeOf.get(link.from());
      Node to = nodeOf.get(link.to());
      if (from == null || to == null) {
        continue;
      }
      linkEdges.merge(Edge.of(from, to), link.score(), Math::max);
      if (link.type() == LinkType.ABBREVIATION) {
        Entity shortForm = link.from();
        nodes.get(from).term(shortForm.lang(), forms.key(shortForm.lang(), SurfaceForms.clean(shortForm.text())))
            .shortForm = true;
      }
    }
    return this;
  }

  /**
   * Adds everything {@code other} has gathered to this builder; {@code other} is left as it was.
   *
   * @return this builder
   */
  public GlossaryBuilder merge(GlossaryBuilder other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("a builder cannot merge itself");
    }
    other.nodes.forEach((node, stats) -> nodes.computeIfAbsent(node, n -> new NodeStats()).merge(stats));
    nameEdges.addAll(other.nameEdges);
    other.linkEdges.forEach((edge, score) -> linkEdges.merge(edge, score, Math::max));
    sources.addAll(other.sources);
    return this;
  }

  /** The glossary of everything added so far. The builder can go on being used. */
  public Glossary build() {
    List<Node> ordered = new ArrayList<>(nodes.keySet());
    ordered.sort(null);
    Map<Node, Integer> index = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      index.put(ordered.get(i), i);
    }
    int[] parent = new int[ordered.size()];
    Node[] keyOfRoot = new Node[ordered.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      keyOfRoot[i] = ordered.get(i).key() != null ? ordered.get(i) : null;
    }
    // Name edges first (the extractor's own normalization), then links from the strongest: when a link would join
    // two dictionary concepts, the stronger evidence has already placed its ends.
    List<Edge> names = new ArrayList<>(nameEdges);
    names.sort(null);
    List<Map.Entry<Edge, Double>> links = new ArrayList<>(linkEdges.entrySet());
    links.sort(Comparator.<Map.Entry<Edge, Double>>comparingDouble(e -> -e.getValue())
        .thenComparing(Map.Entry::getKey));
    List<Edge> byStrength = new ArrayList<>(names);
    links.forEach(e -> byStrength.add(e.getKey()));
    List<Edge> accepted = new ArrayList<>();
    for (int k = 0; k < byStrength.size(); k++) {
      Edge edge = byStrength.get(k);
      int a = find(parent, index.get(edge.a()));
      int b = find(parent, index.get(edge.b()));
      if (a != b) {
        if (edge.a().type() != edge.b().type()
            || (keyOfRoot[a] != null && keyOfRoot[b] != null && !keyOfRoot[a].equals(keyOfRoot[b]))) {
          continue;
        }
        int root = Math.min(a, b);
        int child = Math.max(a, b);
        parent[child] = root;
        keyOfRoot[root] = keyOfRoot[root] != null ? keyOfRoot[root] : keyOfRoot[child];
      }
      if (k >= names.size()) {
        accepted.add(edge);
      }
    }
    Map<Integer, List<Node>> components = new TreeMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ordered.get(i));
    }
    Set<Integer> linked = new HashSet<>();
    for (Edge edge : accepted) {
      linked.add(find(parent, index.get(edge.a())));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<Integer, List<Node>> component : components.entrySet()) {
      Node keyNode = keyOfRoot[component.getKey()];
      Candidate candidate = entry(component.getValue(), keyNode, linked.contains(component.getKey()));
      if (candidate != null) {
        candidates.add(candidate);
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.frequency).thenComparing(c -> c.type)
        .thenComparing(c -> c.stableKey));
    List<GlossaryEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      String id = c.id;
      for (int suffix = 2; !ids.add(id); suffix++) {
        id = c.id + "-" + suffix;
      }
      entries.add(new GlossaryEntry(id, c.type, c.key, c.terms, c.frequency, c.sources, c.context.context(),
          c.context.source()));
    }
    return new Glossary(entries, sources.size());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** An entry in the making: what sorting and the id need besides the entry's fields. */
  private record Candidate(String id, EntityType type, String key, String stableKey, List<GlossaryTerm> terms,
      int frequency, List<String> sources, Mention context) {
  }

  /** The entry of one connected component, or null if it is not a glossary entry. */
  private Candidate entry(List<Node> component, Node keyNode, boolean linked) {
    EntityType type = component.get(0).type();
    Map<TermKey, TermStats> terms = new TreeMap<>();
    int mentions = 0;
    Set<String> docs = new TreeSet<>();
    Mention context = null;
    for (Node node : component) {
      NodeStats stats = nodes.get(node);
      mentions += stats.mentions;
      docs.addAll(stats.sources);
      if (stats.context != null && (context == null || Mention.ORDER.compare(stats.context, context) < 0)) {
        context = stats.context;
      }
      stats.terms.forEach((k, t) -> terms.computeIfAbsent(k, x -> new TermStats()).merge(t));
    }
    if (mentions == 0 || context == null) {
      return null;
    }
    boolean english = terms.keySet().stream().anyMatch(k -> k.lang().equals(Entity.EN));
    boolean chinese = terms.keySet().stream().anyMatch(k -> k.lang().equals(Entity.ZH));
    if (!(english && chinese) && !(linked && terms.size() >= 2)) {
      return null;
    }
    List<GlossaryTerm> glossaryTerms = new ArrayList<>();
    terms.forEach((k, t) -> glossaryTerms.add(new GlossaryTerm(t.display(), k.lang(), termType(type, k, t, terms),
        t.written, t.isCanonical())));
    glossaryTerms.sort(TERM_ORDER);
    String stableKey = keyNode != null ? "K" + keyNode.key() : "S" + component.get(0).lang() + ":" + component.get(0)
        .surface();
    String id = keyNode != null ? keyedId(type, keyNode.key()) : hashedId(type, stableKey);
    return new Candidate(id, type, keyNode == null ? null : keyNode.key(), stableKey, glossaryTerms, mentions,
        List.copyOf(docs), context);
  }

  /** English before Chinese; full forms, then short forms, then acronyms; canonical names first; most frequent. */
  private static final Comparator<GlossaryTerm> TERM_ORDER = Comparator
      .comparing((GlossaryTerm t) -> t.lang().equals(Entity.EN) ? 0 : 1)
      .thenComparing(GlossaryTerm::type)
      .thenComparing(t -> t.canonical() ? 0 : 1)
      .thenComparing(t -> -t.frequency())
      .thenComparing(GlossaryTerm::text);

  /**
   * An acronym by the dictionary or by its shape (a word of capitals: MIIT, SOEs, 5G, PET-CT); a short form when the
   * text defines it as one, or when a body's written name is shorter than the dictionary's (工信部 for 工业和信息化部).
   */
  private static TermType termType(EntityType type, TermKey key, TermStats term, Map<TermKey, TermStats> all) {
    if (term.acronym || (key.lang().equals(Entity.EN) && looksLikeAcronym(term.display()))) {
      return TermType.ACRONYM;
    }
    if (term.shortForm) {
      return TermType.SHORT_FORM;
    }
    if (type == EntityType.AGENCY && term.dictionaryText == null) {
      for (Map.Entry<TermKey, TermStats> other : all.entrySet()) {
        TermStats full = other.getValue();
        if (other.getKey().lang().equals(key.lang()) && full.dictionaryText != null && !full.acronym
            && term.display().length() < full.dictionaryText.length()) {
          return TermType.SHORT_FORM;
        }
      }
    }
    return TermType.FULL_FORM;
  }

  /** One word (no space) with two capitals, or a capital and a digit: MIIT, SOEs, 5G, PET-CT, R&amp;D. */
  static boolean looksLikeAcronym(String text) {
    int capitals = 0;
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      capitals += Character.isUpperCase(c) ? 1 : 0;
      digit |= Character.isDigit(c);
    }
    return capitals >= 2 || (capitals == 1 && digit);
  }

  private static String keyedId(EntityType type, String key) {
    String prefix = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-";
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      safe.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
          || c == '.' ? c : '_');
    }
    // a key with other characters keeps a hash, so that two such keys never share an id
    return safe.toString().equals(key) ? prefix + key : hashedId(type, "K" + key);
  }

  private static String hashedId(EntityType type, String stableKey) {
    String prefix = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-";
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(stableKey.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(prefix);
      for (int i = 0; i < HASH_HEX / 2; i++) {
        hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Quantities and dates are values, not terms. */
  private static boolean isTerminological(EntityType type) {
    return type != EntityType.QUANTITY && type != EntityType.DATE;
  }

  /**
   * The key that identifies the entity's concept, or null: the dictionary or catalog key of a body, technology or
   * policy. A body named with one of its offices has none (the dictionary names the body, not the office).
   */
  private static String conceptKey(Entity entity) {
    Normalized value = entity.normalized();
    if (value instanceof AgencyRef agency) {
      return agency.office() == null ? agency.key() : null;
    }
    if (value instanceof TechnologyRef technology) {
      return technology.key();
    }
    if (value instanceof PolicyRef policy) {
      return policy.key();
    }
    return null;
  }

  /** A name that a normalized value gives its concept. */
  private record Name(String lang, String text, boolean acronym, boolean dictionary) {
  }

  /**
   * The names the normalized value gives: a body's or technology's English and Chinese names and acronym, a policy's
   * catalog titles and the core of its parse. A term pair's names are the two written sides, which its link already
   * joins; a body's office has no names of its own.
   */
  private static List<Name> names(Normalized value) {
    List<Name> names = new ArrayList<>(4);
    if (value instanceof AgencyRef agency && agency.office() == null) {
      addName(names, Entity.EN, agency.en(), false, true);
      addName(names, Entity.ZH, agency.zh(), false, true);
      addName(names, Entity.EN, agency.acronym(), true, true);
    } else if (value instanceof TechnologyRef technology) {
      addName(names, Entity.EN, technology.en(), false, true);
      addName(names, Entity.ZH, technology.zh(), false, true);
      addName(names, Entity.EN, technology.acronym(), true, true);
    } else if (value instanceof PolicyRef policy) {
      addName(names, Entity.EN, policy.en(), false, true);
      addName(names, Entity.ZH, policy.zh(), false, true);
      addName(names, policy.lang(), policy.core(), false, false);
    }
    return names;
  }

  private static void addName(List<Name> names, String lang, String text, boolean acronym, boolean dictionary) {
    if (text != null && !text.isBlank()) {
      names.add(new Name(lang, text, acronym, dictionary));
    }
  }

  /**
   * A vertex of the concept graph: a dictionary concept (type and key), or a written form of an entity without a key
   * (type, language and comparison key).
   */
  private record Node(EntityType type, String key, String lang, String surface) implements Comparable<Node> {

    static Node keyed(EntityType type, String key) {
      return new Node(type, key, null, null);
    }

    static Node surface(EntityType type, String lang, String surface) {
      return new Node(type, null, lang, surface);
    }

    private static final Comparator<Node> ORDER = Comparator.comparing(Node::type)
        .thenComparing(n -> n.key() == null ? 1 : 0)
        .thenComparing(n -> n.key() == null ? "" : n.key())
        .thenComparing(n -> n.lang() == null ? "" : n.lang())
        .thenComparing(n -> n.surface() == null ? "" : n.surface());

    @Override
    public int compareTo(Node other) {
      return ORDER.compare(this, other);
    }
  }

  /** An undirected edge, its ends in order. */
  private record Edge(Node a, Node b) implements Comparable<Edge> {
    static Edge of(Node x, Node y) {
      return x.compareTo(y) <= 0 ? new Edge(x, y) : new Edge(y, x);
    }

    @Override
    public int compareTo(Edge other) {
      int byA = a.compareTo(other.a);
      return byA != 0 ? byA : b.compareTo(other.b);
    }
  }

  /** Where a context comes from; the first mention is the one of the least source, then the least offset. */
  private record Mention(String source, int start, String context) {
    static final Comparator<Mention> ORDER = Comparator.comparing(Mention::source).thenComparingInt(Mention::start)
        .thenComparing(Mention::context);
  }

  /** A term of a node: the language and comparison key of its form. */
  private record TermKey(String lang, String surface) implements Comparable<TermKey> {
    @Override
    public int compareTo(TermKey other) {
      int byLang = lang.compareTo(other.lang);
      return byLang != 0 ? byLang : surface.compareTo(other.surface);
    }
  }

  /** What the corpus says about one node. Every merge is commutative, so the order of documents never matters. */
  private static final class NodeStats {
    int mentions;
    final Set<String> sources = new HashSet<>();
    Mention context;
    final Map<TermKey, TermStats> terms = new HashMap<>();

    TermStats term(String lang, String surface) {
      return terms.computeIfAbsent(new TermKey(lang, surface), k -> new TermStats());
    }

    void merge(NodeStats other) {
      mentions += other.mentions;
      sources.addAll(other.sources);
      if (other.context != null && (context == null || Mention.ORDER.compare(other.context, context) < 0)) {
        context = other.context;
      }
      other.terms.forEach((k, t) -> terms.computeIfAbsent(k, x -> new TermStats()).merge(t));
    }
  }

  /** How one term was written, and what the normalized values say of it. */
  private static final class TermStats {
    int written;
    final Map<String, Integer> spellings = new HashMap<>();
    /** The spelling of a dictionary or catalog, which the glossary shows whatever the text wrote. */
    String dictionaryText;
    /** The spelling of a parsed title's core (normalized: quotes unified), shown only if the text never wrote it. */
    String coreText;
    boolean acronym;
    boolean shortForm;

    void write(String spelling) {
      written++;
      spellings.merge(spelling, 1, Integer::sum);
    }

    void canonical(String text, boolean isAcronym, boolean dictionary) {
      if (dictionary) {
        dictionaryText = least(dictionaryText, text);
      } else {
        coreText = least(coreText, text);
      }
      acronym |= isAcronym;
    }

    boolean isCanonical() {
      return dictionaryText != null || coreText != null;
    }

    private static String least(String current, String candidate) {
      return current == null || candidate.compareTo(current) < 0 ? candidate : current;
    }

    void merge(TermStats other) {
      written += other.written;
      other.spellings.forEach((s, n) -> spellings.merge(s, n, Integer::sum));
      if (other.dictionaryText != null) {
        dictionaryText = least(dictionaryText, other.dictionaryText);
      }
      if (other.coreText != null) {
        coreText = least(coreText, other.coreText);
      }
      acronym |= other.acronym;
      shortForm |= other.shortForm;
    }

    /**
     * The dictionary's spelling; else the most frequent written one (on a tie the one with fewer capitals, as a
     * glossary writes common nouns, then the least in code-point order); else the title core's.
     */
    String display() {
      if (dictionaryText != null) {
        return dictionaryText;
      }
      String best = null;
      int count = 0;
      for (Map.Entry<String, Integer> s : spellings.entrySet()) {
        if (best == null || s.getValue() > count || (s.getValue() == count && SPELLING.compare(s.getKey(), best) < 0)) {
          best = s.getKey();
          count = s.getValue();
        }
      }
      return best != null ? best : coreText;
    }

    private static final Comparator<String> SPELLING = Comparator.comparingLong(
        (String s) -> s.chars().filter(Character::isUpperCase).count()).thenComparing(Comparator.naturalOrder());
  }
}
