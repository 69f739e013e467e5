package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output helper: a file is written whole or not at all, and a failure to write is a message and a code. */
class OutputTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Console console(OutputStream out) {
    return new Console(new ByteArrayInputStream(new byte[0]), new OutputStreamWriter(out, StandardCharsets.UTF_8),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), false);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void aFileAppearsOnlyWhenTheBodyHasFinished() throws IOException {
    Path target = dir.resolve("result.jsonl");
    int code = Output.write(console(new ByteArrayOutputStream()), target, out -> {
      out.write("first\n");
      out.flush();
      assertFalse(Files.exists(target), "the target exists before the command has finished");
      out.write("second\n");
      return ExitCode.INPUT_FAILED;
    });
    assertEquals(ExitCode.INPUT_FAILED, code);
    assertEquals("first\nsecond\n", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aNewFileHasTheUsualPermissionsAndARewrittenOneKeepsItsOwn() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "a POSIX file system");
    Path usual = Files.createFile(dir.resolve("usual"));
    Path target = dir.resolve("report.html");
    Output.write(console(new ByteArrayOutputStream()), target, out -> ExitCode.OK);
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target),
        "not the permissions of a file created the usual way (regression: 0600, from a temporary file)");
    Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(target, own);
    Output.write(console(new ByteArrayOutputStream()), target, out -> ExitCode.OK);
    assertEquals(own, Files.getPosixFilePermissions(target));
  }

  @Test
  void aBodyThatFailsLeavesNoFileAndKeepsTheOldOne() throws IOException {
    Path target = dir.resolve("result.jsonl");
    Files.writeString(target, "old");
    assertThrows(IllegalStateException.class, () -> Output.write(console(new ByteArrayOutputStream()), target,
        out -> {
          out.write("half of it");
          throw new IllegalStateException("boom");
        }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files(), "a temporary file was left");
  }

  @Test
  void aDirectoryThatDoesNotExistIsAnOutputFailure() throws IOException {
    Path target = dir.resolve("missing/result.jsonl");
    int code = Output.write(console(new ByteArrayOutputStream()), target, out -> ExitCode.OK);
    assertEquals(ExitCode.OUTPUT_FAILED, code);
    assertEquals("sinoterm: " + target + ": cannot write (no such file or directory)\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), files());
  }

  @Test
  void aDirectoryIsNotAnOutputFile() throws IOException {
    int code = Output.write(console(new ByteArrayOutputStream()), dir, out -> ExitCode.OK);
    assertEquals(ExitCode.OUTPUT_FAILED, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("it is a directory"), () -> err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aWriteThatFailsMidwayLeavesNoFile() throws IOException {
    Path target = dir.resolve("full.jsonl");
    int code = Output.write(console(new ByteArrayOutputStream()), target, out -> {
      out.write("x".repeat(100));
      throw new Output.WriteFailure(new IOException("No space left on device"));
    });
    assertEquals(ExitCode.OUTPUT_FAILED, code);
    assertEquals("sinoterm: " + target + ": cannot write (No space left on device); no file was written\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), files());
  }

  @Test
  void aClosedStandardOutputStopsTheCommand() throws IOException {
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    int[] written = {0};
    int code = Output.write(console(closed), null, out -> {
      for (int i = 0; i < 1000; i++) {
        out.write("{\"source\":\"doc\"}\n");
        out.flush();
        written[0]++;
      }
      return ExitCode.OK;
    });
    assertEquals(ExitCode.OUTPUT_CLOSED, code);
    assertEquals(0, written[0], "the command went on writing to a closed pipe");
    assertEquals("sinoterm: standard output was closed before all output was written (Broken pipe); stopped\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anotherStandardOutputFailureIsAnOutputFailure() throws IOException {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    int code = Output.write(console(full), null, out -> {
      out.write("x");
      out.flush();
      return ExitCode.OK;
    });
    assertEquals(ExitCode.OUTPUT_FAILED, code);
    assertEquals("sinoterm: standard output: cannot write (No space left on device)\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
