package org.sinoterm.technology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinoterm.TechnologySector;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;

/**
 * The technologies Sinoterm knows by name, and an automaton over all their surfaces: acronyms as written (with
 * their plurals and slash forms: ECMOs, PET/CT), English names and variants with their regular plurals, hyphenation
 * and spellings ({@link EnglishVariants}), and Chinese names. Immutable.
 *
 * <p>Format {@code technology/1}: a TSV with the columns {@code key} and {@code en} (required) and any of
 * {@code en_variants}, {@code acronyms}, {@code zh}, {@code zh_variants}, {@code sector}, {@code source}; list fields
 * separated by {@code |}.
 *
 * <pre>
 * key	en	en_variants	acronyms	zh	zh_variants	sector	source
 * ECMO	extracorporeal membrane oxygenation	ECMO system	ECMO	体外膜肺氧合	体外膜氧合	MEDICAL	https://…
 * </pre>
 */
public final class TechnologyDictionary {

  /** The {@code #format} of technology dictionaries. */
  public static final String FORMAT = "technology/1";

  static final List<String> REQUIRED_COLUMNS = List.of("key", "en");
  static final List<String> OPTIONAL_COLUMNS = List.of("en_variants", "acronyms", "zh", "zh_variants", "sector",
      "source");

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern ACRONYM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&./+-]*");

  private final Map<String, TechnologyEntry> byKey;
  private final Set<String> acronyms;
  private final Map<String, TechnologyEntry> byEnglish;
  private final SurfaceAutomaton<TechnologySurface> automaton;

  private TechnologyDictionary(Map<String, TechnologyEntry> byKey) {
    this.byKey = Map.copyOf(byKey);
    Set<String> allAcronyms = new HashSet<>();
    Map<String, TechnologyEntry> english = new HashMap<>();
    SurfaceAutomaton.Builder<TechnologySurface> surfaces = SurfaceAutomaton.builder();
    for (TechnologyEntry entry : byKey.values()) {
      addSurfaces(entry, surfaces, allAcronyms, english);
    }
    this.acronyms = Set.copyOf(allAcronyms);
    this.byEnglish = Map.copyOf(english);
    this.automaton = surfaces.build();
  }

  /**
   * Adds the surfaces of one entry, its acronyms and its English forms. (A method of its own, which a cold JVM
   * compiles after a few hundred entries instead of interpreting the whole loop.)
   */
  private static void addSurfaces(TechnologyEntry entry, SurfaceAutomaton.Builder<TechnologySurface> surfaces,
      Set<String> allAcronyms, Map<String, TechnologyEntry> english) {
    for (String acronym : entry.acronyms()) {
      for (String form : EnglishVariants.acronymForms(acronym)) {
        allAcronyms.add(form);
        surfaces.add(new SurfaceAutomaton.Surface<>(form,
            new TechnologySurface(entry, TechnologySurface.Kind.ACRONYM, false), SurfaceAutomaton.CaseRule.EXACT));
      }
    }
    List<String> names = new ArrayList<>();
    names.add(entry.en());
    names.addAll(entry.enVariants());
    Set<String> own = new HashSet<>();
    List<Set<String>> variants = new ArrayList<>(names.size()); // of each name, made once
    for (String name : names) {
      Set<String> forms = EnglishVariants.of(name);
      variants.add(forms);
      for (String form : forms) {
        own.add(Characters.fold(form));
      }
    }
    for (String acronym : entry.acronyms()) {
      own.add(Characters.fold(acronym));
    }
    for (Set<String> forms : variants) {
      for (String form : forms) {
        if (namedBeforeGenericHead(form, ' ', own, entry.en())) {
          continue; // "ECMO system", "proton therapy systems": the technology is named without the generic head
        }
        english.putIfAbsent(Characters.fold(form), entry);
        boolean acronymLike = form.indexOf(' ') < 0 && EnglishVariants.isAcronymWord(form);
        TechnologySurface.Kind kind = acronymLike ? TechnologySurface.Kind.ACRONYM
            : TechnologySurface.Kind.ENGLISH_NAME;
        boolean commonWord = !acronymLike && form.indexOf(' ') < 0 && form.indexOf('-') < 0
            && form.equals(Characters.fold(form));
        surfaces.add(new SurfaceAutomaton.Surface<>(form, new TechnologySurface(entry, kind, commonWord),
            acronymLike ? SurfaceAutomaton.CaseRule.EXACT : SurfaceAutomaton.CaseRule.ACRONYM_WORDS));
      }
    }
    List<String> chinese = new ArrayList<>();
    if (entry.zh() != null) {
      chinese.add(entry.zh());
    }
    chinese.addAll(entry.zhVariants());
    for (String name : chinese) {
      own.add(Characters.fold(name));
    }
    for (String name : chinese) {
      if (entry.zh() != null && namedBeforeGenericHead(name, '\0', own, entry.zh())) {
        continue; // 质子治疗系统, 工业互联网平台: named without the generic head, as in English
      }
      surfaces.add(new SurfaceAutomaton.Surface<>(name,
          new TechnologySurface(entry, TechnologySurface.Kind.CHINESE_NAME, false),
          SurfaceAutomaton.CaseRule.ACRONYM_WORDS));
    }
  }

  /**
   * Nouns that follow a technology's name without being part of it: "ECMO systems", "EDA software", "5G networks",
   * 质子治疗系统, 工业互联网平台.
   */
  private static final Set<String> GENERIC_HEADS = Set.of("system", "systems", "equipment", "device", "devices",
      "machine", "machines", "unit", "units", "product", "products", "platform", "platforms", "technology",
      "technologies", "software", "tool", "tools", "solution", "solutions", "network", "networks");
  private static final List<String> CHINESE_GENERIC_HEADS = List.of("系统", "平台", "设备", "装置", "技术", "产品",
      "软件", "工具");

  /**
   * True if {@code form} is another form of the entry followed by a generic head, and the entry's own name does not
   * end in that head: "proton therapy system" is "proton therapy" (named so), but "industrial control systems" keeps
   * its head, because the entry is named "industrial control system". {@code separator} is the space before an
   * English head, or {@code '\0'} for Chinese, which has none.
   */
  private static boolean namedBeforeGenericHead(String form, char separator, Set<String> ownForms, String name) {
    String folded = Characters.fold(form);
    String foldedName = Characters.fold(name);
    if (separator == ' ') {
      int space = folded.lastIndexOf(' ');
      if (space <= 0 || !GENERIC_HEADS.contains(folded.substring(space + 1))) {
        return false;
      }
      String head = folded.substring(space + 1);
      String singular = head.endsWith("s") && !head.equals("equipment") ? head.substring(0, head.length() - 1) : head;
      return !foldedName.endsWith(" " + singular) && !foldedName.endsWith(" " + head)
          && ownForms.contains(folded.substring(0, space));
    }
    for (String head : CHINESE_GENERIC_HEADS) {
      if (folded.length() > head.length() && folded.endsWith(head) && !foldedName.endsWith(head)
          && ownForms.contains(folded.substring(0, folded.length() - head.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Loads the bundled file and then the user's files. A user entry whose key is a bundled key replaces the bundled
   * entry; a key defined twice in one file, or in two user files, is an error.
   *
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static TechnologyDictionary load(TsvFile bundled, Collection<TsvFile> userFiles) {
    Map<String, TechnologyEntry> byKey = new LinkedHashMap<>();
    Map<String, TsvFile> fileOf = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
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
        TechnologyEntry entry = parse(file, row);
        if (!keysOfThisFile.add(entry.key())) {
          throw file.error(row.line(), "key " + entry.key() + " is already defined at line "
              + lineOf.get(entry.key()));
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
    return new TechnologyDictionary(byKey);
  }

  private static TechnologyEntry parse(TsvFile file, TsvFile.Row row) {
    String key = row.get(file.columnIndex("key"));
    if (!KEY.matcher(key).matches()) {
      throw file.error(row.line(), "key '" + key + "' must be letters, digits, '_', '.' or '-'");
    }
    String en = row.get(file.columnIndex("en"));
    if (en.isEmpty()) {
      throw file.error(row.line(), "entry " + key + " needs an English name (en)");
    }
    List<String> acronyms = list(row.get(file.columnIndex("acronyms")));
    for (String acronym : acronyms) {
      if (!ACRONYM.matcher(acronym).matches()) {
        throw file.error(row.line(), "acronym '" + acronym + "' must start with a letter or digit and have no "
            + "spaces");
      }
    }
    String zh = row.get(file.columnIndex("zh"));
    List<String> zhVariants = list(row.get(file.columnIndex("zh_variants")));
    List<String> chinese = new ArrayList<>(zhVariants);
    if (!zh.isEmpty()) {
      chinese.add(zh);
    } else if (!zhVariants.isEmpty()) {
      throw file.error(row.line(), "entry " + key + " has zh_variants but no zh");
    }
    for (String name : chinese) {
      if (!Characters.containsHan(name)) {
        throw file.error(row.line(), "Chinese name '" + name + "' has no Han characters");
      }
      if (name.codePointCount(0, name.length()) < 2) {
        throw file.error(row.line(), "Chinese name '" + name + "' is one character; it would match inside words");
      }
    }
    String sectorField = row.get(file.columnIndex("sector"));
    TechnologySector sector = null;
    if (!sectorField.isEmpty()) {
      try {
        sector = TechnologySector.valueOf(sectorField);
      } catch (IllegalArgumentException e) {
        throw file.error(row.line(), "unknown sector '" + sectorField + "' (known: "
            + Arrays.toString(TechnologySector.values()) + ")");
      }
    }
    return new TechnologyEntry(key, en, list(row.get(file.columnIndex("en_variants"))), acronyms,
        zh.isEmpty() ? null : zh, zhVariants, sector, file.name() + ":" + row.line());
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

  /** The number of technologies. */
  public int size() {
    return byKey.size();
  }

  /** The entry with this key, or null. */
  TechnologyEntry entry(String key) {
    return byKey.get(key);
  }

  /** True if {@code word} is, exactly as written, an acronym of some technology (or its plural). */
  public boolean isAcronym(String word) {
    return acronyms.contains(word);
  }

  /** The technology with this English name or variant, in any case; null if none. */
  TechnologyEntry byEnglishName(String name) {
    return byEnglish.get(Characters.fold(name));
  }

  /** The surfaces, for {@link org.sinoterm.recognize.Document#matches}. */
  SurfaceAutomaton<TechnologySurface> automaton() {
    return automaton;
  }
}
