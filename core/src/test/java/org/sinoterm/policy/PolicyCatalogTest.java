package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.DictionaryException;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.PolicyRef;
import org.sinoterm.Sinoterm;
import org.sinoterm.dict.BundledDictionaries;
import org.sinoterm.dict.TsvFile;
import org.sinoterm.text.Characters;
import org.sinoterm.text.HanLp;
import org.sinoterm.text.RandomPieces;

/** The bundled catalog of well-known policies, user catalogs, and their errors. */
class PolicyCatalogTest {

  private static final String HEADER = "#format\tpolicy/1\n#version\t1\n#source\tmy notes\n#license\tCC0-1.0\n"
      + "key\ten\tzh\tdoc_type\tissuers\tsource\n";

  @TempDir
  Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("my-policies.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      14th Five-Year Plan for the Robotics Industry   | 14thfiveyearplanforroboticsindustry
      14<sup>th</sup> FYP for the Robotics Industry    | 14thfiveyearplanforroboticsindustry
      中华人民共和国数据安全法                           | 数据安全法
      Data Security Law of the People's Republic of China | datasecuritylaw
      工业互联网创新发展行动计划(2021-2023年)              | 工业互联网创新发展行动计划
      "十四五"数字经济发展规划                            | 十四五数字经济发展规划
      """)
  void titlesCompareLoosely(String title, String key) {
    assertEquals(key, PolicyCatalog.matchKey(title.strip()));
  }

  /** The word loop keys titles as splitting the folded title at spaces did, on random titles. */
  @Test
  void matchKeyReadsWordsAsSplittingAtSpacesDid() {
    String[] pieces = {"the", "The", "fyp", "FYP", "thee", "(", ")", "[", "]", "+", " ", " ", "  ", "14th", "Plan",
        "规划", "中华人民共和国", " of the People's Republic of China", "<sup>", "</sup>", ",", "-", "2021"};
    Random random = new Random(20261207);
    for (int n = 0; n < 5_000; n++) {
      String title = RandomPieces.join(random, pieces, 0, 10, false);
      assertEquals(splitKey(title), PolicyCatalog.matchKey(title), title);
    }
  }

  /** {@link PolicyCatalog#matchKey} as it was written with {@code split(" ")}. */
  private static String splitKey(String title) {
    String folded = Characters.fold(title).replace("<sup>", "").replace("</sup>", "");
    if (folded.startsWith("中华人民共和国")) {
      folded = folded.substring("中华人民共和国".length());
    }
    int prc = folded.indexOf(" of the people's republic of china");
    if (prc >= 0) {
      folded = folded.substring(0, prc) + folded.substring(prc + " of the people's republic of china".length());
    }
    StringBuilder key = new StringBuilder();
    int depth = 0;
    for (String word : folded.split(" ")) {
      if (word.equals("the") && depth == 0) {
        continue;
      }
      if (word.equals("fyp") && depth == 0) {
        key.append("fiveyearplan");
        continue;
      }
      for (char c : word.toCharArray()) {
        if (c == '(' || c == '[') {
          depth++;
        } else if ((c == ')' || c == ']') && depth > 0) {
          depth--;
        } else if (depth == 0 && (Character.isLetterOrDigit(c) || c == '+')) {
          key.append(c);
        }
      }
    }
    return key.toString();
  }

  /** The bundled catalog is read without converting traditional characters, which is right only if it has none. */
  @Test
  void theBundledCatalogIsWrittenInSimplifiedCharacters() {
    TsvFile catalog = BundledDictionaries.policies();
    int checked = 0;
    for (TsvFile.Row row : catalog.rows()) {
      for (String column : List.of("zh", "zh_variants")) {
        int index = catalog.columnIndex(column);
        String text = row.get(index);
        assertEquals(HanLp.toSimplified(text), text, () -> catalog.name() + ":" + row.line() + " " + column);
        checked += text.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(checked >= 40, "checked " + checked);
  }

  @Test
  void aUserCatalogMayBeWrittenInTraditionalCharacters() throws IOException {
    Path file = write(HEADER + "PILOT_2026\tPilot Zone Work Plan\t試驗區工作方案\tWORK_PLAN\tMOFCOM\tmy notes\n");
    List<Entity> titles = Sinoterm.builder().types(EntityType.POLICY_TITLE).addDictionary(file).build()
        .extract("商务部发布试验区工作方案。").entities(EntityType.POLICY_TITLE);
    assertEquals(List.of("PILOT_2026"), titles.stream().map(t -> t.normalized(PolicyRef.class).key()).toList());
  }

  @Test
  void aUserCatalogAddsPolicies() throws IOException {
    Path file = write(HEADER + "PILOT_2026\tPilot Zone Work Plan\t试验区工作方案\tWORK_PLAN\tMOFCOM\tmy notes, p. 3\n");
    List<Entity> titles = Sinoterm.builder().types(EntityType.POLICY_TITLE).addDictionary(file).build()
        .extract("The Pilot Zone Work Plan came first.").entities(EntityType.POLICY_TITLE);
    assertEquals(1, titles.size());
    PolicyRef ref = titles.get(0).normalized(PolicyRef.class);
    assertEquals("PILOT_2026", ref.key());
    assertEquals("试验区工作方案", ref.zh());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `X\tPlan A\t\tPLAN\t\tnotes\n`                | my-policies.tsv:6: entry X needs both an English (en) and a Chinese (zh) title
      `X\tPlan A\t规划甲\tSCHEME\t\tnotes\n`          | my-policies.tsv:6: unknown doc_type 'SCHEME'
      `X\tPlan A\t规划甲\tPLAN\tNOBODY\tnotes\n`      | my-policies.tsv:6: issuer NOBODY is not the key of a known body
      `X\tPlan A\t规划甲\tPLAN\t\t\n`                 | my-policies.tsv:6: entry X needs a source
      `X\tPlan A\t规划甲\tPLAN\t\tnotes\nX\tPlan B\t规划乙\tPLAN\t\tnotes\n` | my-policies.tsv:7: key X is defined twice in this file
      """)
  void aBadCatalogFailsAtBuildNamingFileAndLine(String rows, String message) throws IOException {
    Path file = write(HEADER + rows.replace("\\t", "\t").replace("\\n", "\n"));
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> Sinoterm.builder().addDictionary(file).build());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
