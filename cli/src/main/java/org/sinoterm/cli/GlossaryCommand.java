package org.sinoterm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.glossary.Glossary;
import org.sinoterm.glossary.GlossaryBuilder;
import org.sinoterm.glossary.GlossaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sinoterm glossary}: the bilingual glossary of a corpus, one entry per concept, as TBX-Basic, CSV, TSV or
 * JSON.
 *
 * <pre>
 * sinoterm glossary briefs/ -o glossary.tbx          # the format from the extension: tbx, csv, tsv, json
 * sinoterm glossary a.txt b.md --format csv > g.csv  # standard output needs --format, or gets TSV
 * </pre>
 */
@Command(name = "glossary", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Aggregate a bilingual glossary over text files, the .txt and .md files under directories, or "
        + "standard input: one entry per concept (bodies, policy titles, technologies, terms) with all its English "
        + "and Chinese terms, frequency, sources and a context.",
        "Formats: TBX-Basic (tbx), CSV for CAT tools (csv: UTF-8 with BOM), TSV (tsv), JSON (json; see the README)."})
final class GlossaryCommand implements Callable<Integer> {

  enum Format { tbx, csv, tsv, json }

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Files or directories to read; '-' or nothing for standard input.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = {"Write to FILE instead of standard output, whole or not at all. Its extension (.tbx, .csv, "
          + ".tsv, .json) gives the format unless --format is given."})
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: from the -o file's extension; tsv on "
          + "standard output).")
  Format format;

  @Option(names = "--min-frequency", paramLabel = "N", defaultValue = "1",
      description = "Leave out concepts mentioned fewer than N times (default: ${DEFAULT-VALUE}).")
  int minFrequency;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error (errors are still shown).")
  boolean quiet;

  @Mixin
  ExtractionOptions options;

  private final Console console;

  GlossaryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Format chosen = format != null ? format : output == null ? Format.tsv : ofExtension(output);
    if (chosen == null) {
      console.err().println("sinoterm: " + output + ": cannot tell the format from the extension; use --format "
          + "tbx, csv, tsv or json");
      return ExitCode.USAGE;
    }
    if (minFrequency < 1) {
      console.err().println("sinoterm: --min-frequency must be at least 1, not " + minFrequency);
      return ExitCode.USAGE;
    }
    ExtractionOptions.Built built = options.build(console, ExtractCommand.MAX_DIAGNOSTICS);
    if (built.extractor() == null) {
      return built.exitCode();
    }
    Extractor extractor = built.extractor();
    return Output.write(console, output, out -> {
      GlossaryBuilder builder = Glossary.builder();
      Progress progress = new Progress(console.terminal() && !quiet && isBatch());
      Inputs reader = new Inputs(console.in(), console.err(), options.charset);
      reader.forEachBatch(inputs, documents -> {
        List<Extraction> extractions = extractor.extractAll(Inputs.texts(documents), options.date);
        for (int i = 0; i < documents.size(); i++) {
          builder.add(documents.get(i).source(), extractions.get(i));
          progress.read(documents.get(i).source());
        }
      });
      Glossary glossary = builder.build().withMinFrequency(minFrequency);
      progress.done(glossary);
      if (glossary.entries().isEmpty()) {
        console.err().println("sinoterm: warning: no glossary entries (no term was found in both languages or "
            + "defined by the text" + (minFrequency > 1 ? " at least " + minFrequency + " times" : "") + ")"
            + (chosen == Format.tbx ? "; a TBX file without a termEntry is not valid TBX-Basic" : ""));
      }
      switch (chosen) {
        case tbx -> GlossaryFormat.TBX.write(glossary, out);
        case csv -> GlossaryFormat.CSV.write(glossary, out);
        case tsv -> GlossaryFormat.TSV.write(glossary, out);
        case json -> GlossaryJson.write(glossary, out);
        default -> throw new AssertionError(chosen);
      }
      return reader.failures() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    });
  }

  /** More than one file: several arguments, or a directory. */
  private boolean isBatch() {
    return inputs != null && (inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory));
  }

  private static Format ofExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.json;
    }
    return GlossaryFormat.ofFileName(name).map(f -> Format.valueOf(f.extension())).orElse(null);
  }

  /** One line on standard error, rewritten after each document, for a person watching a long run. */
  private final class Progress {
    private final boolean shown;
    private int documents;

    Progress(boolean shown) {
      this.shown = shown;
    }

    void read(String source) {
      documents++;
      if (shown) {
        String name = source.length() > 50 ? "…" + source.substring(source.length() - 49) : source;
        console.err().print("\rsinoterm glossary: " + documents + " documents read (" + name + ")\u001B[K");
        console.err().flush();
      }
    }

    void done(Glossary glossary) {
      if (shown) {
        console.err().println("\rsinoterm glossary: " + documents + " documents read, " + glossary.entries().size()
            + " entries\u001B[K");
      }
    }
  }
}
