package org.sinoterm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.HanLP;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HanLpTest {

  @Test
  void convertsTraditionalCharactersAndPhrases() {
    assertEquals("国务院关于印发", HanLp.toSimplified("國務院關於印發"));
    assertEquals("国务院关于印发", HanLp.toSimplified("国务院关于印发"));
    assertEquals("plan 规划", HanLp.toSimplified("plan 規劃"));
  }

  /** The shortcut for text without traditional characters gives what HanLP gives, for every Han character alone. */
  @Test
  void everyHanCharacterConvertsAsHanLpConvertsIt() {
    for (char c = '\u3400'; c <= '\u9FFF'; c++) {
      String one = String.valueOf(c);
      assertEquals(HanLP.convertToSimplifiedChinese(one), HanLp.toSimplified(one), one);
    }
  }

  /** And for random runs that mix simplified and traditional characters. */
  @Test
  void mixedRunsConvertAsHanLpConvertsThem() {
    String[] pieces = {"国", "國", "务", "務", "院", "关于", "關於", "印发", "印發", "规划", "規劃", "乾", "乾隆", "发",
        "髮", "著", "着", "麼", "甚", "么", "台", "臺", "湾", "灣", "软件", "軟體", "信息", "資訊", " ", "a"};
    Random random = new Random(20261207);
    for (int n = 0; n < 20_000; n++) {
      String text = RandomPieces.join(random, pieces, 1, 8, false);
      assertEquals(HanLP.convertToSimplifiedChinese(text), HanLp.toSimplified(text), text);
    }
  }
}
