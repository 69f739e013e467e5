package org.sinoterm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Builds an extractor that also knows the bodies of a dictionary file of one's own (here, two Beijing municipal
 * bureaus), limited to government bodies. The builder checks the file when {@code build()} is called and names the
 * line of any error.
 */
public final class CustomDictionary {

  private CustomDictionary() {
  }

  public static void main(String[] args) throws IOException {
    Path dictionary = args.length > 0 ? Path.of(args[0]) : bundledExample();
    print(dictionary, "The Beijing Municipal Commerce Bureau and 北京市经信局 signed the agreement with MOFCOM.",
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void print(Path dictionary, String text, PrintStream out) {
    Extractor extractor = Sinoterm.builder()
        .types(EntityType.AGENCY)
        .addDictionary(dictionary)
        .build();
    for (Entity entity : extractor.extract(text).entities()) {
      out.println(entity.text() + " -> " + entity.normalized());
    }
  }

  /** Copies the example dictionary out of the jar, as a user's own file would be on disk. */
  static Path bundledExample() {
    try (InputStream in = CustomDictionary.class.getResourceAsStream("beijing-bureaus.tsv")) {
      Path file = Files.createTempFile("beijing-bureaus", ".tsv");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
