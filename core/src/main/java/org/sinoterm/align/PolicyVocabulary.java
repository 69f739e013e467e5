package org.sinoterm.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinoterm.Alignment.Evidence;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;
import org.sinoterm.text.HanLpSegmenter;

/**
 * The curated Chinese–English vocabulary of policy documents (format {@code vocabulary/1}, the bundled
 * {@code policy-vocabulary.tsv}), together with the names of the bundled body and place dictionaries:
 * 规划 → plan (a document type), 高质量发展 → high-quality development, 十四五 → 14th Five-Year Plan, 国务院 → State
 * Council (a body), 内蒙古 → Inner Mongolia (a place).
 *
 * <p>Each entry has a {@link Role}, which says how much the word tells about which document or term is meant
 * and so how much it weighs in an alignment. The English keys of the generic roles weigh less on the English side
 * too: "plan", "industry" and "development" say less about a rendering than "robotics". Thread-safe, and
 * immutable but for the pinyin an entry reads on first use.
 */
public final class PolicyVocabulary {

  /** The format of vocabulary files. */
  public static final String FORMAT = "vocabulary/1";

  /** How much a word tells about what is meant. */
  public enum Role {
    /** Needs no counterpart: 的, 关于, 和. */
    FUNCTION(0.0),
    /** The kind of document: 规划, 通知, 指导意见. */
    DOC_TYPE(0.3),
    /** A plan period: 十四五. */
    FIVE_YEAR_PLAN(0.3),
    /** Common policy verbs and nouns: 推进, 产业, 发展. */
    GENERIC(0.3),
    /** Sectors, technologies and named concepts: 医疗装备, 交通强国. */
    TERM(1.0),
    /** A body or a place of the bundled dictionaries. */
    NAME(1.0);

    private final double weight;

    Role(double weight) {
      this.weight = weight;
    }

    /** The weight of a word of this role, per character. */
    public double weight() {
      return weight;
    }
  }

  /** One Chinese word and its renderings; and its pinyin, read on first use. */
  static final class Entry {
    private final String zh;
    private final List<EnglishForm> forms;
    private final Role role;
    private final Evidence evidence;
    /** HanLP's reading, read on first use: threads that race read the same string. */
    private volatile String pinyin;

    Entry(String zh, List<EnglishForm> forms, Role role, Evidence evidence) {
      this.zh = zh;
      this.forms = List.copyOf(forms);
      this.role = role;
      this.evidence = evidence;
    }

    String zh() {
      return zh;
    }

    List<EnglishForm> forms() {
      return forms;
    }

    Role role() {
      return role;
    }

    Evidence evidence() {
      return evidence;
    }

    /** The toneless pinyin of the word, as {@link HanLpSegmenter#pinyin(String)} reads it: 中关村 → zhongguancun. */
    String pinyin(HanLpSegmenter segmenter) {
      String read = pinyin;
      if (read == null) {
        read = segmenter.pinyin(zh);
        pinyin = read;
      }
      return read;
    }

    @Override
    public String toString() {
      return "Entry[zh=" + zh + ", forms=" + forms + ", role=" + role + ", evidence=" + evidence + "]";
    }
  }

  private final Map<String, Entry> entries;
  private final HeadwordTrie<Entry> words;
  private final Map<String, Double> englishWeights;

  private PolicyVocabulary(Map<String, Entry> entries, Map<String, Double> englishWeights) {
    this.entries = Map.copyOf(entries);
    this.words = HeadwordTrie.of(entries);
    this.englishWeights = Map.copyOf(englishWeights);
  }

  /**
   * Reads vocabulary files (the later ones add forms to, or replace the role of, the words of the earlier ones)
   * and the names of the body ({@code agency/1}) and place ({@code place/1}) files.
   *
   * @throws org.sinoterm.DictionaryException for a malformed file, naming the file and line
   */
  public static PolicyVocabulary load(List<TsvFile> vocabularies, List<TsvFile> agencies, List<TsvFile> places) {
    Map<String, Entry> entries = new HashMap<>();
    for (TsvFile file : places) {
      addNames(entries, file, List.of("zh", "zh_short"), List.of("en"), Evidence.PLACE);
    }
    for (TsvFile file : agencies) {
      addNames(entries, file, List.of("zh", "zh_short"), List.of("en", "en_variants", "acronyms"), Evidence.AGENCY);
    }
    Map<String, Double> englishWeights = new HashMap<>();
    for (TsvFile file : vocabularies) {
      readVocabulary(file, entries, englishWeights);
    }
    return new PolicyVocabulary(entries, englishWeights);
  }

  private static void readVocabulary(TsvFile file, Map<String, Entry> entries, Map<String, Double> weights) {
    if (!FORMAT.equals(file.format())) {
      throw file.error(1, "expected #format " + FORMAT + ", found " + file.format());
    }
    file.requireColumns(List.of("zh", "en", "role"), List.of("source"));
    int zhColumn = file.columnIndex("zh");
    int enColumn = file.columnIndex("en");
    int roleColumn = file.columnIndex("role");
    Set<String> seen = new java.util.HashSet<>();
    for (TsvFile.Row row : file.rows()) {
      String zh = row.get(zhColumn);
      if (!Characters.containsHan(zh)) {
        throw file.error(row.line(), "zh must contain a Han character: '" + zh + "'");
      }
      if (!seen.add(zh)) {
        throw file.error(row.line(), zh + " appears twice");
      }
      Role role;
      try {
        role = Role.valueOf(row.get(roleColumn));
      } catch (IllegalArgumentException e) {
        throw file.error(row.line(), "unknown role '" + row.get(roleColumn) + "' (known: FUNCTION, DOC_TYPE, "
            + "FIVE_YEAR_PLAN, GENERIC, TERM)");
      }
      if (role == Role.NAME) {
        throw file.error(row.line(), "role NAME is for the body and place dictionaries");
      }
      List<EnglishForm> forms = EnglishForm.list(row.get(enColumn));
      if (forms.isEmpty() && role != Role.FUNCTION) {
        throw file.error(row.line(), "no English form with a content word for " + zh);
      }
      Evidence evidence = role == Role.FIVE_YEAR_PLAN ? Evidence.FIVE_YEAR_PLAN : Evidence.VOCABULARY;
      Entry before = entries.get(zh);
      if (before != null) {
        List<EnglishForm> merged = new ArrayList<>(forms);
        merged.addAll(before.forms());
        forms = new ArrayList<>(new LinkedHashSet<>(merged));
      }
      entries.put(zh, new Entry(zh, forms, role, evidence));
      if (role == Role.DOC_TYPE || role == Role.GENERIC || role == Role.FIVE_YEAR_PLAN) {
        for (EnglishForm form : forms) {
          for (String key : form.keys()) {
            if (!isNumberKey(key)) {
              weights.merge(key, role.weight(), Math::min);
            }
          }
        }
      }
    }
  }

  private static void addNames(Map<String, Entry> entries, TsvFile file, List<String> zhColumns,
      List<String> enColumns, Evidence evidence) {
    for (TsvFile.Row row : file.rows()) {
      List<EnglishForm> forms = new ArrayList<>();
      for (String column : enColumns) {
        int index = file.columnIndex(column);
        if (index >= 0) {
          forms.addAll(EnglishForm.list(row.get(index)));
        }
      }
      if (forms.isEmpty()) {
        continue;
      }
      for (String column : zhColumns) {
        int index = file.columnIndex(column);
        if (index < 0) {
          continue;
        }
        for (String zh : row.get(index).split("\\|", -1)) {
          String word = zh.strip();
          if (word.length() < 2 || !Characters.containsHan(word)) {
            continue; // one-character short names (京, 沪) mean too many other things
          }
          Entry before = entries.get(word);
          List<EnglishForm> merged = new ArrayList<>(before == null ? List.of() : before.forms());
          merged.addAll(forms);
          entries.put(word, new Entry(word, new ArrayList<>(new LinkedHashSet<>(merged)), Role.NAME,
              before == null ? evidence : before.evidence()));
        }
      }
    }
  }

  private static boolean isNumberKey(String key) {
    return !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** The entry of a Chinese word, or null. */
  Entry get(String zh) {
    return entries.get(zh);
  }

  /**
   * Collects into {@code out} the entries of the words {@code text[from, end)} with {@code end <= limit}, shortest
   * first.
   */
  void entriesAt(String text, int from, int limit, HeadwordTrie.Matches<Entry> out) {
    words.matchesAt(text, from, limit, out);
  }

  /** The weight of an English word key: less than 1 for the keys of generic and document-type words. */
  double englishWeight(String key) {
    return englishWeights.getOrDefault(key, 1.0);
  }

  /** True if {@code zh} is a document type word: 规划, 通知, 实施方案. */
  public boolean isDocumentType(String zh) {
    Entry entry = entries.get(zh);
    return entry != null && entry.role() == Role.DOC_TYPE;
  }

  /** The number of Chinese words. */
  public int size() {
    return entries.size();
  }
}
