package org.sinoterm.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams a command uses, always UTF-8 whatever the platform's default; tests give their own.
 *
 * @param in standard input
 * @param out standard output, where results go
 * @param err standard error, where diagnostics go
 * @param terminal true if a person is watching: the process has a console ({@link System#console()}), so progress
 *     lines on standard error are shown, not piled up in a log
 */
record Console(InputStream in, Writer out, PrintWriter err, boolean terminal) {

  /**
   * The process's streams. Results go to the standard output file descriptor directly, not through
   * {@code System.out}, a PrintStream that swallows write errors: a closed pipe ({@code sinoterm extract … | head})
   * must stop the command with a message, not let it run on writing to nowhere.
   */
  static Console system() {
    return new Console(System.in,
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), System.console() != null);
  }

  static Console of(InputStream in, PrintStream out, PrintStream err) {
    return of(in, out, err, false);
  }

  static Console of(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    return new Console(in, new OutputStreamWriter(out, StandardCharsets.UTF_8),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), terminal);
  }
}
