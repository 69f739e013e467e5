package org.sinoterm.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sinoterm.DictionaryException;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.ExtractorBuilder;
import org.sinoterm.Sinoterm;
import picocli.CommandLine.Option;

/**
 * The options of every command that extracts ({@code extract}, {@code glossary}, {@code report}), shared as a picocli
 * mixin:
 * {@code --types}, {@code --dictionary}, {@code --[no-]discover-terms}, {@code --charset}, {@code --date}.
 */
final class ExtractionOptions {

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Entity types to extract, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
  List<EntityType> types;

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "An extra dictionary file (UTF-8 TSV, see the README); repeatable.")
  List<Path> dictionaries;

  @Option(names = "--discover-terms", negatable = true, paramLabel = "BOOLEAN",
      description = {"Discover terms no dictionary lists (C-value over noun phrases; TERM entities with a score, "
          + "TECHNOLOGY without a key for technology nouns). On by default; --no-discover-terms turns it off."})
  Boolean discoverTerms;

  @Option(names = "--charset", paramLabel = "CHARSET", defaultValue = "UTF-8",
      converter = OptionValues.CharsetName.class,
      description = "Encoding of the input files (default: ${DEFAULT-VALUE}); GB18030 reads GBK and GB2312.")
  Charset charset;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class,
      description = {"The date the documents were written: dates without a year (\"December 28\", 12月28日) take "
          + "the year nearest to it.", "Without it, the Date: line of each block (a MERICS brief) or of the "
          + "document serves."})
  LocalDate date;

  /** The extractor the options describe, or (extractor null) the exit code of why it could not be built. */
  record Built(Extractor extractor, int exitCode) {
  }

  /**
   * The extractor these options describe; when it cannot be built, says why on standard error ("sinoterm: …") and
   * returns the exit code for it: a malformed dictionary or a model that cannot be loaded is a configuration error,
   * contradicting options a usage error.
   */
  Built build(Console console, int maxDiagnostics) {
    try {
      return new Built(extractor(maxDiagnostics), ExitCode.OK);
    } catch (DictionaryException e) {
      return failed(console, e, ExitCode.CONFIGURATION);
    } catch (IllegalArgumentException e) {
      return failed(console, e, ExitCode.USAGE);
    } catch (IllegalStateException e) {
      return failed(console, e, ExitCode.CONFIGURATION); // a model that cannot be loaded
    }
  }

  private static Built failed(Console console, RuntimeException e, int exitCode) {
    console.err().println("sinoterm: " + e.getMessage());
    return new Built(null, exitCode);
  }

  /**
   * The extractor these options describe.
   *
   * @throws IllegalArgumentException if the options contradict each other
   * @throws org.sinoterm.DictionaryException if a dictionary file is malformed
   * @throws IllegalStateException if a model cannot be loaded
   */
  Extractor extractor(int maxDiagnostics) {
    boolean discoverable = types == null || types.isEmpty() || types.contains(EntityType.TERM)
        || types.contains(EntityType.TECHNOLOGY);
    if (Boolean.TRUE.equals(discoverTerms) && !discoverable) {
      throw new IllegalArgumentException("--discover-terms finds TERM and TECHNOLOGY entities, but --types is "
          + types);
    }
    boolean discovery = discoverable && !Boolean.FALSE.equals(discoverTerms);
    ExtractorBuilder builder = Sinoterm.builder().termDiscovery(discovery).trackDiagnostics(maxDiagnostics);
    if (types != null && !types.isEmpty()) {
      builder.types(types);
    }
    if (dictionaries != null) {
      dictionaries.forEach(builder::addDictionary);
    }
    return builder.build();
  }
}
