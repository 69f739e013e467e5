package org.sinoterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of dictionary a user can add through {@code addDictionary}, each broken in the four ways of the
 * issue — a row with the wrong number of fields, a key defined twice with conflicting values (in one file, and in
 * two files), invalid UTF-8, a missing header. Each makes {@code build()} fail with a {@link DictionaryException}
 * naming the file and the line, and nothing of the file is used: the row before the broken one, which is valid,
 * is found by no extractor built afterwards.
 */
class BadDictionaryTest {

  @TempDir
  Path dir;

  /**
   * One kind: its header, column line, a valid row, a second row with the same key and another value, a text in
   * which an extractor finds {@code marker} (read from an entity by {@code read}) only if the valid row loaded.
   */
  record Kind(String format, String columns, String row, String conflicting, String probe, String marker,
      Function<Entity, String> read) {
    @Override
    public String toString() {
      return format;
    }

    String header() {
      return "#format\t" + format + "\n#version\t1\n#source\tour own list\n#license\tCC0-1.0\n";
    }

    int fields() {
      return columns.split("\t").length;
    }

    boolean foundBy(Extractor extractor) {
      return extractor.extract(probe).entities().stream().anyMatch(e -> marker.equals(read.apply(e)));
    }
  }

  private static String key(Entity entity) {
    if (entity.normalized() instanceof AgencyRef ref) {
      return ref.key();
    }
    if (entity.normalized() instanceof TechnologyRef ref) {
      return ref.key();
    }
    if (entity.normalized() instanceof PolicyRef ref) {
      return ref.key();
    }
    if (entity.normalized() instanceof Quantity quantity) {
      return quantity.unit();
    }
    return null;
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("agency/1", "key\tacronyms\ten\tzh",
            "BJXYZ\tBJXYZ\tBeijing Municipal Bureau of Xylophones\t北京市木琴局",
            "BJXYZ\tBJXYZB\tBeijing Xylophone Bureau\t北京木琴局", "BJXYZ said", "BJXYZ", BadDictionaryTest::key),
        new Kind("place/1", "code\tzh\tzh_short\ten\tlevel\tparent",
            "990100\t木琴市\t木琴\tMuqin\tPREFECTURE\t",
            "990100\t木琴县\t木琴\tMuqin County\tCOUNTY\t", "木琴市经济和信息化局印发", "木琴市经济和信息化局",
            Entity::text),
        new Kind("unit/1", "surface\tunit\tkind\tposition",
            "xylos\tXYL\tcount\tsuffix",
            "xylos\tXYM\tmass\tsuffix", "it made 20 xylos", "XYL", BadDictionaryTest::key),
        new Kind("technology/1", "key\ten\tacronyms\tzh\tsector",
            "XYLO_PHONE\txylophone synthesis\tXYPS\t木琴合成\tICT",
            "XYLO_PHONE\txylophone assembly\tXYPA\t木琴装配\tICT", "XYPS and xylophone synthesis", "XYLO_PHONE",
            BadDictionaryTest::key),
        new Kind("policy/1", "key\ten\tzh\tsource",
            "XYLO_PLAN\tXylophone Promotion Plan\t木琴推广规划\tour list",
            "XYLO_PLAN\tXylophone Plan\t木琴规划\tour list", "the Xylophone Promotion Plan (木琴推广规划)",
            "XYLO_PLAN", BadDictionaryTest::key));
  }

  /** The kinds, each with one way of breaking a file and the line the message must name. */
  static Stream<Arguments> brokenFiles() {
    return kinds().flatMap(kind -> {
      String valid = kind.header() + kind.columns() + "\n" + kind.row() + "\n";
      String[] fields = kind.conflicting().split("\t", -1);
      String shortRow = String.join("\t", Arrays.copyOf(fields, fields.length - 1));
      return Stream.of(
          Arguments.of(kind, "wrong column count", bytes(valid + shortRow + "\n"), 7,
              "expected " + kind.fields() + " fields"),
          Arguments.of(kind, "duplicate key with another value", bytes(valid + kind.conflicting() + "\n"), 7,
              "defined twice|already"),
          Arguments.of(kind, "invalid UTF-8", concat(bytes(valid), new byte[] {'x', (byte) 0xC3, '(', '\n'}), 7,
              "not valid UTF-8"),
          Arguments.of(kind, "missing header", bytes(valid.replace("#license\tCC0-1.0\n", "")), 4,
              "missing header #license"));
    });
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("brokenFiles")
  void aBrokenFileFailsTheBuildNamingFileAndLineAndNothingOfItIsUsed(Kind kind, String broken, byte[] content,
      int line, String problem) throws IOException {
    Path file = write("mine.tsv", content);
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> Sinoterm.builder().addDictionary(file).build());
    assertEquals(file.toString(), e.source());
    assertEquals(line, e.line(), e::getMessage);
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    assertTrue(Pattern.compile(problem).matcher(e.getMessage()).find(), e.getMessage());
    assertFalse(kind.foundBy(Sinoterm.extractor()), "the default extractor uses the broken file");
    assertFalse(kind.foundBy(Sinoterm.builder().build()), "a later extractor uses the broken file");
  }

  /** The valid file finds its probe: the assertions above would otherwise prove nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theValidFileLoadsAndIsUsed(Kind kind) throws IOException {
    Path file = write("mine.tsv", bytes(kind.header() + kind.columns() + "\n" + kind.row() + "\n"));
    assertTrue(kind.foundBy(Sinoterm.builder().addDictionary(file).build()), kind::probe);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aKeyInTwoFilesWithConflictingValuesNamesBoth(Kind kind) throws IOException {
    Path first = write("first.tsv", bytes(kind.header() + kind.columns() + "\n" + kind.row() + "\n"));
    Path second = write("second.tsv", bytes(kind.header() + kind.columns() + "\n" + kind.conflicting() + "\n"));
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> Sinoterm.builder().addDictionary(first).addDictionary(second).build());
    assertTrue(e.getMessage().startsWith(second + ":6: "), e.getMessage());
    assertTrue(e.getMessage().contains(first + ":6"), e.getMessage());
  }
}
