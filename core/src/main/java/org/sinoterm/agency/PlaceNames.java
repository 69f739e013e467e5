package org.sinoterm.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * Chinese provinces and prefecture-level divisions in Chinese (full and short) and English, found in text by one
 * automaton. Local bodies are recognized by a place name followed by the words of a body ("Shenzhen Municipal …
 * Bureau", 北京市…局). Immutable.
 *
 * <p>Format {@code place/1}: columns {@code code, zh, zh_short, en, level, parent}.
 */
public final class PlaceNames {

  /** The {@code #format} of place dictionaries. */
  public static final String FORMAT = "place/1";

  private static final List<String> COLUMNS = List.of("code", "zh", "zh_short", "en", "level", "parent");

  /** One place. */
  record Place(String code, String zh, String zhShort, String en, String level) {
  }

  /** How a place was written where it was found. */
  enum Form {
    /** 北京市, 广东省: the name with its administrative suffix. */
    CHINESE_FULL,
    /** 北京, 广东. */
    CHINESE_SHORT,
    /** Beijing, Guangdong. */
    ENGLISH
  }

  /**
   * A place surface as the automaton carries it. Equality is written out, and by the place's code (unique in a
   * dictionary): the automaton builder compares surfaces, and a record's generated equals is linked through
   * invokedynamic at its first call, which costs a cold JVM tens of milliseconds of its build.
   */
  record PlaceSurface(Place place, Form form) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PlaceSurface other && form == other.form && place.code().equals(other.place.code());
    }

    @Override
    public int hashCode() {
      return 31 * place.code().hashCode() + form.ordinal();
    }
  }

  private final SurfaceAutomaton<PlaceSurface> automaton;
  private final int size;

  private PlaceNames(List<Place> places) {
    SurfaceAutomaton.Builder<PlaceSurface> surfaces = SurfaceAutomaton.builder();
    for (Place place : places) {
      surfaces.add(place.zh(), new PlaceSurface(place, Form.CHINESE_FULL));
      if (place.zhShort().length() >= 2) {
        surfaces.add(place.zhShort(), new PlaceSurface(place, Form.CHINESE_SHORT));
      }
      surfaces.add(new SurfaceAutomaton.Surface<>(place.en(), new PlaceSurface(place, Form.ENGLISH),
          SurfaceAutomaton.CaseRule.EXACT));
    }
    this.automaton = surfaces.build();
    this.size = places.size();
  }

  /**
   * Loads the bundled file and the user's files. A user's place with a bundled code replaces the bundled place; a
   * code defined twice in one file, or in two of the user's files, is an error.
   *
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static PlaceNames load(TsvFile bundled, Collection<TsvFile> userFiles) {
    Map<String, Place> byCode = new LinkedHashMap<>();
    Map<String, String> definedAt = new HashMap<>(); // code -> file:line of its user definition
    List<TsvFile> files = new ArrayList<>();
    files.add(bundled);
    files.addAll(userFiles);
    for (TsvFile file : files) {
      if (!FORMAT.equals(file.format())) {
        throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
      }
      file.requireColumns(COLUMNS, List.of());
      for (TsvFile.Row row : file.rows()) {
        String zh = row.get(file.columnIndex("zh"));
        String zhShort = row.get(file.columnIndex("zh_short"));
        String en = row.get(file.columnIndex("en"));
        if (!Characters.containsHan(zh) || !Characters.containsHan(zhShort)) {
          throw file.error(row.line(), "zh and zh_short must be Chinese names");
        }
        if (en.isEmpty() || !Character.isUpperCase(en.charAt(0))) {
          throw file.error(row.line(), "en must be a capitalized English name, not '" + en + "'");
        }
        String code = row.get(file.columnIndex("code"));
        if (code.isEmpty()) {
          throw file.error(row.line(), "code must not be empty");
        }
        if (file != bundled) {
          String earlier = definedAt.put(code, file.name() + ":" + row.line());
          if (earlier != null) {
            throw file.error(row.line(), "code " + code + " is already defined at " + earlier);
          }
        } else if (byCode.containsKey(code)) {
          throw file.error(row.line(), "code " + code + " is defined twice");
        }
        // a user's place with a bundled code replaces the bundled place
        byCode.put(code, new Place(code, zh, zhShort, en, row.get(file.columnIndex("level"))));
      }
    }
    return new PlaceNames(new ArrayList<>(byCode.values()));
  }

  /** The number of places. */
  public int size() {
    return size;
  }

  /** The surfaces, for {@link org.sinoterm.recognize.Document#matches}. */
  SurfaceAutomaton<PlaceSurface> automaton() {
    return automaton;
  }
}
