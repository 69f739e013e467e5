package org.sinoterm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SinotermEvalTest {

  private static int run(StringWriter err, String... args) {
    CommandLine commandLine = SinotermEval.commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void compileWritesTheCorpusThatTheMarkupDescribes(@TempDir Path dir) throws Exception {
    Path markup = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(markup.resolve("t-01.txt"), "=== t-001 news\nThe ⟦State Council|AGENCY key=STATE_COUNCIL⟧ met.",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("corpus.jsonl");
    assertEquals(0, run(new StringWriter(), "compile", markup.toString(), out.toString()));
    assertEquals(Corpus.toJsonLines(Corpus.compile(markup)), Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(1, Corpus.load(out).size());
    assertEquals(Corpus.load(markup), Corpus.load(out));
  }

  @Test
  void aMarkupErrorIsOneLineWithItsOwnExitCode(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t-01.txt"), "=== t-001 news\nThe ⟦State Council|AGENCY key=STATE_COUNCIL met.",
        StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    assertEquals(SinotermEval.CORPUS_ERROR, run(err, dir.toString()));
    assertEquals("sinoterm-eval: t-01.txt:2: ⟦ is not closed", err.toString().strip());
  }

  @Test
  void anUnknownGenreIsAWrongCommandLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t-01.txt"), "=== t-001 news\nx", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--genre", "blog", dir.toString()));
    assertTrue(err.toString().startsWith("unknown genre blog"), err.toString());
  }

  @Test
  void aMissingCorpusIsNamed(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    Path missing = dir.resolve("nothing.jsonl");
    assertEquals(SinotermEval.CORPUS_ERROR, run(err, missing.toString()));
    assertEquals("sinoterm-eval: no such file or directory: " + missing, err.toString().strip());
  }

  @Test
  void titlesMatchesTheRowsOfATsv(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("pairs.tsv");
    Files.writeString(tsv, "个人信息保护法\tPersonal Information Protection Law\n交通强国建设纲要\tOutline for Building China's "
        + "Strength in Transport\n", StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run(new StringWriter(), "titles", "--pairs", tsv.toString()));
    } finally {
      System.setOut(stdout);
    }
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("aligner top-1 accuracy on 2 shuffled policy titles "
        + "(pairs.tsv): zh->en 1.000 (2/2), en->zh 1.000 (2/2)"), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void compileCreatesTheOutputFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t-01.txt"), "=== t-001 news\nx", StandardCharsets.UTF_8);
    Path out = dir.resolve("a/b/corpus.jsonl");
    assertEquals(0, run(new StringWriter(), "compile", dir.toString(), out.toString()));
    assertTrue(Files.isRegularFile(out));
  }
}
