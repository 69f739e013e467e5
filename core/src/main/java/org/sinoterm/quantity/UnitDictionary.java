package org.sinoterm.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * Written forms of currencies, units of measure and Chinese classifiers, and on which side of the number they
 * stand: "CNY 1.3 trillion" and "US$16.3 billion" (prefix), "1.3 trillion yuan", "20 GWh", "20GWh", 1.3万亿元 and
 * 6至8家 (suffix), 百分之二十 (prefix). Immutable and thread-safe.
 *
 * <p>Units are looked up only next to a number, so a lookup tries the few strings that end (for a prefix) or start
 * (for a suffix) there, longest first, up to the longest surface of the dictionary: "HK$" wins over "$", 千瓦时
 * over 千瓦. A suffix may be glued to its digits ("20GWh") but must end at a word boundary ("5 kWhs" has none).
 * Letter case follows the rule of the agency acronyms: a surface with two or more capitals ("GWh", "US$", "MW")
 * matches only as written, any other in any case ("percent", "kWh").
 *
 * <p>Format {@code unit/1}: columns {@code surface, unit, kind, position} and optionally {@code source};
 * {@code kind} is one of {@link #KINDS}; {@code position} is {@code prefix}, {@code suffix} or
 * {@code prefix|suffix}. A later file's surface replaces an earlier one's, so a user file may re-read "$" as
 * another currency.
 */
public final class UnitDictionary {

  /** The {@code #format} of unit dictionaries. */
  public static final String FORMAT = "unit/1";

  /** The kinds of unit a dictionary may list. */
  public static final Set<String> KINDS = Set.of("currency", "ratio", "energy", "power", "mass", "length", "area",
      "volume", "count");

  private static final List<String> REQUIRED = List.of("surface", "unit", "kind", "position");
  private static final List<String> OPTIONAL = List.of("source");

  /**
   * A unit as written: its canonical symbol ({@code CNY}, {@code percent}, {@code GWh}, 家), its kind, and where it
   * may stand.
   */
  public record Unit(String symbol, String kind, boolean prefix, boolean suffix) {
  }

  /** Where a unit was found, in the offsets of the text it was looked up in. */
  public record Found(int start, int end, Unit unit) {
  }

  /** One surface: as written, whether its case must match, and its unit. */
  private record Surface(String text, boolean exactCase, Unit unit) {
  }

  /** Surfaces by their folded text; one folded text may have an exact-case and an any-case surface. */
  private final Map<String, List<Surface>> byFolded;
  private final int longest;
  /**
   * The folded first and last characters of the surfaces, and their lengths: a lookup at a place where no surface
   * can start or end, or of a length no surface has, is answered without building a string. Lookups run at every
   * number and at every candidate year, so this is most of their cost.
   */
  private final BitSet firstChars = new BitSet();
  private final BitSet lastChars = new BitSet();
  private final BitSet lengths = new BitSet();

  private UnitDictionary(Map<String, List<Surface>> byFolded, int longest) {
    this.byFolded = byFolded;
    this.longest = longest;
    for (String folded : byFolded.keySet()) {
      firstChars.set(folded.charAt(0));
      lastChars.set(folded.charAt(folded.length() - 1));
      lengths.set(folded.length());
    }
  }

  /**
   * Loads the bundled file and the user's files, in that order. A user's surface replaces the bundled reading; a
   * surface listed twice in one file, or in two of the user's files, is an error.
   *
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static UnitDictionary load(TsvFile bundled, Collection<TsvFile> userFiles) {
    List<TsvFile> files = new ArrayList<>();
    files.add(bundled);
    files.addAll(userFiles);
    Map<String, List<Surface>> byFolded = new HashMap<>();
    Map<String, String> userSurfaces = new HashMap<>(); // surface -> file:line, across the user's files
    int longest = 0;
    for (TsvFile file : files) {
      if (!FORMAT.equals(file.format())) {
        throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
      }
      file.requireColumns(REQUIRED, OPTIONAL);
      Map<String, Integer> seenInFile = new HashMap<>();
      for (TsvFile.Row row : file.rows()) {
        String surface = row.get(file.columnIndex("surface"));
        String symbol = row.get(file.columnIndex("unit"));
        String kind = row.get(file.columnIndex("kind"));
        String position = row.get(file.columnIndex("position"));
        if (surface.isEmpty() || symbol.isEmpty()) {
          throw file.error(row.line(), "surface and unit must not be empty");
        }
        if (symbol.chars().anyMatch(Character::isWhitespace)) {
          throw file.error(row.line(), "a unit symbol has no spaces: '" + symbol + "'");
        }
        if (!KINDS.contains(kind)) {
          throw file.error(row.line(), "unknown kind '" + kind + "' (known: " + String.join(", ",
              new TreeSet<>(KINDS)) + ")");
        }
        boolean prefix = false;
        boolean suffix = false;
        for (String p : position.split("\\|", -1)) {
          switch (p) {
            case "prefix" -> prefix = true;
            case "suffix" -> suffix = true;
            default -> throw file.error(row.line(), "position must be prefix, suffix or prefix|suffix, not '"
                + position + "'");
          }
        }
        Integer earlier = seenInFile.put(surface, row.line());
        if (earlier != null) {
          throw file.error(row.line(), "surface '" + surface + "' is already listed on line " + earlier);
        }
        if (file != bundled) {
          String inOtherFile = userSurfaces.put(surface, file.name() + ":" + row.line());
          if (inOtherFile != null) {
            throw file.error(row.line(), "surface '" + surface + "' is already listed at " + inOtherFile);
          }
        }
        boolean exact = SurfaceAutomaton.CaseRule.of(surface) == SurfaceAutomaton.CaseRule.EXACT;
        Surface entry = new Surface(surface, exact, new Unit(symbol, kind, prefix, suffix));
        List<Surface> same = byFolded.computeIfAbsent(Characters.fold(surface), k -> new ArrayList<>(1));
        same.removeIf(s -> s.text().equals(surface) || (!s.exactCase() && !exact));
        same.add(entry);
        longest = Math.max(longest, surface.length());
      }
    }
    Map<String, List<Surface>> frozen = new HashMap<>();
    byFolded.forEach((key, surfaces) -> frozen.put(key, List.copyOf(surfaces)));
    return new UnitDictionary(Map.copyOf(frozen), longest);
  }

  /**
   * The longest suffix unit that starts exactly at {@code start} and ends at a word boundary, or null:
   * {@code suffixAt("20 GWh", 3)} is GWh at [3, 6).
   */
  public Found suffixAt(CharSequence text, int start) {
    if (start >= text.length() || !firstChars.get(Characters.fold(text.charAt(start)))) {
      return null;
    }
    int max = Math.min(longest, text.length() - start);
    for (int length = max; length > 0; length--) {
      if (!lengths.get(length)) {
        continue;
      }
      int end = start + length;
      if (Characters.isWordChar(text.charAt(end - 1)) && end < text.length()
          && Characters.isWordChar(text.charAt(end))) {
        continue;
      }
      Unit unit = lookup(text, start, end);
      if (unit != null && unit.suffix()) {
        return new Found(start, end, unit);
      }
    }
    return null;
  }

  /**
   * The longest prefix unit that ends exactly at {@code end} and starts at a word boundary, or null:
   * {@code prefixEndingAt("US$16.3 billion", 3)} is USD at [0, 3).
   */
  public Found prefixEndingAt(CharSequence text, int end) {
    if (end <= 0 || end > text.length() || !lastChars.get(Characters.fold(text.charAt(end - 1)))) {
      return null;
    }
    int max = Math.min(longest, end);
    for (int length = max; length > 0; length--) {
      if (!lengths.get(length)) {
        continue;
      }
      int start = end - length;
      if (Characters.isWordChar(text.charAt(start)) && start > 0 && Characters.isWordChar(text.charAt(start - 1))) {
        continue;
      }
      Unit unit = lookup(text, start, end);
      if (unit != null && unit.prefix()) {
        return new Found(start, end, unit);
      }
    }
    return null;
  }

  private Unit lookup(CharSequence text, int start, int end) {
    String written = text.subSequence(start, end).toString();
    List<Surface> surfaces = byFolded.get(Characters.fold(written));
    if (surfaces == null) {
      return null;
    }
    Unit anyCase = null;
    for (Surface surface : surfaces) {
      if (surface.exactCase()) {
        if (surface.text().equals(written)) {
          return surface.unit();
        }
      } else {
        anyCase = surface.unit();
      }
    }
    return anyCase;
  }
}
