package org.sinoterm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.glossary.Glossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sinoterm report}: one self-contained HTML page that shows documents with their entities highlighted, each
 * entity's normalized value and links, and each document's glossary ({@link ReportPage}).
 *
 * <pre>
 * sinoterm report brief.txt -o brief.html        # one document
 * sinoterm report briefs/ -o briefs.html         # a section per .txt and .md file
 * </pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write one self-contained HTML page (no external files; works offline) that shows each document "
        + "with its entities highlighted by type, their normalized values and links, and the document's glossary."})
final class ReportCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
      description = "Files or directories to read (a section each); '-' or nothing for standard input.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Mixin
  ExtractionOptions options;

  private final Console console;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    ExtractionOptions.Built built = options.build(console, ExtractCommand.MAX_DIAGNOSTICS);
    if (built.extractor() == null) {
      return built.exitCode();
    }
    Extractor extractor = built.extractor();
    List<ReportPage.Document> documents = new ArrayList<>();
    Inputs inputs = new Inputs(console.in(), console.err(), options.charset);
    inputs.forEachBatch(this.inputs, batch -> {
      List<Extraction> extractions = extractor.extractAll(Inputs.texts(batch), options.date);
      for (int i = 0; i < batch.size(); i++) {
        String source = batch.get(i).source();
        documents.add(new ReportPage.Document(source, extractions.get(i), Glossary.of(source, extractions.get(i))));
      }
    });
    if (documents.isEmpty()) {
      console.err().println("sinoterm: no document could be read; no report written");
      return ExitCode.INPUT_FAILED;
    }
    String page = ReportPage.render(documents, new SinotermCli.Version().getVersion()[0]);
    return Output.write(console, output, out -> {
      out.write(page);
      return inputs.failures() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    });
  }
}
