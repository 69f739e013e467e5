package org.sinoterm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sinoterm.agency.AgencyDictionary;
import org.sinoterm.agency.AgencyRecognizer;
import org.sinoterm.agency.PlaceNames;
import org.sinoterm.align.WordAligner;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.policy.PolicyCatalog;
import org.sinoterm.policy.PolicyTitleRecognizer;
import org.sinoterm.link.ParentheticalTerms;
import org.sinoterm.recognize.Recognizer;
import org.sinoterm.text.TextNormalizer;

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
   * holds; an {@code agency/1} entry whose key is a bundled key replaces the bundled entry.
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
   */
  public ExtractorBuilder trackDiagnostics(int max) {
    if (max < 0 || max > MAX_DIAGNOSTICS) {
      throw new IllegalArgumentException("trackDiagnostics: max must be in [0, " + MAX_DIAGNOSTICS + "]: " + max);
    }
    this.maxDiagnostics = max;
    return this;
  }

  /**
   * Builds the extractor.
   *
   * @throws DictionaryException if a dictionary file is malformed; the message names the file and line
   */
  public Extractor build() {
    List<TsvFile> agencyFiles = new ArrayList<>();
    List<TsvFile> placeFiles = new ArrayList<>();
    List<TsvFile> policyFiles = new ArrayList<>();
    for (Path path : dictionaries) {
      TsvFile file = TsvFile.read(path);
      String format = file.format();
      if (AgencyDictionary.FORMAT.equals(format)) {
        agencyFiles.add(file);
      } else if (PlaceNames.FORMAT.equals(format)) {
        placeFiles.add(file);
      } else if (PolicyCatalog.FORMAT.equals(format)) {
        policyFiles.add(file);
      } else {
        throw new DictionaryException(file.name(), 1, "unknown #format '" + format + "' (known: "
            + AgencyDictionary.FORMAT + ", " + PlaceNames.FORMAT + ", " + PolicyCatalog.FORMAT + ")");
      }
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
    if (types.contains(EntityType.TERM)) {
      // After the body and title recognizers: it leaves alone the brackets whose Chinese they cover.
      recognizers.add(new ParentheticalTerms((WordAligner) Sinoterm.aligner()));
    }
    return new DefaultExtractor(new TextNormalizer(), recognizers, Set.copyOf(types), maxDiagnostics);
  }
}
