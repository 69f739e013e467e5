package org.sinoterm.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
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

  /**
   * Surfaces by their folded text (one folded text may have an exact-case and an any-case surface), in an
   * open-addressing table probed with a range of the text, so that a lookup builds no string: slot {@code k} holds
   * the folded text {@code slotKeys[k]} and its surfaces {@code slotSurfaces.get(k)}, or null.
   */
  private final String[] slotKeys;
  private final List<List<Surface>> slotSurfaces;
  private final int longest;
  /**
   * The folded first and last characters of the surfaces, and their lengths: a lookup at a place where no surface
   * can start or end, or of a length no surface has, is answered without building a string. Lookups run at every
   * number and at every candidate year, so this is most of their cost.
   */
  private final BitSet firstChars = new BitSet();
  private final BitSet lastChars = new BitSet();
  private final BitSet lengths = new BitSet();

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private UnitDictionary(Map<String, List<Surface>> byFolded, int longest) {
    int slots = Integer.highestOneBit(Math.max(1, byFolded.size()) * 4); // less than half full
    this.slotKeys = new String[slots];
    List<List<Surface>> surfaces = new ArrayList<>(Collections.nCopies(slots, null));
    byFolded.forEach((folded, same) -> {
      int slot = spread(folded.hashCode()) & (slots - 1);
      while (slotKeys[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      slotKeys[slot] = folded;
      surfaces.set(slot, List.copyOf(same));
    });
    this.slotSurfaces = Collections.unmodifiableList(surfaces);
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
        if (containsWhitespace(symbol)) {
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
    return new UnitDictionary(byFolded, longest);
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
    List<Surface> surfaces = surfacesOf(text, start, end);
    if (surfaces == null) {
      return null;
    }
    Unit anyCase = null;
    for (Surface surface : surfaces) {
      if (surface.exactCase()) {
        if (writtenAs(surface.text(), text, start, end)) {
          return surface.unit();
        }
      } else {
        anyCase = surface.unit();
      }
    }
    return anyCase;
  }

  /** The surfaces whose folded text is {@code text[start, end)} folded, or null. */
  private List<Surface> surfacesOf(CharSequence text, int start, int end) {
    int hash = 0; // String.hashCode of the folded range
    for (int i = start; i < end; i++) {
      hash = 31 * hash + Characters.fold(text.charAt(i));
    }
    int mask = slotKeys.length - 1;
    for (int slot = spread(hash) & mask; slotKeys[slot] != null; slot = (slot + 1) & mask) {
      String key = slotKeys[slot];
      if (key.length() == end - start && foldsTo(key, text, start)) {
        return slotSurfaces.get(slot);
      }
    }
    return null;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean foldsTo(String folded, CharSequence text, int start) {
    for (int k = 0; k < folded.length(); k++) {
      if (Characters.fold(text.charAt(start + k)) != folded.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean writtenAs(String surface, CharSequence text, int start, int end) {
    if (surface.length() != end - start) {
      return false;
    }
    for (int k = 0; k < surface.length(); k++) {
      if (text.charAt(start + k) != surface.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
