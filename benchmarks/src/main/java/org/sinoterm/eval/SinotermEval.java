package org.sinoterm.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sinoterm-eval}: scores Sinoterm against the annotated corpus.
 *
 * <pre>
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval            # bundled corpus
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval --findings mine.jsonl
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval compile benchmarks/corpus \
 *     benchmarks/src/main/resources/org/sinoterm/eval/corpus.jsonl
 * </pre>
 */
@Command(name = "sinoterm-eval", mixinStandardHelpOptions = true,
    description = "Score Sinoterm against an annotated corpus (precision, recall, F1 per entity and link type).",
    subcommands = SinotermEval.Compile.class)
public final class SinotermEval implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "CORPUS.jsonl",
      description = "Corpus files in JSON Lines (default: the bundled corpus).")
  List<Path> corpora;

  @Option(names = "--findings", description = "Also list every miss, false hit and wrong value.")
  boolean findings;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Extract only these types (default: all).")
  List<EntityType> types;

  @Override
  public Integer call() throws IOException {
    List<Passage> passages = new ArrayList<>();
    if (corpora == null || corpora.isEmpty()) {
      passages.addAll(Corpus.bundled());
    } else {
      for (Path corpus : corpora) {
        try (InputStream in = Files.newInputStream(corpus)) {
          passages.addAll(Corpus.read(in, corpus.toString()));
        }
      }
    }
    Extractor extractor = types == null ? Sinoterm.extractor() : Sinoterm.builder().types(types).build();
    Evaluation evaluation = Evaluation.run(extractor, passages);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(evaluation.table());
    if (findings) {
      out.println();
      out.print(evaluation.findingsReport());
    }
    return 0;
  }

  /** Compiles the markup files of a directory into a JSON Lines corpus. */
  @Command(name = "compile", mixinStandardHelpOptions = true,
      description = "Compile the .txt markup files of a directory into a JSON Lines corpus.")
  static final class Compile implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path directory;

    @Parameters(index = "1", paramLabel = "OUT.jsonl")
    Path output;

    @Override
    public Integer call() throws IOException {
      List<Passage> passages = Corpus.compile(directory);
      Files.writeString(output, Corpus.toJsonLines(passages), StandardCharsets.UTF_8);
      long entities = passages.stream().mapToLong(p -> p.entities().size()).sum();
      System.err.printf(java.util.Locale.ROOT, "%d passages, %d entities -> %s%n", passages.size(), entities, output);
      return 0;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SinotermEval()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }
}
