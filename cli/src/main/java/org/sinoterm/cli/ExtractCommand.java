package org.sinoterm.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sinoterm.Entity;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.glossary.GlossaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  ExtractionOptions options;

  private final Console console;

  ExtractCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    ExtractionOptions.Built built = options.build(console, MAX_DIAGNOSTICS);
    if (built.extractor() == null) {
      return built.exitCode();
    }
    Extractor extractor = built.extractor();
    return Output.write(console, output, out -> {
      if (format == Format.tsv) {
        out.write(TSV_HEADER);
      }
      Inputs inputs = new Inputs(console.in(), console.err(), options.charset);
      inputs.forEachBatch(this.inputs, documents -> {
        List<Extraction> extractions = extractor.extractAll(Inputs.texts(documents), options.date);
        for (int i = 0; i < documents.size(); i++) {
          String source = documents.get(i).source();
          if (format == Format.jsonl) {
            out.write(ExtractionJson.MAPPER.writeValueAsString(ExtractionJson.toJson(source, extractions.get(i))));
            out.write('\n');
          } else {
            writeTsv(out, source, extractions.get(i));
          }
        }
        out.flush();
      });
      return inputs.failures() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    });
  }

  /** The most diagnostics written per document. */
  static final int MAX_DIAGNOSTICS = 100;

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
      out.write(String.join("\t", GlossaryFormat.escapeTsvField(source), ids.get(entity), entity.type().name(),
          entity.lang(), Integer.toString(entity.start()), Integer.toString(entity.end()),
          GlossaryFormat.escapeTsvField(entity.text()), ExtractionJson.MAPPER.writeValueAsString(entity.normalized()),
          Double.toString(entity.confidence()), links.toString()));
      out.write('\n');
    }
  }
}
