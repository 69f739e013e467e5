package org.sinoterm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The input files of the command tests: UTF-8 text under a test's directory, its folders made as needed. */
final class TextFiles {

  private TextFiles() {
  }

  /** Writes {@code content} to {@code dir/name} ("briefs/a.txt" makes briefs/) and returns the file. */
  static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
