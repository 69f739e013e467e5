package org.sinoterm.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sinoterm.DocumentType;
import org.sinoterm.dict.SurfaceAutomaton;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;
import org.sinoterm.text.TextNormalizer;

/**
 * Well-known policies with their English and Chinese titles, so that an English-only mention ("Made in China 2025")
 * is known to be a Chinese title (中国制造2025), and so that the two renderings of one policy link even when they
 * are not side by side. Immutable.
 *
 * <p>Format {@code policy/1}: the columns {@code key} (required), {@code en}, {@code en_variants}, {@code zh},
 * {@code zh_variants}, {@code doc_type}, {@code issued}, {@code issuers} and {@code source}; lists separated by
 * {@code |}. Each row needs {@code en} and {@code zh} (a catalog entry is a translation) and a source; issuers are
 * AGENCY keys.
 */
public final class PolicyCatalog {

  /** The {@code #format} of policy catalogs. */
  public static final String FORMAT = "policy/1";

  static final List<String> REQUIRED_COLUMNS = List.of("key", "en", "zh", "source");
  static final List<String> OPTIONAL_COLUMNS = List.of("en_variants", "zh_variants", "doc_type", "issued", "issuers");

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?");
  private static final String PRC_ZH = "中华人民共和国";
  private static final String PRC_EN = " of the people's republic of china";

  /** One policy of the catalog. */
  record Entry(String key, String en, String zh, DocumentType docType, String issued, List<String> issuers,
      String source) {
  }

  private final Map<String, Entry> byMatchKey;
  private final SurfaceAutomaton<Entry> automaton;
  private final int size;

  private PolicyCatalog(Map<String, Entry> byMatchKey, SurfaceAutomaton<Entry> automaton, int size) {
    this.byMatchKey = Map.copyOf(byMatchKey);
    this.automaton = automaton;
    this.size = size;
  }

  /**
   * Loads the bundled catalog and then the user's files; a user entry with a bundled key replaces it, and a key
   * defined twice in one file, or in two of the user's files, is an error.
   *
   * @param agencyKey whether a string is the key of a known body, to check the {@code issuers} column
   * @throws org.sinoterm.DictionaryException naming the file and line of the first problem
   */
  public static PolicyCatalog load(TsvFile bundled, Collection<TsvFile> userFiles, Predicate<String> agencyKey) {
    // The bundled catalog is written in simplified characters (a test checks it), so it is read without loading
    // HanLP's conversion table; a user's file may be in traditional ones.
    TextNormalizer simplifiedOnly = TextNormalizer.withoutSimplification();
    TextNormalizer anyScript = userFiles.isEmpty() ? simplifiedOnly : new TextNormalizer();
    Map<String, Entry> byKey = new LinkedHashMap<>();
    Map<String, List<String>> surfaces = new HashMap<>();
    Map<String, String> userDefinitions = new HashMap<>(); // key -> file:line, across the user's files
    List<TsvFile> files = new ArrayList<>();
    files.add(bundled);
    files.addAll(userFiles);
    for (TsvFile file : files) {
      TextNormalizer normalizer = file == bundled ? simplifiedOnly : anyScript;
      if (!FORMAT.equals(file.format())) {
        throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
      }
      file.requireColumns(REQUIRED_COLUMNS, OPTIONAL_COLUMNS);
      Set<String> keysOfThisFile = new HashSet<>();
      for (TsvFile.Row row : file.rows()) {
        String key = row.get(file.columnIndex("key"));
        if (!KEY.matcher(key).matches()) {
          throw file.error(row.line(), "key '" + key + "' must be letters, digits, '_', '.' or '-'");
        }
        if (!keysOfThisFile.add(key)) {
          throw file.error(row.line(), "key " + key + " is defined twice in this file");
        }
        if (file != bundled) {
          String earlier = userDefinitions.put(key, file.name() + ":" + row.line());
          if (earlier != null) {
            throw file.error(row.line(), "key " + key + " is already defined at " + earlier);
          }
        }
        String en = normalizer.normalize(row.get(file.columnIndex("en"))).text();
        String zh = normalizer.normalize(row.get(file.columnIndex("zh"))).text();
        if (en.isEmpty() || zh.isEmpty()) {
          throw file.error(row.line(), "entry " + key + " needs both an English (en) and a Chinese (zh) title");
        }
        if (!Characters.containsHan(zh) || Characters.containsHan(en)) {
          throw file.error(row.line(), "entry " + key + ": zh must be Chinese and en must not be");
        }
        String source = row.get(file.columnIndex("source"));
        if (source.isEmpty()) {
          throw file.error(row.line(), "entry " + key + " needs a source");
        }
        DocumentType type = DocumentType.OTHER;
        String typeField = row.get(file.columnIndex("doc_type"));
        if (!typeField.isEmpty()) {
          try {
            type = DocumentType.valueOf(typeField);
          } catch (IllegalArgumentException e) {
            throw file.error(row.line(), "unknown doc_type '" + typeField + "' (known: "
                + Arrays.toString(DocumentType.values()) + ")");
          }
        }
        String issued = row.get(file.columnIndex("issued"));
        if (!issued.isEmpty() && !DATE.matcher(issued).matches()) {
          throw file.error(row.line(), "issued must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + issued + "'");
        }
        List<String> issuers = list(row.get(file.columnIndex("issuers")));
        for (String issuer : issuers) {
          if (!agencyKey.test(issuer)) {
            throw file.error(row.line(), "issuer " + issuer + " is not the key of a known body");
          }
        }
        List<String> names = new ArrayList<>();
        names.add(en);
        names.add(zh);
        for (String variant : list(row.get(file.columnIndex("en_variants")))) {
          names.add(normalizer.normalize(variant).text());
        }
        for (String variant : list(row.get(file.columnIndex("zh_variants")))) {
          String name = normalizer.normalize(variant).text();
          if (!Characters.containsHan(name)) {
            throw file.error(row.line(), "Chinese variant '" + variant + "' has no Han characters");
          }
          names.add(name);
        }
        byKey.put(key, new Entry(key, en, zh, type, issued.isEmpty() ? null : issued, List.copyOf(issuers),
            file.name() + ":" + row.line() + ": " + source));
        surfaces.put(key, names);
      }
    }
    Map<String, Entry> byMatchKey = new HashMap<>();
    SurfaceAutomaton.Builder<Entry> automaton = SurfaceAutomaton.builder();
    for (Entry entry : byKey.values()) {
      for (String name : surfaces.get(entry.key())) {
        for (String matchKey : matchKeys(name)) {
          byMatchKey.putIfAbsent(matchKey, entry);
        }
        automaton.add(new SurfaceAutomaton.Surface<>(name, entry, SurfaceAutomaton.CaseRule.IGNORE));
      }
    }
    return new PolicyCatalog(byMatchKey, automaton.build(), byKey.size());
  }

  private static List<String> list(String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split("\\|")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /** The number of policies. */
  public int size() {
    return size;
  }

  /** The policy whose title (or core title) is {@code title}, compared loosely (see {@link #matchKey}); or null. */
  Entry lookup(String title) {
    return byMatchKey.get(matchKey(title));
  }

  /** True if {@code title} is the title of a catalog policy. */
  boolean contains(String title) {
    return lookup(title) != null;
  }

  /** The titles' surfaces, for {@link org.sinoterm.recognize.Document#matches}. */
  SurfaceAutomaton<Entry> automaton() {
    return automaton;
  }

  /** The keys under which a name is found: itself, and for a title with issuers before 关于, the part from 关于. */
  private static List<String> matchKeys(String name) {
    List<String> keys = new ArrayList<>();
    keys.add(matchKey(name));
    int about = name.indexOf("关于");
    if (about > 0) {
      keys.add(matchKey(name.substring(about)));
    }
    return keys;
  }

  /**
   * A title folded for comparison: lower case, without brackets and what they hold (periods, draft labels), quotes,
   * title marks, spaces and punctuation, without 中华人民共和国 before or "of the People's Republic of China" after,
   * without the word "the", and with "14<sup>th</sup>" read as "14th".
   */
  static String matchKey(String title) {
    String folded = Characters.fold(title).replace("<sup>", "").replace("</sup>", "");
    if (folded.startsWith(PRC_ZH)) {
      folded = folded.substring(PRC_ZH.length());
    }
    int prc = folded.indexOf(PRC_EN);
    if (prc >= 0) {
      folded = folded.substring(0, prc) + folded.substring(prc + PRC_EN.length());
    }
    StringBuilder key = new StringBuilder(folded.length());
    int depth = 0;
    int n = folded.length();
    // Word by word (words are separated by single spaces), without splitting the title into strings.
    for (int start = 0; start <= n; ) {
      int end = folded.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      if (depth == 0 && isWord(folded, start, end, "the")) {
        start = end + 1;
        continue;
      }
      if (depth == 0 && isWord(folded, start, end, "fyp")) {
        key.append("fiveyearplan"); // "14th FYP for …" is how briefs shorten "14th Five-Year Plan for …"
        start = end + 1;
        continue;
      }
      for (int i = start; i < end; i++) {
        char c = folded.charAt(i);
        if (c == '(' || c == '[') {
          depth++;
        } else if ((c == ')' || c == ']') && depth > 0) {
          depth--;
        } else if (depth == 0 && (Character.isLetterOrDigit(c) || c == '+')) {
          key.append(c);
        }
      }
      start = end + 1;
    }
    return key.toString();
  }

  private static boolean isWord(String text, int start, int end, String word) {
    return end - start == word.length() && text.startsWith(word, start);
  }
}
