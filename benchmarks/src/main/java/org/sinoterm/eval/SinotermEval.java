package org.sinoterm.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.ExtractorBuilder;
import org.sinoterm.Sinoterm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinoterm-eval}: scores Sinoterm against the annotated corpus.
 *
 * <pre>
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval             # bundled corpus
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval --findings  # and every error
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval benchmarks/corpus  # the markup
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval compile benchmarks/corpus \
 *     benchmarks/src/main/resources/org/sinoterm/eval/corpus.jsonl
 * java -cp benchmarks/target/sinoterm-benchmarks.jar org.sinoterm.eval.SinotermEval titles   # aligner top-1
 * </pre>
 *
 * Exit codes: 0 scored (whatever the score), 1 an unexpected failure, 2 a wrong command line, 3 a corpus that
 * cannot be read or has a markup error (the message names the file and line).
 */
@Command(name = "sinoterm-eval", mixinStandardHelpOptions = true,
    description = "Score Sinoterm against an annotated corpus (precision, recall, F1 per entity and link type).",
    subcommands = {SinotermEval.Compile.class, SinotermEval.Titles.class})
public final class SinotermEval implements Callable<Integer> {

  static final int CORPUS_ERROR = 3;
  /** The most diagnostics kept per passage; far more than any passage expects. */
  private static final int MAX_DIAGNOSTICS = 100;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "CORPUS",
      description = "JSON Lines corpus files, or directories of .txt markup files (default: the bundled corpus).")
  List<Path> corpora;

  @Option(names = "--findings", description = "Also list every miss, false hit, wrong value and link error.")
  boolean findings;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Extract only these types (default: all).")
  List<EntityType> types;

  @Option(names = "--discover-terms", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run term discovery, as the sinoterm command does by default (default: on; "
          + "--no-discover-terms scores the dictionaries and definitions alone).")
  boolean discoverTerms;

  @Option(names = "--genre", paramLabel = "GENRE",
      description = "Score only the passages of this genre (merics-block, news, consultancy, zh-notice, mixed, hard).")
  String genre;

  @Override
  public Integer call() throws IOException {
    List<Passage> passages = new ArrayList<>();
    if (corpora == null || corpora.isEmpty()) {
      passages.addAll(Corpus.bundled());
    } else {
      for (Path corpus : corpora) {
        passages.addAll(Corpus.load(corpus));
      }
    }
    if (genre != null) {
      if (!CorpusMarkup.GENRES.contains(genre)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown genre " + genre + " (known: "
            + new java.util.TreeSet<>(CorpusMarkup.GENRES) + ")");
      }
      passages.removeIf(p -> !p.genre().equals(genre));
    }
    ExtractorBuilder builder = Sinoterm.builder();
    if (types != null) {
      builder.types(types);
    }
    boolean discoverable = types == null || types.contains(EntityType.TERM) || types.contains(EntityType.TECHNOLOGY);
    Extractor extractor = builder.termDiscovery(discoverTerms && discoverable).trackDiagnostics(MAX_DIAGNOSTICS)
        .build();
    Evaluation evaluation = Evaluation.run(extractor, passages);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(evaluation.table());
    out.print(evaluation.parseFields().table());
    Map<String, Integer> counts = evaluation.findingCounts();
    out.println("findings: " + (counts.isEmpty() ? "none" : counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
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
    @Parameters(index = "0", paramLabel = "DIR", description = "The directory of .txt markup files.")
    Path directory;

    @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "The JSON Lines file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
      List<Passage> passages = Corpus.compile(directory);
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, Corpus.toJsonLines(passages), StandardCharsets.UTF_8);
      long entities = passages.stream().mapToLong(p -> p.entities().size()).sum();
      long links = passages.stream().mapToLong(p -> p.links().size()).sum();
      System.err.printf(Locale.ROOT, "%d passages, %d entities, %d links -> %s%n", passages.size(), entities, links,
          output);
      return 0;
    }
  }

  /** Matches the corpus's Chinese policy titles to its English ones by the aligner alone. */
  @Command(name = "titles", mixinStandardHelpOptions = true,
      description = "Aligner top-1 accuracy: match a shuffled list of the corpus's Chinese policy titles to its "
          + "English ones (the gold TRANSLATION pairs) by the alignment score alone.")
  static final class Titles implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CORPUS",
        description = "JSON Lines corpus files, or directories of .txt markup files (default: the bundled corpus).")
    List<Path> corpora;

    @Option(names = "--pairs", paramLabel = "FILE.tsv",
        description = "Match the rows of this file (Chinese TAB English) instead of the corpus's pairs.")
    Path pairs;

    @Option(names = "--seed", defaultValue = "20260104", description = "The seed of the shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold", defaultValue = "0.35",
        description = "The lowest score of a pair in the optimal assignment, as 'sinoterm align --threshold' "
            + "(default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() throws IOException {
      List<TitleMatching.Pair> list;
      String what;
      if (pairs != null) {
        list = TitleMatching.tsvPairs(Files.readString(pairs, StandardCharsets.UTF_8), pairs.toString());
        what = pairs.getFileName().toString();
      } else {
        List<Passage> passages = new ArrayList<>();
        if (corpora == null || corpora.isEmpty()) {
          passages.addAll(Corpus.bundled());
        } else {
          for (Path corpus : corpora) {
            passages.addAll(Corpus.load(corpus));
          }
        }
        list = TitleMatching.corpusPairs(passages);
        what = "the corpus's TRANSLATION pairs";
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.print(TitleMatching.match(Sinoterm.aligner(), list, seed, threshold).report(what));
      return 0;
    }
  }

  /** The command line, with corpus errors reported as one line and their own exit code. */
  static CommandLine commandLine() {
    return new CommandLine(new SinotermEval())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException || e instanceof IOException
              || e instanceof UncheckedIOException) {
            commandLine.getErr().println("sinoterm-eval: " + describe(e));
            return CORPUS_ERROR;
          }
          throw e;
        });
  }

  /** A file error names the file and what went wrong; a markup error's message already does. */
  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      return "no such file or directory: " + missing.getFile();
    }
    if (cause instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (cause instanceof FileSystemException other) {
      return other.getFile() + ": " + (other.getReason() == null ? cause.getClass().getSimpleName() : other.getReason());
    }
    return cause.getMessage();
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
