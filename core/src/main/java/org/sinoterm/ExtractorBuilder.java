package org.sinoterm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sinoterm.agency.AgencyDictionary;
import org.sinoterm.agency.AgencyRecognizer;
import org.sinoterm.agency.PlaceNames;
import org.sinoterm.align.WordAligner;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.policy.PolicyCatalog;
import org.sinoterm.policy.PolicyTitleRecognizer;
import org.sinoterm.link.ParentheticalTerms;
import org.sinoterm.quantity.QuantityRecognizer;
import org.sinoterm.quantity.UnitDictionary;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.recognize.RecognizerProvider;
import org.sinoterm.technology.TechnologyDictionary;
import org.sinoterm.technology.TechnologyRecognizer;
import org.sinoterm.text.TextNormalizer;
import org.sinoterm.time.DateRecognizer;

/**
 * Configures and builds an {@link Extractor}. Each setting is checked when it is given, with a message that names
 * it; dictionary files are read and checked at {@link #build()}, which fails with a {@link DictionaryException}
 * naming the file and line of the first problem. Not thread-safe; the extractors it builds are.
 *
 * @since 0.1.0
 */
public final class ExtractorBuilder {

  private final EnumSet<EntityType> types = EnumSet.allOf(EntityType.class);
  private final List<Path> dictionaries = new ArrayList<>();
  private boolean termDiscovery;
  private int maxDiagnostics;

  /** The most diagnostics one extraction may carry, so that hostile text cannot make the list grow unbounded. */
  public static final int MAX_DIAGNOSTICS = 10_000;

  ExtractorBuilder() {
  }

  /**
   * Restricts extraction to these types (default: all).
   *
   * @throws IllegalArgumentException if no type is given
   * @throws NullPointerException if a type is null
   */
  public ExtractorBuilder types(EntityType... types) {
    Objects.requireNonNull(types, "types");
    return types(Arrays.asList(types));
  }

  /**
   * Restricts extraction to these types (default: all).
   *
   * @throws IllegalArgumentException if the collection is empty
   * @throws NullPointerException if it or one of its types is null
   */
  public ExtractorBuilder types(Collection<EntityType> types) {
    Objects.requireNonNull(types, "types");
    for (EntityType type : types) {
      Objects.requireNonNull(type, "types: null entity type");
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types: at least one entity type is needed");
    }
    this.types.clear();
    this.types.addAll(types);
    return this;
  }

  /**
   * Adds a dictionary file (UTF-8 TSV; see the README for the formats). Its {@code #format} header says what it
   * holds; an {@code agency/1} entry whose key is a bundled key replaces the bundled entry, and a {@code unit/1}
   * surface that the bundled units list replaces the bundled reading.
   *
   * @throws IllegalArgumentException if the file does not exist or is not a readable regular file
   */
  public ExtractorBuilder addDictionary(Path file) {
    Objects.requireNonNull(file, "addDictionary: file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("addDictionary: not a file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("addDictionary: cannot read " + file);
    }
    dictionaries.add(file);
    return this;
  }

  /**
   * Collects up to {@code max} {@link Diagnostic diagnostics} per extraction (default 0: none), such as a title
   * whose issuer count disagrees with its issuer list. Off by default, like jsoup's error tracking, because most
   * callers want entities only.
   *
   * @throws IllegalArgumentException if {@code max} is negative or above {@link #MAX_DIAGNOSTICS}
   * @since 0.1.0
   */
  public ExtractorBuilder trackDiagnostics(int max) {
    if (max < 0 || max > MAX_DIAGNOSTICS) {
      throw new IllegalArgumentException("trackDiagnostics: max must be in [0, " + MAX_DIAGNOSTICS + "]: " + max);
    }
    this.maxDiagnostics = max;
    return this;
  }

  /**
   * Turns term discovery on or off (default: off). Discovery finds multi-word terms no dictionary lists
   * ("ultrahigh field magnetic resonance imaging", "total degradation coronary stents") from part-of-speech
   * patterns, ranks them by C-value and reports them as TERM entities with their score, or as TECHNOLOGY entities
   * without a key when their head is a technology noun. It needs the {@code sinoterm-models} artifact on the
   * classpath; {@link #build()} fails with a message saying so when it is missing.
   *
   * @since 0.1.0
   */
  public ExtractorBuilder termDiscovery(boolean on) {
    this.termDiscovery = on;
    return this;
  }

  /**
   * Builds the extractor.
   *
   * @throws DictionaryException if a dictionary file is malformed; the message names the file and line
   * @throws IllegalStateException if term discovery is on but {@code sinoterm-models} is not on the classpath, or
   *     if it is on and neither TERM nor TECHNOLOGY is among the types
   */
  public Extractor build() {
    List<TsvFile> agencyFiles = new ArrayList<>();
    List<TsvFile> placeFiles = new ArrayList<>();
    List<TsvFile> unitFiles = new ArrayList<>();
    List<TsvFile> technologyFiles = new ArrayList<>();
    List<TsvFile> policyFiles = new ArrayList<>();
    for (Path path : dictionaries) {
      TsvFile file = TsvFile.read(path);
      String format = file.format();
      if (AgencyDictionary.FORMAT.equals(format)) {
        agencyFiles.add(file);
      } else if (PlaceNames.FORMAT.equals(format)) {
        placeFiles.add(file);
      } else if (UnitDictionary.FORMAT.equals(format)) {
        unitFiles.add(file);
      } else if (TechnologyDictionary.FORMAT.equals(format)) {
        technologyFiles.add(file);
      } else if (PolicyCatalog.FORMAT.equals(format)) {
        policyFiles.add(file);
      } else {
        throw new DictionaryException(file.name(), 1, "unknown #format '" + format + "' (known: "
            + AgencyDictionary.FORMAT + ", " + PlaceNames.FORMAT + ", " + UnitDictionary.FORMAT + ", "
            + TechnologyDictionary.FORMAT + ", " + PolicyCatalog.FORMAT + ")");
      }
    }
    // The technology dictionary, the largest, loads on a second thread while the bodies load on this one.
    FutureTask<TechnologyDictionary> technologies = null;
    if (types.contains(EntityType.TECHNOLOGY) || types.contains(EntityType.TERM)) {
      technologies = new FutureTask<>(
          () -> TechnologyDictionary.load(BundledDictionaries.technologies(), technologyFiles));
      Thread loader = new Thread(technologies, "sinoterm-dictionary-loader");
      loader.setDaemon(true);
      loader.start();
    }
    List<Recognizer> recognizers = new ArrayList<>();
    // Policy titles read the bodies the AGENCY recognizer finds (their issuers), so it runs for either type.
    boolean policies = types.contains(EntityType.POLICY_TITLE);
    AgencyDictionary agencies = null;
    if (types.contains(EntityType.AGENCY) || policies) {
      agencies = AgencyDictionary.load(BundledDictionaries.agencies(), agencyFiles);
      PlaceNames places = PlaceNames.load(BundledDictionaries.places(), placeFiles);
      recognizers.add(new AgencyRecognizer(agencies, places));
    }
    if (policies) {
      PolicyCatalog catalog = PolicyCatalog.load(BundledDictionaries.policies(), policyFiles, agencies::hasKey);
      recognizers.add(new PolicyTitleRecognizer(catalog, (WordAligner) Sinoterm.aligner()));
    }
    Recognizer discovery = null;
    if (technologies != null) {
      recognizers.add(new TechnologyRecognizer(await(technologies)));
      if (termDiscovery) {
        discovery = termDiscoveryProvider().create(Set.copyOf(types));
      }
    } else if (!technologyFiles.isEmpty()) {
      TechnologyDictionary.load(BundledDictionaries.technologies(), technologyFiles); // checked even when unused
    }
    if (termDiscovery && !types.contains(EntityType.TECHNOLOGY) && !types.contains(EntityType.TERM)) {
      throw new IllegalStateException("termDiscovery(true): term discovery reports TERM and TECHNOLOGY entities, "
          + "but types are " + types);
    }
    boolean numbers = types.contains(EntityType.DATE) || types.contains(EntityType.QUANTITY);
    UnitDictionary units = numbers || !unitFiles.isEmpty()
        ? UnitDictionary.load(BundledDictionaries.units(), unitFiles) : null;
    if (numbers) {
      // Dates run for quantities too, so that a year is never read as a quantity.
      recognizers.add(new DateRecognizer(units));
      if (types.contains(EntityType.QUANTITY)) {
        recognizers.add(new QuantityRecognizer(units));
      }
    }
    if (types.contains(EntityType.TERM)) {
      // After the body and title recognizers: it leaves alone the brackets whose Chinese they cover.
      recognizers.add(new ParentheticalTerms((WordAligner) Sinoterm.aligner()));
    }
    if (discovery != null) {
      // Last: discovery defers to every entity the other recognizers found, bilingual pairs included, and a
      // phrase it finds around a linked term ("Import substitution" around "substitution (国产替代)") takes its link.
      recognizers.add(discovery);
    }
    return new DefaultExtractor(new TextNormalizer(), recognizers, Set.copyOf(types), maxDiagnostics);
  }

  /** The result of a load running on another thread, with its exception rethrown as this thread's own. */
  private static <T> T await(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the load is short and holds no lock of the caller's: finish it, keep the flag
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RecognizerProvider termDiscoveryProvider() {
    for (RecognizerProvider provider : ServiceLoader.load(RecognizerProvider.class,
        ExtractorBuilder.class.getClassLoader())) {
      if (RecognizerProvider.TERM_DISCOVERY.equals(provider.name())) {
        return provider;
      }
    }
    throw new IllegalStateException("termDiscovery(true): term discovery needs the sinoterm-models artifact "
        + "(org.sinoterm:sinoterm-models) on the classpath; no " + RecognizerProvider.class.getName()
        + " named '" + RecognizerProvider.TERM_DISCOVERY + "' was found");
  }
}
