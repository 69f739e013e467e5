package org.sinoterm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sinoterm}: the command-line face of Sinoterm.
 *
 * <pre>
 * sinoterm extract brief.txt              # JSON Lines on stdout, one object per document
 * sinoterm extract --format tsv briefs/   # every .txt and .md file under briefs/
 * cat brief.txt | sinoterm extract        # standard input
 * sinoterm glossary briefs/ -o g.tbx      # the corpus's bilingual glossary: TBX-Basic, CSV, TSV or JSON
 * sinoterm align zh.txt en.txt           # match two lists of terms or titles one to one
 * sinoterm align --check glossary.csv     # flag glossary rows that look wrong (exit code 6)
 * sinoterm report briefs/ -o report.html  # an HTML page with the entities highlighted
 * sinoterm schema                         # the JSON Schema of the extract output
 * </pre>
 */
@Command(name = "sinoterm", mixinStandardHelpOptions = true, versionProvider = SinotermCli.Version.class,
    description = "Bilingual (Chinese/English) entity extraction for text about Chinese policy.",
    subcommands = {ExtractCommand.class, GlossaryCommand.class, AlignCommand.class, ReportCommand.class,
        SchemaCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was processed",
      "1:an input could not be read, or was skipped as binary (the others were processed)",
      "2:wrong command line",
      "3:a dictionary or configuration file is malformed",
      "4:the output could not be written (no partial output file is left)",
      "5:standard output was closed early (e.g. by '| head')",
      "6:align --check flagged glossary rows that look wrong"})
public final class SinotermCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(Console.system(), args));
  }

  /** Runs the command with the given streams and returns its exit code. */
  static int run(Console console, String... args) {
    CommandLine commandLine = new CommandLine(new SinotermCli(), new Factory(console))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new java.io.PrintWriter(console.out(), true))
        .setErr(console.err());
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      cmd.getErr().println("sinoterm: " + exception.getMessage());
      return exception instanceof IllegalArgumentException ? ExitCode.CONFIGURATION : ExitCode.OUTPUT_FAILED;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Creates commands with the console they write to. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ExtractCommand.class) {
        return type.cast(new ExtractCommand(console));
      }
      if (type == GlossaryCommand.class) {
        return type.cast(new GlossaryCommand(console));
      }
      if (type == AlignCommand.class) {
        return type.cast(new AlignCommand(console));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(console));
      }
      if (type == SchemaCommand.class) {
        return type.cast(new SchemaCommand(console));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version of the build, from a resource the build writes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = SinotermCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the sinoterm-cli jar");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"sinoterm " + properties.getProperty("version")};
    }
  }
}
