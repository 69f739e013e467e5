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
import org.sinoterm.link.ParentheticalTerms;
import org.sinoterm.quantity.QuantityRecognizer;
import org.sinoterm.quantity.UnitDictionary;
import org.sinoterm.recognize.Recognizer;
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
   * Builds the extractor.
   *
   * @throws DictionaryException if a dictionary file is malformed; the message names the file and line
   */
  public Extractor build() {
    List<TsvFile> agencyFiles = new ArrayList<>();
    List<TsvFile> placeFiles = new ArrayList<>();
    List<TsvFile> unitFiles = new ArrayList<>();
    for (Path path : dictionaries) {
      TsvFile file = TsvFile.read(path);
      String format = file.format();
      if (AgencyDictionary.FORMAT.equals(format)) {
        agencyFiles.add(file);
      } else if (PlaceNames.FORMAT.equals(format)) {
        placeFiles.add(file);
      } else if (UnitDictionary.FORMAT.equals(format)) {
        unitFiles.add(file);
      } else {
        throw new DictionaryException(file.name(), 1, "unknown #format '" + format + "' (known: "
            + AgencyDictionary.FORMAT + ", " + PlaceNames.FORMAT + ", " + UnitDictionary.FORMAT + ")");
      }
    }
    List<Recognizer> recognizers = new ArrayList<>();
    if (types.contains(EntityType.AGENCY)) {
      AgencyDictionary agencies = AgencyDictionary.load(BundledDictionaries.agencies(), agencyFiles);
      PlaceNames places = PlaceNames.load(BundledDictionaries.places(), placeFiles);
      recognizers.add(new AgencyRecognizer(agencies, places));
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
    return new DefaultExtractor(new TextNormalizer(), recognizers, Set.copyOf(types));
  }
}
