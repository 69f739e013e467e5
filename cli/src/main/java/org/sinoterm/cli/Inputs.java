package org.sinoterm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sinoterm.Extractor;

/**
 * The documents named on the command line: files, the {@code .txt} and {@code .md} files under directories
 * (sorted, recursively), or standard input. A problem with one input is reported on standard error and counted;
 * the other inputs are still read. A binary file (one with NUL characters once decoded) is skipped with a warning.
 */
final class Inputs {

  /** The source name of standard input. */
  static final String STDIN = "<stdin>";

  /** One document to process. */
  record Document(String source, String text) {
  }

  /** Receives each document in turn. */
  interface Sink {
    void accept(Document document) throws IOException;
  }

  /** Receives the documents a batch at a time, in order. */
  interface BatchSink {
    void accept(List<Document> documents) throws IOException;
  }

  private final InputStream stdin;
  private final PrintWriter err;
  private final Charset charset;
  private int failures;

  Inputs(InputStream stdin, PrintWriter err, Charset charset) {
    this.stdin = stdin;
    this.err = err;
    this.charset = charset;
  }

  /** The number of inputs that could not be read. */
  int failures() {
    return failures;
  }

  /** Reads each input named by {@code arguments} (standard input when there are none) and passes it on. */
  void forEach(List<Path> arguments, Sink sink) throws IOException {
    if (arguments == null || arguments.isEmpty()) {
      read(STDIN, stdin.readAllBytes(), sink);
      return;
    }
    for (Path argument : arguments) {
      if (argument.toString().equals("-")) {
        read(STDIN, stdin.readAllBytes(), sink);
      } else if (Files.isDirectory(argument)) {
        List<Path> files = textFilesUnder(argument);
        if (files.isEmpty()) {
          fail(argument + ": no .txt or .md files in this directory");
        }
        for (Path file : files) {
          readFile(file, sink);
        }
      } else {
        readFile(argument, sink);
      }
    }
  }

  /**
   * Reads the inputs as {@link #forEach} does and passes the documents on in batches of at most {@code maxDocuments}
   * documents and {@code maxChars} characters (a longer document is a batch of its own). A problem with an input is
   * reported when it is read, before the batch it would have joined is passed on.
   */
  void forEachBatch(List<Path> arguments, int maxDocuments, int maxChars, BatchSink sink) throws IOException {
    List<Document> batch = new ArrayList<>();
    long[] chars = {0};
    forEach(arguments, document -> {
      if (!batch.isEmpty() && (batch.size() == maxDocuments || chars[0] + document.text().length() > maxChars)) {
        sink.accept(List.copyOf(batch));
        batch.clear();
        chars[0] = 0;
      }
      batch.add(document);
      chars[0] += document.text().length();
    });
    if (!batch.isEmpty()) {
      sink.accept(List.copyOf(batch));
    }
  }

  /**
   * {@link #forEachBatch} with the batches of {@link Extractor#extractAll}, which keeps each recognizer's tables in
   * the processor's caches across many short files.
   */
  void forEachBatch(List<Path> arguments, BatchSink sink) throws IOException {
    forEachBatch(arguments, Extractor.BATCH_TEXTS, Extractor.BATCH_CHARS, sink);
  }

  /** The texts of {@code documents}, in order. */
  static List<String> texts(List<Document> documents) {
    List<String> texts = new ArrayList<>(documents.size());
    for (Document document : documents) {
      texts.add(document.text());
    }
    return texts;
  }

  private void readFile(Path file, Sink sink) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      fail(file + ": cannot read (" + describe(e) + ")");
      return;
    }
    read(file.toString(), bytes, sink);
  }

  private void read(String source, byte[] bytes, Sink sink) throws IOException {
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (MalformedInputException e) {
      fail(source + ": not valid " + charset.name() + " text; skipped (try --charset GB18030 for Chinese legacy "
          + "encodings)");
      return;
    } catch (CharacterCodingException e) {
      fail(source + ": cannot be decoded as " + charset.name() + "; skipped");
      return;
    }
    if (text.indexOf('\u0000') >= 0) {
      failures++;
      err.println("sinoterm: warning: " + source + ": a binary file (it contains NUL characters); skipped");
      return;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    sink.accept(new Document(source, text));
  }

  private static List<Path> textFilesUnder(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".txt") || name.endsWith(".md");
          })
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  private void fail(String message) {
    failures++;
    err.println("sinoterm: " + message);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
