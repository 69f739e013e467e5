package org.sinoterm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/**
 * Hostile text through the extractor the CLI uses, with and without term discovery: each input gives output that
 * conforms to the JSON schema with every entity's text at its offsets, and takes time linear in its length.
 *
 * <p>Linearity is checked by timing the same kind of input at n and 4n characters (the best of three runs each,
 * interleaved, after a warm-up): linear work takes about 4 times as long, quadratic work 16 times; the test fails above 10
 * times (plus 200 ms for noise). This is a generous guard against superlinear work, not a benchmark.
 *
 * <p>The class runs once, not again under the Turkish default locale: these inputs have no letters whose case
 * the locale changes, and the second run would only double the time of the build.
 */
@DisabledIfSystemProperty(named = "user.language", matches = "tr")
class HostileInputTest {

  private static final Extractor DEFAULT = Sinoterm.extractor();
  private static final Extractor DISCOVERY = Sinoterm.builder().termDiscovery(true).build();
  private static final int NESTING = 100_000;

  /** A line of ordinary English prose with a body, a number and a date in every 10 KB, and no line break. */
  static String singleLine(int length) {
    String words = "the plan asks provinces to build more charging networks and cut red tape for small firms while ";
    StringBuilder line = new StringBuilder(length + 10_000);
    while (line.length() < length) {
      line.append(words.repeat(100)).append("MIIT said exports rose 20 percent by 2025; 国务院 ");
    }
    return line.substring(0, length);
  }

  /** The hostile inputs, each as a function of its length. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("single line", (IntFunction<String>) HostileInputTest::singleLine),
        Arguments.of("nested brackets", (IntFunction<String>) n -> nested(n / 2)),
        Arguments.of("unclosed (", (IntFunction<String>) n -> "(".repeat(n)),
        Arguments.of("unclosed ( before words", (IntFunction<String>) n -> "(MIIT said ".repeat(n / 11)),
        Arguments.of("repeated a", (IntFunction<String>) n -> "a".repeat(n)),
        Arguments.of("repeated 1", (IntFunction<String>) n -> "1".repeat(n)),
        Arguments.of("repeated 国", (IntFunction<String>) n -> "国".repeat(n)),
        Arguments.of("repeated 一", (IntFunction<String>) n -> "一".repeat(n)),
        Arguments.of("repeated .", (IntFunction<String>) n -> ".".repeat(n)),
        Arguments.of("repeated space", (IntFunction<String>) n -> " ".repeat(n) + "MIIT"),
        Arguments.of("repeated 《", (IntFunction<String>) n -> "《".repeat(n)),
        Arguments.of("lone surrogates", (IntFunction<String>) n -> repeat("MIIT\uD800国务院\uDC00 \uDBFF2021年",
            n)),
        Arguments.of("control characters", (IntFunction<String>) n -> repeat(controls() + "MIIT 国务院 ", n)),
        Arguments.of("BOMs in the middle", (IntFunction<String>) n -> repeat("MI\uFEFFIT 国务\uFEFF院 "
            + "(\uFEFFNDRC) ", n)),
        Arguments.of("zero-width joiners", (IntFunction<String>) n -> repeat("M\u200DIIT 工\u200D信部 "
            + "ECMO\u200D\u200D 5\u200DG ", n)),
        Arguments.of("right-to-left marks", (IntFunction<String>) n -> repeat("\u200FMIIT\u202E 国务院\u200E "
            + "\u2067NDRC\u2069 \u061C", n)),
        Arguments.of("unbalanced 《", (IntFunction<String>) n -> repeat("《" + title(10_000), n)));
  }

  private static String nested(int depth) {
    String open = "([（《〈“";
    String close = ")]）》〉”";
    StringBuilder out = new StringBuilder(2 * depth);
    for (int i = 0; i < depth; i++) {
      out.append(open.charAt(i % open.length()));
    }
    for (int i = depth - 1; i >= 0; i--) {
      out.append(close.charAt(i % close.length()));
    }
    return out.toString();
  }

  private static String controls() {
    StringBuilder out = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      out.append(c);
    }
    for (char c = 0x7F; c <= 0x9F; c++) {
      out.append(c);
    }
    return out.toString();
  }

  /** Title-like Chinese text without a closing mark: what a parser looking for 》 reads to the end. */
  private static String title(int length) {
    return repeat("国务院关于印发“十四五”数字经济发展规划的通知（2021-2025年）", length);
  }

  private static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    return out.substring(0, length);
  }

  /** Extracts {@code text}, checks the JSON the CLI would write, and returns it. */
  private static JsonNode extract(Extractor extractor, String text) {
    Extraction extraction = extractor.extract(text);
    JsonNode json = SchemaCheck.valid("hostile.txt", extraction);
    for (JsonNode entity : json.get("entities")) {
      int start = entity.get("start").asInt();
      int end = entity.get("end").asInt();
      assertTrue(0 <= start && start < end && end <= text.length(), entity::toString);
      assertEquals(text.substring(start, end), entity.get("text").asText());
    }
    return json;
  }

  private static long millis(Extractor extractor, String text) {
    long start = System.nanoTime();
    extractor.extract(text);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Times n and 4n characters, interleaved so that a burst of load on the machine hits both; the best of three. */
  private static void assertLinear(String name, Extractor extractor, IntFunction<String> input, int n) {
    String small = input.apply(n);
    String large = input.apply(4 * n);
    extract(extractor, small); // warm-up, and the output is valid
    extract(extractor, large);
    long t1 = Long.MAX_VALUE;
    long t4 = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      t1 = Math.min(t1, millis(extractor, small));
      t4 = Math.min(t4, millis(extractor, large));
    }
    long small1 = t1;
    long large4 = t4;
    assertTrue(t4 <= 10 * t1 + 200, () -> name + ": " + n + " characters took " + small1 + " ms, " + 4 * n
        + " took " + large4 + " ms: superlinear");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void isLinearAndValid(String name, IntFunction<String> input) {
    assertLinear(name, DEFAULT, input, 50_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void isLinearAndValidWithTermDiscovery(String name, IntFunction<String> input) {
    assertLinear(name, DISCOVERY, input, 10_000);
  }

  @Test
  void hundredThousandNestedBracketsAndUnclosedBrackets() {
    for (String text : new String[] {nested(NESTING), "(".repeat(NESTING), "（".repeat(NESTING),
        "《".repeat(NESTING) + "规划", "[".repeat(NESTING) + "MIIT"}) {
      extract(DEFAULT, text);
      extract(DISCOVERY, text);
    }
  }

  @Test
  void aMegabyteOfOneCharacter() {
    for (char c : "a1国( .-《\"\n".toCharArray()) {
      extract(DEFAULT, String.valueOf(c).repeat(1 << 20));
    }
  }

  @Test
  void anUnbalancedTitleMarkWithTenThousandCharactersAfterIt() {
    String text = "《" + title(10_000);
    JsonNode json = extract(DEFAULT, text);
    for (JsonNode entity : json.get("entities")) {
      assertTrue(entity.get("end").asInt() - entity.get("start").asInt() < 1000, entity::toString);
    }
    extract(DISCOVERY, text);
  }

  /** A 50 MB line: about 20 seconds, and a few hundred megabytes of heap; the hang guard is generous. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aFiftyMegabyteLine() {
    String text = singleLine(50_000_000);
    JsonNode json = extract(DEFAULT, text);
    assertTrue(json.get("entities").size() > 10_000, "the bodies, numbers and dates of the line");
  }
}
