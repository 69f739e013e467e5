package org.sinoterm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static List<String> output(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void listAgenciesNamesEveryIssuerOfTheBrief() {
    List<String> lines = output(out -> ListAgencies.print(ListAgencies.BRIEF, out));
    assertTrue(lines.contains("十部门\t(10 bodies together)"), lines.toString());
    assertTrue(lines.contains("MIIT\tMIIT\tMinistry of Industry and Information Technology / 工业和信息化部"),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("国家药监局\tNMPA\t")), lines.toString());
    assertTrue(lines.contains("ABBREVIATION: SAMR -> State Administration for Market Regulation"), lines.toString());
  }

  @Test
  void customDictionaryAddsTheUsersBodies() {
    List<String> lines = output(out -> CustomDictionary.print(CustomDictionary.bundledExample(),
        "The Beijing Municipal Commerce Bureau and 北京市经信局 signed it with MOFCOM.", out));
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("Beijing Municipal Commerce Bureau -> AgencyRef[key=BJ_COMMERCE"), lines.get(0));
    assertTrue(lines.get(1).startsWith("北京市经信局 -> AgencyRef[key=BJ_EIB"), lines.get(1));
    assertTrue(lines.get(2).startsWith("MOFCOM -> AgencyRef[key=MOFCOM"), lines.get(2));
  }
}
