package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the Chinese side is read into units. Each unit is written {@code text/KIND/weight/pinyin{parts}}: the kind
 * only when it is not WORD, the pinyin when the unit has one, the parts when it has some. A title's frame (issuer,
 * 关于, 印发…的通知) weighs a fifth; 的 and 关于 weigh nothing. The short texts are runs that are one word (十五 is the
 * number 15, and the tenth Five-Year Plan only in quotes), or that only HanLP's segmentation cuts (国发 is one word,
 * 高值 another).
 */
class ChineseSideTest {

  private static final WordAligner ALIGNER = WordAligner.bundled();

  /** text | units. */
  private static final String GOLDEN = """
      十部门关于印发《"十四五"医疗装备产业发展规划》的通知 | 十/NUMBER/0.20 部门/0.12/bumen 关于/0.00 印发/0.12/yinfa 十四五/FIVE_YEAR_PLAN/0.90 医疗装备/4.00/yiliaozhuangbei{医疗,装备} 产业/0.60/chanye 发展/0.60/fazhan 规划/0.60/guihua 的/0.00 通知/0.12/tongzhi
      工业和信息化部办公厅关于开展第四批专精特新"小巨人"企业培育工作的通知 | 工业和信息化部/0.80/gongyehexinxihuabu{工业,和,信息化,部} 办公厅/0.18/bangongting{办公,厅} 关于/0.00 开展/0.60/kaizhan 第/1.00 四/NUMBER/1.00 批/0.30 专精特新/4.00/zhuanjingtexin 小巨人/3.00/xiaojuren{小,巨人} 企业/0.60/qiye 培育/0.60/peiyu 工作/0.60/gongzuo 的/0.00 通知/0.60/tongzhi
      国家发展改革委等部门关于进一步提升电动汽车充电基础设施服务保障能力的实施意见 | 国家发展改革委/0.80/guojiafazhangaigewei{国家,发展,改革,委} 等/0.00 部门/0.12/bumen 关于/0.00 进一步/0.90/jinyibu 提升/0.60/tisheng 电动/2.00/diandong 汽车/2.00/qiche 充电基础设施/4.00/chongdianjichusheshi{充电,基础设施} 服务/0.60/fuwu 保障/0.60/baozhang 能力/0.60/nengli 的/0.00 实施意见/1.20/shishiyijian{实施,意见}
      二〇二五年前 | 二〇二五年/YEAR/2.00 前/1.00
      2021年度交通运输行业重点科技项目 | 2021年度/YEAR/2.00 交通运输行业/4.00/jiaotongyunshuhangye{交通运输,行业} 重点科技项目/4.00/zhongdiankejixiangmu{重点,科技项目}
      飞谱 | 飞谱/2.00/feipu{飞,谱}
      国务院关于加快培育和发展战略性新兴产业的决定 | 国务院/0.60/guowuyuan{国务,院} 关于/0.00 加快/0.60/jiakuai 培育/0.60/peiyu 和/0.00 发展/0.60/fazhan 战略性新兴产业/4.00/zhanlvexingxinxingchanye{战略性,新兴产业} 的/0.00 决定/0.60/jueding
      中关村软件园 | 中关村/3.00/zhongguancun 软件园/3.00/ruanjianyuan{软件,园}
      十五规划 | 十五/FIVE_YEAR_PLAN/0.60 规划/0.60/guihua
      5G应用"扬帆"行动计划(2021-2023年) | 5G/LITERAL/2.00 应用/0.60/yingyong 扬帆/2.00/yangfan 行动计划/1.20/xingdongjihua{行动,计划} 2021/YEAR/2.00 2023年/YEAR/2.00
      国卫办医政发 | 国卫/2.00/guowei 办医/2.00/banyi{办,医} 政发/2.00/zhengfa
      十五 | 十五/NUMBER/2.00
      "十五" | 十五/FIVE_YEAR_PLAN/0.60
      国发 | 国发/2.00/guofa
      数据安全法 | 数据安全法/4.00/shujuanquanfa{数据安全,法}
      三年行动计划 | 三年行动计划/1.20/sannianxingdongjihua{三,年,行动计划}
      年 | 年/1.00
      高值医用耗材 | 高值/2.00/gaozhi 医用/2.00/yiyong 耗材/2.00/haocai
      """;

  static Stream<String> golden() {
    return GOLDEN.lines().filter(line -> !line.isBlank());
  }

  @ParameterizedTest
  @MethodSource("golden")
  void readsUnits(String row) {
    int bar = row.indexOf(" | ");
    String text = row.substring(0, bar).strip();
    assertEquals(row.substring(bar + 3).strip(), describe(ALIGNER.chinese(text)), text);
  }

  private static String describe(ChineseSide side) {
    StringBuilder out = new StringBuilder();
    for (ChineseSide.Unit unit : side.units()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(unit.text());
      if (unit.kind() != ChineseSide.Kind.WORD) {
        out.append('/').append(unit.kind());
      }
      out.append(String.format(Locale.ROOT, "/%.2f", unit.weight()));
      if (unit.pinyin() != null) {
        out.append('/').append(unit.pinyin());
      }
      if (!unit.parts().isEmpty()) {
        out.append('{');
        for (int i = 0; i < unit.parts().size(); i++) {
          out.append(i > 0 ? "," : "").append(unit.parts().get(i).text());
        }
        out.append('}');
      }
    }
    return out.toString();
  }
}
