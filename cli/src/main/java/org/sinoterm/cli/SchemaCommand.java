package org.sinoterm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sinoterm schema}: prints the JSON Schema that every line of {@code sinoterm extract} conforms to. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of the extract output (one JSON object per document).")
final class SchemaCommand implements Callable<Integer> {

  /** The classpath resource of the schema. */
  static final String RESOURCE = "extraction.schema.json";

  private final Console console;

  SchemaCommand(Console console) {
    this.console = console;
  }

  /** The schema text. */
  static String schema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the sinoterm-cli jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() throws IOException {
    console.out().write(schema());
    console.out().flush();
    return ExitCode.OK;
  }
}
