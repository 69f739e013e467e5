package org.sinoterm.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command writes its result, for every command to share: standard output, or a file that is written whole
 * or not at all. A file is written to a temporary file in its own directory and moved over the target only when
 * the command has finished, so a failure (a full disk, an error, an interrupted run) never leaves a partial file.
 * A failure to write becomes a message and an exit code: {@link ExitCode#OUTPUT_FAILED}, or
 * {@link ExitCode#OUTPUT_CLOSED} when standard output was closed early (a reader such as {@code head} stopped).
 *
 * <pre>{@code
 * return Output.write(console, outputFile, out -> {   // outputFile null: standard output
 *   out.write(...);
 *   return ExitCode.OK;
 * });
 * }</pre>
 */
final class Output {

  /** The name of standard output in messages. */
  static final String STDOUT = "standard output";

  /** What a command writes; it returns its exit code. */
  interface Body {
    int write(Writer out) throws IOException;
  }

  /** A write to the output failed: never confused with a failure to read an input. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private Output() {
  }

  /**
   * Runs {@code body} with a writer to {@code file}, or to the console's standard output if {@code file} is null,
   * and returns the body's exit code, or the exit code of a write failure (with its message on standard error).
   * A file is moved into place only if the body returned; it is also kept when the body reports that some inputs
   * failed, since the others were written.
   */
  static int write(Console console, Path file, Body body) throws IOException {
    if (file == null) {
      Writer out = new Guarded(console.out());
      try {
        int code = body.write(out);
        out.flush();
        return code;
      } catch (WriteFailure e) {
        return fail(console, null, e);
      }
    }
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      console.err().println("sinoterm: " + file + ": cannot write: it is a directory");
      return ExitCode.OUTPUT_FAILED;
    }
    Path temporary;
    try {
      temporary = temporaryBeside(target);
    } catch (IOException e) {
      console.err().println("sinoterm: " + file + ": cannot write (" + describe(e) + ")");
      return ExitCode.OUTPUT_FAILED;
    }
    boolean moved = false;
    try {
      int code;
      try (Writer out = new Guarded(open(temporary))) {
        code = body.write(out);
      }
      move(temporary, target);
      moved = true;
      return code;
    } catch (WriteFailure e) {
      return fail(console, file, e);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A new empty file in the target's directory, with the permissions the target will have: those of the file it
   * replaces, or those any new file gets (the user's umask). Not {@code Files.createTempFile}, whose files are
   * readable by their owner only: a report written for a web server to serve must stay readable.
   */
  private static Path temporaryBeside(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      if (Files.exists(target)
          && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      return temporary;
    }
  }

  private static Writer open(Path file) throws WriteFailure {
    try {
      return new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailure) {
        throw wrap(moveFailure);
      }
    } catch (IOException e) {
      throw wrap(e);
    }
  }

  /** Reports a write failure to {@code file}, or to standard output if it is null, and returns its exit code. */
  private static int fail(Console console, Path file, WriteFailure e) {
    String reason = describe((IOException) e.getCause());
    if (file == null && isClosedPipe(e)) {
      console.err().println("sinoterm: standard output was closed before all output was written (" + reason
          + "); stopped");
      return ExitCode.OUTPUT_CLOSED;
    }
    console.err().println("sinoterm: " + (file == null ? STDOUT : file) + ": cannot write (" + reason + ")"
        + (file == null ? "" : "; no file was written"));
    return ExitCode.OUTPUT_FAILED;
  }

  private static boolean isClosedPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed")
        || message.contains("pipe is being closed") || message.contains("pipe has been ended");
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static WriteFailure wrap(IOException e) {
    return e instanceof WriteFailure failure ? failure : new WriteFailure(e);
  }

  /** A writer whose failures are {@link WriteFailure}s. */
  private static final class Guarded extends Writer {
    private final Writer out;

    Guarded(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        out.write(buffer, offset, length);
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw wrap(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw wrap(e);
      }
    }
  }
}
