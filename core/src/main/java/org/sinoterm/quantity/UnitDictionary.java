package org.sinoterm.quantity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.NormalizedText;

/**
 * Written forms of currencies and units of measure, and where they stand: "CNY 1.3 trillion" (prefix),
 * "1.3 trillion yuan" (suffix), "20 GWh", "1.3万亿元", 百分之二十 (prefix). Immutable.
 *
 * <p>Format {@code unit/1}: columns {@code surface, unit, kind, position}; {@code position} is {@code prefix},
 * {@code suffix} or {@code prefix|suffix}.
 */
public final class UnitDictionary {

  /** The {@code #format} of unit dictionaries. */
  public static final String FORMAT = "unit/1";

  private static final List<String> COLUMNS = List.of("surface", "unit", "kind", "position");
  private static final Set<String> KINDS = Set.of("currency", "ratio", "energy", "power", "mass", "length", "area",
      "volume");

  /** A unit as written: its canonical symbol ("CNY", "percent", "GWh"), its kind, and where it may stand. */
  public record Unit(String symbol, String kind, boolean prefix, boolean suffix) {
  }

  /** Where a unit was found, in normalized offsets. */
  public record Found(int start, int end, Unit unit) {
  }

  private final SurfaceAutomaton<Unit> automaton;

  private UnitDictionary(SurfaceAutomaton<Unit> automaton) {
    this.automaton = automaton;
  }

  /**
   * Loads the bundled file and the user's files.
   *
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static UnitDictionary load(TsvFile bundled, Collection<TsvFile> userFiles) {
    SurfaceAutomaton.Builder<Unit> builder = SurfaceAutomaton.builder();
    List<TsvFile> files = new java.util.ArrayList<>();
    files.add(bundled);
    files.addAll(userFiles);
    for (TsvFile file : files) {
      if (!FORMAT.equals(file.format())) {
        throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
      }
      file.requireColumns(COLUMNS, List.of());
      for (TsvFile.Row row : file.rows()) {
        String surface = row.get(file.columnIndex("surface"));
        String symbol = row.get(file.columnIndex("unit"));
        String kind = row.get(file.columnIndex("kind"));
        String position = row.get(file.columnIndex("position"));
        if (surface.isEmpty() || symbol.isEmpty()) {
          throw file.error(row.line(), "surface and unit must not be empty");
        }
        if (!KINDS.contains(kind)) {
          throw file.error(row.line(), "unknown kind '" + kind + "' (known: " + String.join(", ", KINDS.stream()
              .sorted().toList()) + ")");
        }
        boolean prefix = false;
        boolean suffix = false;
        for (String p : position.split("\\|")) {
          switch (p) {
            case "prefix" -> prefix = true;
            case "suffix" -> suffix = true;
            default -> throw file.error(row.line(), "position must be prefix, suffix or prefix|suffix, not '"
                + position + "'");
          }
        }
        builder.add(surface, new Unit(symbol, kind, prefix, suffix));
      }
    }
    return new UnitDictionary(builder.build());
  }

  /**
   * The units of {@code text}, the longest at each start (and at each end, for prefixes): maps from normalized
   * start offset and from end offset to the unit found there.
   */
  Index index(NormalizedText text) {
    Map<Integer, Found> byStart = new HashMap<>();
    Map<Integer, Found> byEnd = new HashMap<>();
    for (SurfaceAutomaton.Match<Unit> match : automaton.findAll(text)) {
      Found found = new Found(match.start(), match.end(), match.value());
      if (match.value().suffix()) {
        byStart.merge(match.start(), found, (a, b) -> a.end() - a.start() >= b.end() - b.start() ? a : b);
      }
      if (match.value().prefix()) {
        byEnd.merge(match.end(), found, (a, b) -> a.end() - a.start() >= b.end() - b.start() ? a : b);
      }
    }
    return new Index(byStart, byEnd);
  }

  /** The units of one text: suffix units by start, prefix units by end. */
  record Index(Map<Integer, Found> suffixesByStart, Map<Integer, Found> prefixesByEnd) {

    Found suffixAt(int start) {
      return suffixesByStart.get(start);
    }

    Found prefixEndingAt(int end) {
      return prefixesByEnd.get(end);
    }
  }
}
