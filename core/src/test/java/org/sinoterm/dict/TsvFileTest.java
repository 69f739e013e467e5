package org.sinoterm.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.DictionaryException;

class TsvFileTest {

  private static final String HEADERS = "#format\tagency/1\n#version\t1\n#source\ttest\n#license\tCC0-1.0\n";

  private static TsvFile parse(String content) {
    return TsvFile.parse("test.tsv", content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsHeadersColumnsAndRowsWithTheirLineNumbers() {
    TsvFile file = parse("\uFEFF" + HEADERS + "key\ten\r\n# a comment\n\nMIIT\t Ministry of Industry \n");
    assertEquals("agency/1", file.format());
    assertEquals("test", file.header("source"));
    assertEquals(List.of("key", "en"), file.columns());
    assertEquals(1, file.rows().size());
    assertEquals(8, file.rows().get(0).line());
    assertEquals(List.of("MIIT", "Ministry of Industry"), file.rows().get(0).fields());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      #format\\tagency/1\\n#version\\t1\\n#source\\tx\\nkey\\n                      | test.tsv:4: missing header #license before the column line (needed: #format, #version, #source, #license)
      HEADERSkey\\ten\\nMIIT\\n                                                 | test.tsv:6: expected 2 fields (key, en), found 1
      HEADERSkey\\ten\\nA\\tB\\tC\\n                                              | test.tsv:6: expected 2 fields (key, en), found 3
      #format\\tx\\n#format\\ty\\n                                               | test.tsv:2: header #format appears twice
      #format agency\\n                                                       | test.tsv:1: header line must be #name<TAB>value: #format agency
      HEADERS                                                                | test.tsv:4: no column line after the headers
      ''                                                                     | test.tsv:1: empty file: expected #format, #version, #source, #license headers and a column line
      HEADERSkey\\tkey\\n                                                      | test.tsv:5: a column name appears twice: [key, key]
      """)
  void layoutErrorsNameTheFileAndLine(String content, String message) {
    String text = content.replace("HEADERS", HEADERS).replace("\\n", "\n").replace("\\t", "\t");
    DictionaryException e = assertThrows(DictionaryException.class, () -> parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void invalidUtf8NamesItsLine() {
    byte[] good = (HEADERS + "key\ten\nA\tB\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 4];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = 'C';
    bad[good.length + 1] = '\t';
    bad[good.length + 2] = (byte) 0xC3; // a lead byte without its continuation
    bad[good.length + 3] = '\n';
    DictionaryException e = assertThrows(DictionaryException.class, () -> TsvFile.parse("test.tsv", bad));
    assertEquals("test.tsv:7: not valid UTF-8", e.getMessage());
    assertEquals(7, e.line());
  }

  @Test
  void unknownAndMissingColumnsAreErrors() {
    TsvFile file = parse(HEADERS + "key\tename\n");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> file.requireColumns(List.of("key"), List.of("en", "zh")));
    assertEquals("test.tsv:5: unknown column 'ename' (format agency/1 knows key, en, zh)", e.getMessage());
    DictionaryException missing = assertThrows(DictionaryException.class,
        () -> parse(HEADERS + "en\n").requireColumns(List.of("key"), List.of("en")));
    assertEquals("test.tsv:5: missing column 'key' (format agency/1 needs key)", missing.getMessage());
  }
}
