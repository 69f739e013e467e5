package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the command line: the input's lines up to the first empty line are the arguments, the rest is standard
 * input. Whatever the arguments, the command returns a documented exit code (0 to 6), prints no stack trace, writes
 * schema-conforming JSON Lines when it succeeds, and leaves no partial output file: after a failure the {@code -o}
 * file does not exist, and no temporary file is left.
 *
 * <p>The arguments are confined to a sandbox: a line that is an option, a value or a file name of the
 * vocabulary below is kept; any other line names a path inside the sandbox's {@code inputs} directory (so that the
 * fuzzer cannot make the command read a device or write outside the sandbox), and the value of {@code -o} is always
 * one of the sandbox's output paths.
 */
class CommandLineFuzzTest {

  private static final Path SANDBOX = sandbox();
  private static final Path OUT = SANDBOX.resolve("out");
  private static final List<String> OUTPUTS = List.of("out/result.jsonl", "out/missing/result.jsonl", "out",
      "inputs/brief.txt/result.jsonl");
  /** Options and values the fuzzer may use as they are. */
  private static final Set<String> VOCABULARY = Set.of("extract", "align", "report", "schema", "help", "--help",
      "-h", "--version", "-V", "--format", "jsonl", "tsv", "table", "--types", "AGENCY", "QUANTITY,DATE",
      "AGENCY,PLANET", "--dictionary", "--charset", "GB18030", "UTF-16", "--date", "2022-01-05", "2022-13-01",
      "--discover-terms", "--no-discover-terms", "--check", "--threshold", "0.35", "0", "1.5", "--explain", "-o",
      "--output", "-", "--");

  private static Path sandbox() {
    try {
      Path dir = Files.createTempDirectory("sinoterm-cli-fuzz");
      Path inputs = Files.createDirectories(dir.resolve("inputs"));
      Files.createDirectories(dir.resolve("out"));
      Files.createDirectories(inputs.resolve("empty-dir"));
      Files.createDirectories(inputs.resolve("dir"));
      Files.writeString(inputs.resolve("brief.txt"), "Issuing bodies: MIIT; NDRC\n十部门关于印发《规划》的通知, "
          + "CNY 1.3 trillion by 2025", StandardCharsets.UTF_8);
      Files.write(inputs.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
      Files.write(inputs.resolve("latin1.txt"), new byte[] {(byte) 0xE9, 't', (byte) 0xE9});
      Files.writeString(inputs.resolve("dir/a.md"), "MOST", StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("zh.txt"), "数据安全法\n\n个人信息保护法\n数据安全法\n", StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("en.txt"), "Personal Information Protection Law\nData Security Law\n",
          StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("glossary.csv"), "English,Chinese\nData Security Law,个人信息保护法\n"
          + "Personal Information Protection Law,数据安全法\n\"unclosed,\n", StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("glossary.tsv"), "en\tzh\nData Security Law\t数据安全法\n",
          StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("bad.tsv"), "#format\tagency/1\n#version\t1\n#source\tx\n#license\tx\n"
          + "key\ten\nA\n", StandardCharsets.UTF_8);
      Files.writeString(inputs.resolve("mine.tsv"), "#format\tagency/1\n#version\t1\n#source\tx\n#license\tx\n"
          + "key\tacronyms\ten\nBJEIB\tBJEIB\tBeijing Municipal Bureau of Economy and Information Technology\n",
          StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void removeSandbox() throws IOException {
    try (Stream<Path> files = Files.walk(SANDBOX)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @FuzzTest(maxDuration = "3m")
  void run(byte[] bytes) throws IOException {
    String input = new String(bytes, StandardCharsets.UTF_8);
    int split = input.indexOf("\n\n");
    String argumentLines = split < 0 ? input : input.substring(0, split);
    byte[] stdin = split < 0 ? new byte[0] : input.substring(split + 2).getBytes(StandardCharsets.UTF_8);
    List<String> arguments = arguments(argumentLines);
    String output = outputOf(arguments);
    CliRun run = CliRun.run(stdin, arguments.toArray(String[]::new));
    assertTrue(run.exitCode() >= 0 && run.exitCode() <= 6, () -> "exit code " + run.exitCode() + " for "
        + arguments + ": " + run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception:"), () -> "a stack trace for "
        + arguments + ": " + run.err());
    if (run.exitCode() <= 1 && arguments.contains("extract") && !arguments.contains("tsv")
        && run.out().startsWith("{\"source\"")) {
      SchemaCheck.lines(run.out());
    }
    if (output != null && run.exitCode() > 1 && run.exitCode() != ExitCode.FLAGGED) {
      Path target = SANDBOX.resolve(output);
      assertTrue(!Files.isRegularFile(target), () -> "a partial output file after exit " + run.exitCode());
    }
    try (Stream<Path> left = Files.walk(OUT)) {
      List<Path> temporary = left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
      assertTrue(temporary.isEmpty(), () -> "temporary files left: " + temporary);
    }
    try (Stream<Path> outputs = Files.list(OUT)) {
      for (Path file : outputs.toList()) {
        Files.delete(file);
      }
    }
  }

  private static List<String> arguments(String lines) {
    List<String> arguments = new ArrayList<>();
    List<String> given = lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n", -1));
    for (int i = 0; i < given.size() && arguments.size() < 32; i++) {
      String line = given.get(i);
      String previous = arguments.isEmpty() ? "" : arguments.get(arguments.size() - 1);
      if (previous.equals("-o") || previous.equals("--output")) {
        arguments.add(SANDBOX.resolve(OUTPUTS.get(Math.floorMod(line.hashCode(), OUTPUTS.size()))).toString());
      } else if (VOCABULARY.contains(line)) {
        arguments.add(line);
      } else {
        String name = line.replaceAll("[^A-Za-z0-9._-]", "").replace("..", "");
        arguments.add(SANDBOX.resolve("inputs").resolve(name.isEmpty() ? "missing.txt" : name).toString());
      }
    }
    return arguments;
  }

  private static String outputOf(List<String> arguments) {
    for (int i = 0; i + 1 < arguments.size(); i++) {
      if (arguments.get(i).equals("-o") || arguments.get(i).equals("--output")) {
        return SANDBOX.relativize(Path.of(arguments.get(i + 1))).toString();
      }
    }
    return null;
  }
}
