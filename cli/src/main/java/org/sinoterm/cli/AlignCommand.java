package org.sinoterm.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.sinoterm.Aligner;
import org.sinoterm.Alignment;
import org.sinoterm.ListMatching;
import org.sinoterm.Sinoterm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sinoterm align}: matches a list of Chinese terms or titles to a list of English ones, one to one, by the
 * bilingual aligner; or checks the pairs of a glossary.
 *
 * <pre>
 * $ sinoterm align zh.txt en.txt
 * score  Chinese                   English
 * 0.993  个人信息保护法            Personal Information Protection Law
 * 0.674  中华人民共和国数据安全法  Data Security Law
 * unmatched Chinese (no English scores 0.35 or more):
 *   zh.txt:3  交通强国建设纲要
 * 2 pairs; 1 of 3 Chinese and 0 of 2 English items unmatched (threshold 0.35)
 * </pre>
 *
 * <p>A list has one item a line; blank lines are skipped, and a line that repeats an earlier line of its list is
 * the same item (matched once, with a warning naming both lines). Lines are stripped of surrounding spaces.
 */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Match a list of Chinese terms or titles to a list of English ones (one a line), one to one, by "
        + "the bilingual aligner's scores: the best total (an optimal assignment), never a pair below the threshold.",
        "With --check, score each row of a glossary (CSV or TSV) and flag the rows that look wrong."})
final class AlignCommand implements Callable<Integer> {

  enum Format { table, jsonl }

  /**
   * The default threshold: the 99th percentile of the scores of false pairs of the corpus's titles (0.358), below
   * all but one of its 55 true pairs (median 0.895); the README (Bilingual aligner) gives the measurements.
   */
  static final String DEFAULT_THRESHOLD = "0.35";

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "The Chinese list and the English list (one item "
      + "a line), in that order.")
  List<Path> lists;

  @Option(names = "--check", paramLabel = "GLOSSARY",
      description = {"Check a glossary instead: a CSV or TSV file whose header names the English and Chinese "
          + "columns (English/Chinese, en/zh, en-US/zh-CN, Term (en)/Term (zh), …) or whose first two columns are "
          + "the terms. Flags rows scoring below the threshold and rows whose Chinese fits another row's English "
          + "better (a likely swap); exit code 6 when any row is flagged."})
  Path check;

  @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = DEFAULT_THRESHOLD,
      description = "The lowest score of a matched pair, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl: one JSON object a "
          + "pair or row.")
  Format format;

  @Option(names = "--explain", description = "In the table, how each pair aligned: the word pairs with their "
      + "evidence, and the words left over.")
  boolean explain;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output (whole or not at all).")
  Path output;

  @Option(names = "--charset", paramLabel = "CHARSET", defaultValue = "UTF-8",
      converter = OptionValues.CharsetName.class,
      description = "Encoding of the input files (default: ${DEFAULT-VALUE}).")
  Charset charset;

  private final Console console;

  AlignCommand(Console console) {
    this.console = console;
  }

  /** A list item: its text and the line it is on. */
  record Item(String text, int line) {
  }

  @Override
  public Integer call() throws IOException {
    if (!(threshold >= 0 && threshold <= 1)) {
      return usage("--threshold must be in [0, 1]: " + threshold);
    }
    int given = lists == null ? 0 : lists.size();
    if (check != null) {
      if (given > 0) {
        return usage("--check GLOSSARY takes no list files");
      }
      return check();
    }
    if (given != 2) {
      return usage("expected two files, the Chinese list and the English list (or --check GLOSSARY)");
    }
    List<Item> zh = readList(lists.get(0));
    List<Item> en = readList(lists.get(1));
    if (zh == null || en == null) {
      return ExitCode.INPUT_FAILED;
    }
    Aligner aligner = Sinoterm.aligner();
    ListMatching matching = aligner.match(texts(zh), texts(en), threshold);
    String zhName = lists.get(0).toString();
    String enName = lists.get(1).toString();
    return Output.write(console, output, out -> {
      if (format == Format.jsonl) {
        writeJsonl(out, matching, zh, en);
      } else {
        writeTable(out, matching, zh, en, zhName, enName);
      }
      return ExitCode.OK;
    });
  }

  private int usage(String message) {
    console.err().println("sinoterm: align: " + message);
    return ExitCode.USAGE;
  }

  private static List<String> texts(List<Item> items) {
    List<String> texts = new ArrayList<>(items.size());
    items.forEach(item -> texts.add(item.text()));
    return texts;
  }

  /** The items of a list file, or null (with a message) if it cannot be read. */
  private List<Item> readList(Path file) throws IOException {
    String text = readText(file);
    if (text == null) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(line, i + 1);
      if (earlier != null) {
        console.err().println("sinoterm: warning: " + file + ":" + (i + 1) + ": repeats line " + earlier
            + "; matched once");
        continue;
      }
      items.add(new Item(line, i + 1));
    }
    return items;
  }

  /** A whole file, decoded, or null (with a message) if it cannot be read or is not text. */
  private String readText(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      console.err().println("sinoterm: " + file + ": a directory; give a file with one item a line");
      return null;
    }
    List<String> texts = new ArrayList<>();
    Inputs inputs = new Inputs(console.in(), console.err(), charset);
    inputs.forEach(List.of(file), document -> texts.add(document.text()));
    return inputs.failures() > 0 || texts.isEmpty() ? null : texts.get(0);
  }

  private void writeJsonl(Writer out, ListMatching matching, List<Item> zh, List<Item> en) throws IOException {
    for (ListMatching.Pair pair : matching.pairs()) {
      ObjectNode node = ExtractionJson.MAPPER.createObjectNode();
      node.put("zh", zh.get(pair.chinese()).text());
      node.put("en", en.get(pair.english()).text());
      node.put("score", pair.score());
      node.put("explanation", oneLine(pair.alignment()));
      node.put("zhLine", zh.get(pair.chinese()).line());
      node.put("enLine", en.get(pair.english()).line());
      writeLine(out, node);
    }
    for (int i : matching.unmatchedChinese()) {
      writeLine(out, unmatched("zh", zh.get(i), "en"));
    }
    for (int j : matching.unmatchedEnglish()) {
      writeLine(out, unmatched("en", en.get(j), "zh"));
    }
  }

  private ObjectNode unmatched(String side, Item item, String other) {
    ObjectNode node = ExtractionJson.MAPPER.createObjectNode();
    node.put("zh", side.equals("zh") ? item.text() : null);
    node.put("en", side.equals("en") ? item.text() : null);
    node.putNull("score");
    node.put("explanation", String.format(Locale.ROOT, "no %s item scores %.2f or more with it", other.equals("en")
        ? "English" : "Chinese", threshold));
    node.put(side + "Line", item.line());
    return node;
  }

  private static void writeLine(Writer out, ObjectNode node) throws IOException {
    out.write(ExtractionJson.MAPPER.writeValueAsString(node));
    out.write('\n');
  }

  /**
   * The alignment in one line: {@code 医疗装备=Medical Equipment (VOCABULARY); 规划=Plan (VOCABULARY) | unaligned zh:
   * 产业, 发展 | unaligned en: Robotics}.
   */
  static String oneLine(Alignment alignment) {
    StringBuilder line = new StringBuilder();
    for (Alignment.WordPair pair : alignment.pairs()) {
      line.append(line.length() == 0 ? "" : "; ").append(pair.chinese().text()).append('=');
      for (int i = 0; i < pair.english().size(); i++) {
        line.append(i == 0 ? "" : " ").append(pair.english().get(i).text());
      }
      line.append(" (").append(pair.evidence().name());
      if (pair.strength() < 1) {
        line.append(String.format(Locale.ROOT, " %.2f", pair.strength()));
      }
      line.append(')');
    }
    appendUnaligned(line, "unaligned zh", alignment.unalignedChinese());
    appendUnaligned(line, "unaligned en", alignment.unalignedEnglish());
    return line.toString();
  }

  private static void appendUnaligned(StringBuilder line, String label, List<Alignment.Word> words) {
    StringBuilder list = new StringBuilder();
    for (Alignment.Word word : words) {
      if (word.weight() > 0) {
        list.append(list.length() == 0 ? "" : ", ").append(word.text());
      }
    }
    if (list.length() > 0) {
      line.append(line.length() == 0 ? "" : " | ").append(label).append(": ").append(list);
    }
  }

  private void writeTable(Writer out, ListMatching matching, List<Item> zh, List<Item> en, String zhName,
      String enName) throws IOException {
    int width = Math.min(MAX_COLUMN, Math.max(displayWidth("Chinese"),
        matching.pairs().stream().mapToInt(p -> displayWidth(zh.get(p.chinese()).text())).max().orElse(0)));
    out.write("score  " + pad("Chinese", width) + "  English\n");
    for (ListMatching.Pair pair : matching.pairs()) {
      out.write(String.format(Locale.ROOT, "%.3f  %s  %s%n", pair.score(), pad(zh.get(pair.chinese()).text(), width),
          en.get(pair.english()).text()));
      if (explain) {
        for (String line : pair.alignment().explain().split("\n")) {
          out.write("       " + line.strip() + "\n");
        }
      }
    }
    unmatchedTable(out, "Chinese", "English", matching.unmatchedChinese(), zh, zhName);
    unmatchedTable(out, "English", "Chinese", matching.unmatchedEnglish(), en, enName);
    out.write(String.format(Locale.ROOT, "%d pairs; %d of %d Chinese and %d of %d English items unmatched "
        + "(threshold %.2f)%n", matching.pairs().size(), matching.unmatchedChinese().size(), zh.size(),
        matching.unmatchedEnglish().size(), en.size(), threshold));
  }

  private void unmatchedTable(Writer out, String side, String other, List<Integer> indices, List<Item> items,
      String file) throws IOException {
    if (indices.isEmpty()) {
      return;
    }
    out.write(String.format(Locale.ROOT, "unmatched %s (no %s scores %.2f or more):%n", side, other, threshold));
    for (int i : indices) {
      out.write("  " + file + ":" + items.get(i).line() + "  " + items.get(i).text() + "\n");
    }
  }

  /** The widest column padded; longer texts overflow it. */
  static final int MAX_COLUMN = 48;

  /** Columns a text takes in a terminal: two for East Asian wide and full-width characters, one otherwise. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return width;
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }

  static String pad(String text, int width) {
    int missing = width - displayWidth(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  // --- --check -------------------------------------------------------------------------------------------------

  /** Why a glossary row looks wrong. */
  enum Flag {
    /** Its English and Chinese score below the threshold. */
    LOW_SCORE("low-score"),
    /** Its Chinese fits another row's English better, in the optimal assignment of all the rows. */
    LIKELY_SWAP("likely-swap"),
    /** One side is empty. */
    INCOMPLETE("incomplete");

    final String code;

    Flag(String code) {
      this.code = code;
    }
  }

  /** The verdict on one row. */
  record Checked(GlossaryRows.Row row, Alignment alignment, Flag flag, GlossaryRows.Row better,
      double betterScore) {
  }

  private int check() throws IOException {
    String text = readText(check);
    if (text == null) {
      return ExitCode.INPUT_FAILED;
    }
    List<GlossaryRows.Row> rows;
    try {
      rows = GlossaryRows.read(check.toString(), text);
    } catch (GlossaryRows.MalformedGlossary e) {
      console.err().println("sinoterm: " + e.getMessage());
      return ExitCode.CONFIGURATION;
    }
    List<Checked> checked = check(Sinoterm.aligner(), rows, threshold);
    long flagged = checked.stream().filter(c -> c.flag() != null).count();
    int code = Output.write(console, output, out -> {
      if (format == Format.jsonl) {
        for (Checked c : checked) {
          writeLine(out, json(c));
        }
      } else {
        writeCheckTable(out, checked, flagged);
      }
      return ExitCode.OK;
    });
    return code != ExitCode.OK ? code : flagged > 0 ? ExitCode.FLAGGED : ExitCode.OK;
  }

  /**
   * Scores every row and flags those that look wrong. The swap test matches the distinct Chinese terms to the
   * distinct English terms of the whole glossary; a row is a likely swap when its Chinese is matched to the
   * English of a row with another Chinese term, and scores higher with it than with its own. A Chinese term listed
   * with two English synonyms on two rows is therefore not flagged: the English it is matched to is its own.
   */
  static List<Checked> check(Aligner aligner, List<GlossaryRows.Row> rows, double threshold) {
    Map<String, Integer> zhIndex = new LinkedHashMap<>();
    Map<String, Integer> enIndex = new LinkedHashMap<>();
    Map<String, List<GlossaryRows.Row>> rowsOfEnglish = new HashMap<>();
    for (GlossaryRows.Row row : rows) {
      if (!row.zh().isEmpty() && !row.en().isEmpty()) {
        zhIndex.putIfAbsent(row.zh(), zhIndex.size());
        enIndex.putIfAbsent(row.en(), enIndex.size());
        rowsOfEnglish.computeIfAbsent(row.en(), k -> new ArrayList<>()).add(row);
      }
    }
    List<String> zh = new ArrayList<>(zhIndex.keySet());
    List<String> en = new ArrayList<>(enIndex.keySet());
    ListMatching matching = aligner.match(zh, en, threshold);
    Map<String, ListMatching.Pair> byChinese = new HashMap<>();
    for (ListMatching.Pair pair : matching.pairs()) {
      byChinese.put(zh.get(pair.chinese()), pair);
    }
    // Each row's own alignment, rows in parallel (the aligner is thread-safe); null for an incomplete row.
    Alignment[] owns = new Alignment[rows.size()];
    IntStream.range(0, rows.size()).parallel().forEach(r -> {
      GlossaryRows.Row row = rows.get(r);
      if (!row.zh().isEmpty() && !row.en().isEmpty()) {
        owns[r] = aligner.align(row.zh(), row.en());
      }
    });
    List<Checked> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      GlossaryRows.Row row = rows.get(r);
      Alignment own = owns[r];
      if (own == null) {
        out.add(new Checked(row, null, Flag.INCOMPLETE, null, 0));
        continue;
      }
      ListMatching.Pair assigned = byChinese.get(row.zh());
      GlossaryRows.Row other = null;
      if (assigned != null && assigned.score() > own.score()) {
        for (GlossaryRows.Row candidate : rowsOfEnglish.get(en.get(assigned.english()))) {
          if (!candidate.zh().equals(row.zh())) {
            other = candidate;
            break;
          }
        }
      }
      if (other != null) {
        out.add(new Checked(row, own, Flag.LIKELY_SWAP, other, assigned.score()));
      } else if (own.score() < threshold) {
        out.add(new Checked(row, own, Flag.LOW_SCORE, null, 0));
      } else {
        out.add(new Checked(row, own, null, null, 0));
      }
    }
    return out;
  }

  private String reason(Checked c) {
    if (c.flag() == null) {
      return "";
    }
    return switch (c.flag()) {
      case INCOMPLETE -> c.row().en().isEmpty() ? "no English" : "no Chinese";
      case LOW_SCORE -> String.format(Locale.ROOT, "scores below %.2f", threshold);
      case LIKELY_SWAP -> String.format(Locale.ROOT, "the Chinese fits the English of line %d better (%.3f: %s)",
          c.better().line(), c.betterScore(), c.better().en());
    };
  }

  private ObjectNode json(Checked c) {
    ObjectNode node = ExtractionJson.MAPPER.createObjectNode();
    node.put("line", c.row().line());
    node.put("zh", c.row().zh());
    node.put("en", c.row().en());
    if (c.alignment() == null) {
      node.putNull("score");
    } else {
      node.put("score", c.alignment().score());
    }
    node.put("flag", c.flag() == null ? null : c.flag().code);
    node.put("reason", c.flag() == null ? null : reason(c));
    node.put("explanation", c.alignment() == null ? "" : oneLine(c.alignment()));
    if (c.better() != null) {
      ObjectNode better = node.putObject("better");
      better.put("line", c.better().line());
      better.put("en", c.better().en());
      better.put("score", c.betterScore());
    }
    return node;
  }

  private void writeCheckTable(Writer out, List<Checked> checked, long flagged) throws IOException {
    int width = Math.min(MAX_COLUMN, Math.max(displayWidth("Chinese"),
        checked.stream().mapToInt(c -> displayWidth(c.row().zh())).max().orElse(0)));
    out.write("line  flag         score  " + pad("Chinese", width) + "  English\n");
    for (Checked c : checked) {
      out.write(String.format(Locale.ROOT, "%4d  %-11s  %s  %s  %s%n", c.row().line(),
          c.flag() == null ? "ok" : c.flag().code, c.alignment() == null ? "    -"
              : String.format(Locale.ROOT, "%.3f", c.alignment().score()), pad(c.row().zh(), width), c.row().en()));
      if (c.flag() != null) {
        out.write("      " + reason(c) + "\n");
      }
      if (explain && c.alignment() != null) {
        for (String line : c.alignment().explain().split("\n")) {
          out.write("      " + line.strip() + "\n");
        }
      }
    }
    out.write(String.format(Locale.ROOT, "%d of %d rows flagged (threshold %.2f)%n", flagged, checked.size(),
        threshold));
  }
}
