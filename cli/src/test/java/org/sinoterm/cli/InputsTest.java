package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Inputs#forEachBatch}: the documents of {@link Inputs#forEach}, in order, in bounded batches. */
class InputsTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private Inputs inputs() {
    return new Inputs(new ByteArrayInputStream(new byte[0]), new PrintWriter(err, true), StandardCharsets.UTF_8);
  }

  @Test
  void batchesHoldAtMostTheirDocumentsAndCharacters() throws IOException {
    TextFiles.write(dir, "a.txt", "aaaa");
    TextFiles.write(dir, "b.txt", "bb");
    TextFiles.write(dir, "c.txt", "cccccc");
    TextFiles.write(dir, "d.md", "d");
    TextFiles.write(dir, "e.txt", "eeeeeeeeeeee"); // longer than a batch: alone
    TextFiles.write(dir, "f.txt", "f");
    assertEquals(List.of("aaaa bb", "cccccc d", "eeeeeeeeeeee", "f"), batches(List.of(dir), 3, 7));
    assertEquals(List.of("aaaa bb", "cccccc d", "eeeeeeeeeeee f"), batches(List.of(dir), 2, 100));
    assertEquals(List.of("aaaa bb cccccc d eeeeeeeeeeee f"), batches(List.of(dir), 10, 100));
    assertEquals("", err.toString());
  }

  /** A file that cannot be read is reported; the documents around it are batched as if it were not named. */
  @Test
  void aFailedInputIsReportedAndSkipped() throws IOException {
    Path a = TextFiles.write(dir, "a.txt", "aa");
    Path b = TextFiles.write(dir, "b.txt", "bb");
    Inputs inputs = inputs();
    List<String> seen = new ArrayList<>();
    inputs.forEachBatch(List.of(a, dir.resolve("missing.txt"), b), 2, 100, batch -> seen.add(join(batch)));
    assertEquals(List.of("aa bb"), seen);
    assertEquals(1, inputs.failures());
    assertEquals("sinoterm: " + dir.resolve("missing.txt") + ": cannot read (no such file)\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void noDocumentsNoBatch() throws IOException {
    List<String> seen = new ArrayList<>();
    inputs().forEachBatch(List.of(dir.resolve("missing.txt")), 2, 100, batch -> seen.add(join(batch)));
    assertEquals(List.of(), seen);
  }

  private List<String> batches(List<Path> arguments, int maxDocuments, int maxChars) throws IOException {
    List<String> seen = new ArrayList<>();
    inputs().forEachBatch(arguments, maxDocuments, maxChars, batch -> seen.add(join(batch)));
    return seen;
  }

  private static String join(List<Inputs.Document> batch) {
    return String.join(" ", Inputs.texts(batch));
  }
}
