package org.sinoterm.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sinoterm.DictionaryException;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.ExtractorBuilder;
import org.sinoterm.Link;
import org.sinoterm.Sinoterm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sinoterm extract}: entities of each document, as JSON Lines or TSV on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Extract entities from text files, the .txt and .md files under directories, or standard input.",
        "Prints one JSON object per document (JSON Lines; see 'sinoterm schema'), or one TSV row per entity."})
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, tsv }

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Files or directories to read; '-' or nothing for standard input.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = {"Write to FILE instead of standard output. FILE appears only when the command has finished: it "
          + "is written to a temporary file beside it and then moved into place, so a failure leaves no partial file."})
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

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

  private final Console console;

  ExtractCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Extractor extractor;
    try {
      extractor = extractor();
    } catch (DictionaryException e) {
      console.err().println("sinoterm: " + e.getMessage());
      return ExitCode.CONFIGURATION;
    } catch (IllegalArgumentException e) {
      console.err().println("sinoterm: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IllegalStateException e) {
      console.err().println("sinoterm: " + e.getMessage()); // a model that cannot be loaded
      return ExitCode.CONFIGURATION;
    }
    return Output.write(console, output, out -> {
      if (format == Format.tsv) {
        out.write(TSV_HEADER);
      }
      Inputs inputs = new Inputs(console.in(), console.err(), charset);
      inputs.forEach(this.inputs, document -> {
        Extraction extraction = extractor.extract(document.text(), date);
        if (format == Format.jsonl) {
          out.write(ExtractionJson.MAPPER.writeValueAsString(ExtractionJson.toJson(document.source(), extraction)));
          out.write('\n');
        } else {
          writeTsv(out, document.source(), extraction);
        }
        out.flush();
      });
      return inputs.failures() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    });
  }

  /** The most diagnostics written per document. */
  static final int MAX_DIAGNOSTICS = 100;

  private Extractor extractor() {
    boolean discoverable = types == null || types.isEmpty() || types.contains(EntityType.TERM)
        || types.contains(EntityType.TECHNOLOGY);
    if (Boolean.TRUE.equals(discoverTerms) && !discoverable) {
      throw new IllegalArgumentException("--discover-terms finds TERM and TECHNOLOGY entities, but --types is "
          + types);
    }
    boolean discovery = discoverable && !Boolean.FALSE.equals(discoverTerms);
    ExtractorBuilder builder = Sinoterm.builder().termDiscovery(discovery).trackDiagnostics(MAX_DIAGNOSTICS);
    if (types != null && !types.isEmpty()) {
      builder.types(types);
    }
    if (dictionaries != null) {
      dictionaries.forEach(builder::addDictionary);
    }
    return builder.build();
  }

  static final String TSV_HEADER = "source\tid\ttype\tlang\tstart\tend\ttext\tnormalized\tconfidence\tlinks\n";

  private static void writeTsv(Writer out, String source, Extraction extraction) throws IOException {
    Map<Entity, String> ids = ExtractionJson.ids(extraction.entities());
    for (Entity entity : extraction.entities()) {
      StringBuilder links = new StringBuilder();
      for (Link link : extraction.links()) {
        if (link.from().equals(entity)) {
          links.append(links.length() == 0 ? "" : " ").append(link.type().name()).append(':').append(ids.get(link.to()));
        }
      }
      out.write(String.join("\t", escape(source), ids.get(entity), entity.type().name(), entity.lang(),
          Integer.toString(entity.start()), Integer.toString(entity.end()), escape(entity.text()),
          ExtractionJson.MAPPER.writeValueAsString(entity.normalized()), Double.toString(entity.confidence()),
          links.toString()));
      out.write('\n');
    }
  }

  /** Backslash escapes for the characters that would break a TSV row. */
  static String escape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
