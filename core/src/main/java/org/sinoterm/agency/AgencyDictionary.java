package org.sinoterm.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.AgencyLevel;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * The bodies Sinoterm knows by name, and an automaton over all their surfaces (acronyms, English names and
 * variants, Chinese full and short names). Immutable.
 *
 * <p>Format {@code agency/1}: a TSV with the columns {@code key} (required) and any of {@code acronyms},
 * {@code en}, {@code en_variants}, {@code zh}, {@code zh_short}, {@code level}, {@code parent}, {@code status},
 * {@code successor}, {@code source}; list fields separated by {@code |}. Each row needs an English or a Chinese
 * name. {@code parent} and {@code successor} name keys of any loaded file.
 */
public final class AgencyDictionary {

  /** The {@code #format} of agency dictionaries. */
  public static final String FORMAT = "agency/1";

  static final List<String> REQUIRED_COLUMNS = List.of("key");
  static final List<String> OPTIONAL_COLUMNS = List.of("acronyms", "en", "en_variants", "zh", "zh_short", "level",
      "parent", "status", "successor", "source");

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern ACRONYM = Pattern.compile("[A-Za-z][A-Za-z0-9&.-]*");

  private final Map<String, AgencyEntry> byKey;
  private final Set<String> acronyms;
  private final SurfaceAutomaton<AgencySurface> automaton;

  private AgencyDictionary(Map<String, AgencyEntry> byKey) {
    this.byKey = Map.copyOf(byKey);
    Set<String> allAcronyms = new HashSet<>();
    SurfaceAutomaton.Builder<AgencySurface> surfaces = SurfaceAutomaton.builder();
    for (AgencyEntry entry : byKey.values()) {
      for (String acronym : entry.acronyms()) {
        allAcronyms.add(acronym);
        surfaces.add(new SurfaceAutomaton.Surface<>(acronym, new AgencySurface(entry, AgencySurface.Kind.ACRONYM),
            SurfaceAutomaton.CaseRule.EXACT));
      }
      List<String> english = new ArrayList<>();
      if (entry.en() != null) {
        english.add(entry.en());
      }
      english.addAll(entry.enVariants());
      for (String name : english) {
        surfaces.add(new SurfaceAutomaton.Surface<>(name,
            new AgencySurface(entry, AgencySurface.Kind.ENGLISH_NAME), SurfaceAutomaton.CaseRule.IGNORE));
      }
      if (entry.zh() != null) {
        surfaces.add(entry.zh(), new AgencySurface(entry, AgencySurface.Kind.CHINESE_NAME));
      }
      for (String name : entry.zhShort()) {
        surfaces.add(name, new AgencySurface(entry, AgencySurface.Kind.CHINESE_SHORT_NAME));
      }
    }
    this.acronyms = Set.copyOf(allAcronyms);
    this.automaton = surfaces.build();
  }

  /**
   * Loads the bundled file and then the user's files. A user entry whose key is a bundled key replaces the bundled
   * entry; a key defined twice in one file, or in two user files, is an error.
   *
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static AgencyDictionary load(TsvFile bundled, Collection<TsvFile> userFiles) {
    Map<String, AgencyEntry> byKey = new LinkedHashMap<>();
    Map<String, TsvFile> fileOf = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    List<TsvFile> files = new ArrayList<>();
    files.add(bundled);
    files.addAll(userFiles);
    for (TsvFile file : files) {
      if (!FORMAT.equals(file.format())) {
        throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
      }
      file.requireColumns(REQUIRED_COLUMNS, OPTIONAL_COLUMNS);
      Set<String> keysOfThisFile = new HashSet<>();
      for (TsvFile.Row row : file.rows()) {
        AgencyEntry entry = parse(file, row);
        if (!keysOfThisFile.add(entry.key())) {
          throw file.error(row.line(), "key " + entry.key() + " is already defined at line " + lineOf.get(entry.key()));
        }
        TsvFile earlier = fileOf.get(entry.key());
        if (earlier != null && earlier != bundled) {
          throw file.error(row.line(), "key " + entry.key() + " is already defined in " + earlier.name() + ":"
              + lineOf.get(entry.key()));
        }
        byKey.put(entry.key(), entry);
        fileOf.put(entry.key(), file);
        lineOf.put(entry.key(), row.line());
      }
    }
    for (AgencyEntry entry : byKey.values()) {
      TsvFile file = fileOf.get(entry.key());
      int line = lineOf.get(entry.key());
      if (entry.successor() != null && !byKey.containsKey(entry.successor())) {
        throw file.error(line, "successor " + entry.successor() + " is not a known key");
      }
      if (entry.parent() != null && !byKey.containsKey(entry.parent())) {
        throw file.error(line, "parent " + entry.parent() + " is not a known key");
      }
    }
    return new AgencyDictionary(byKey);
  }

  private static AgencyEntry parse(TsvFile file, TsvFile.Row row) {
    String key = row.get(file.columnIndex("key"));
    if (!KEY.matcher(key).matches()) {
      throw file.error(row.line(), "key '" + key + "' must be letters, digits, '_', '.' or '-'");
    }
    List<String> acronyms = list(row.get(file.columnIndex("acronyms")));
    for (String acronym : acronyms) {
      if (!ACRONYM.matcher(acronym).matches()) {
        throw file.error(row.line(), "acronym '" + acronym + "' must start with a letter and have no spaces");
      }
    }
    String en = emptyToNull(row.get(file.columnIndex("en")));
    String zh = emptyToNull(row.get(file.columnIndex("zh")));
    if (en == null && zh == null) {
      throw file.error(row.line(), "entry " + key + " needs an English (en) or a Chinese (zh) name");
    }
    List<String> zhShort = list(row.get(file.columnIndex("zh_short")));
    List<String> chinese = new ArrayList<>(zhShort);
    if (zh != null) {
      chinese.add(zh);
    }
    for (String name : chinese) {
      if (!Characters.containsHan(name)) {
        throw file.error(row.line(), "Chinese name '" + name + "' has no Han characters");
      }
    }
    String levelField = row.get(file.columnIndex("level"));
    AgencyLevel level = null;
    if (!levelField.isEmpty()) {
      try {
        level = AgencyLevel.valueOf(levelField);
      } catch (IllegalArgumentException e) {
        throw file.error(row.line(), "unknown level '" + levelField + "' (known: "
            + Arrays.toString(AgencyLevel.values()) + ")");
      }
    }
    String status = row.get(file.columnIndex("status")).toLowerCase(Locale.ROOT);
    if (!status.isEmpty() && !status.equals("active") && !status.equals("former")) {
      throw file.error(row.line(), "status must be 'active' or 'former', not '" + status + "'");
    }
    String successor = emptyToNull(row.get(file.columnIndex("successor")));
    boolean former = status.equals("former");
    if (successor != null && !former) {
      throw file.error(row.line(), "only a former body has a successor; set status to 'former'");
    }
    return new AgencyEntry(key, acronyms, en, list(row.get(file.columnIndex("en_variants"))), zh, zhShort, level,
        emptyToNull(row.get(file.columnIndex("parent"))), former, successor, file.name() + ":" + row.line());
  }

  private static List<String> list(String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split("\\|")) {
      String trimmed = item.strip();
      if (!trimmed.isEmpty()) {
        items.add(trimmed);
      }
    }
    return items;
  }

  private static String emptyToNull(String field) {
    return field.isEmpty() ? null : field;
  }

  /** The entry with this key, or null. */
  AgencyEntry entry(String key) {
    return byKey.get(key);
  }

  /** The number of bodies. */
  public int size() {
    return byKey.size();
  }

  /** True if {@code key} is the key of a body of this dictionary. */
  public boolean hasKey(String key) {
    return byKey.containsKey(key);
  }

  /** True if {@code word} is, exactly as written, the acronym of some body. */
  public boolean isAcronym(String word) {
    return acronyms.contains(word);
  }

  /** The surfaces, for {@link org.sinoterm.recognize.Document#matches}. */
  SurfaceAutomaton<AgencySurface> automaton() {
    return automaton;
  }
}
