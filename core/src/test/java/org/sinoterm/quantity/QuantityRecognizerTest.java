package org.sinoterm.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extractor;
import org.sinoterm.Quantity;
import org.sinoterm.Sinoterm;

/**
 * Golden cases for quantities. Each row gives an input and every QUANTITY expected in it, in order, as
 * {@code surface=value}; each surface is looked up after the previous one, so offsets are checked too. A value
 * reads: bound ({@code > >= < <=}) or {@code ~} for an approximation, the number or {@code min..max}, the unit, then
 * {@code per N unit}, {@code up}/{@code down} for a change and {@code yoy} for year-on-year.
 */
class QuantityRecognizerTest {

  private static final Extractor EXTRACTOR = Sinoterm.builder().types(EntityType.QUANTITY).build();
  private static final Extractor WITH_AGENCIES = Sinoterm.builder()
      .types(EntityType.QUANTITY, EntityType.AGENCY).build();

  /** The compact form the tables use: {@code >492 robot per 10000 employee}. */
  static String describe(Quantity q) {
    StringBuilder out = new StringBuilder();
    if (q.bound() != null) {
      out.append(switch (q.bound()) {
        case GT -> ">";
        case GTE -> ">=";
        case LT -> "<";
        case LTE -> "<=";
      });
    }
    if (q.approx()) {
      out.append('~');
    }
    out.append(q.value() != null ? q.value().toString() : q.min() + ".." + q.max());
    if (q.unit() != null) {
      out.append(' ').append(q.unit());
    }
    if (q.per() != null) {
      out.append(" per ").append(q.per().value()).append(' ').append(q.per().unit());
    }
    if (q.change() != null) {
      out.append(q.change() == Quantity.Change.INCREASE ? " up" : " down");
    }
    if (q.yearOnYear()) {
      out.append(" yoy");
    }
    return out.toString();
  }

  private static List<String> actual(Extractor extractor, String input) {
    List<String> result = new ArrayList<>();
    for (Entity e : extractor.extract(input).entities(EntityType.QUANTITY)) {
      result.add(e.text() + "@" + e.start() + "=" + describe(e.normalized(Quantity.class)));
    }
    return result;
  }

  private static List<String> expected(String input, String expected) {
    List<String> result = new ArrayList<>();
    if (expected == null || expected.isBlank()) {
      return result;
    }
    int from = 0;
    for (String item : expected.split(";")) {
      String trimmed = item.strip();
      int eq = trimmed.indexOf('=', 1);
      String surface = trimmed.substring(0, eq);
      int at = input.indexOf(surface, from);
      int after = from;
      assertTrue(at >= 0, () -> "the table is wrong: '" + surface + "' is not in the input after " + after);
      result.add(surface + "@" + at + "=" + trimmed.substring(eq + 1));
      from = at + 1;
    }
    return result;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Facilitate the rise of six to eight Chinese firms into the top 50 companies | six to eight Chinese firms=6..8 firm; 50 companies=50 company
      an R&D intensity of over six percent and at least five patents           | over six percent=>6 percent; at least five patents=>=5 patent
      promote the growth of 50,000 new tech-based SMEs                         | 50,000 new tech-based SMEs=50000 SME
      to over 492 robots per 10,000 employees, up from 246 in 2020             | over 492 robots per 10,000 employees=>492 robot per 10000 employee; 246=246
      output value of CNY 1.3 trillion by 2025                                 | CNY 1.3 trillion=1300000000000 CNY
      exports surged 22.5 percent year-on-year to US$16.3 billion              | 22.5 percent year-on-year=22.5 percent up yoy; US$16.3 billion=16300000000 USD
      imports stood at US$10.3 billion, down 17.7 percent on a yearly basis     | US$10.3 billion=10300000000 USD; 17.7 percent on a yearly basis=17.7 percent down yoy
      reduce it by 2 and 3.7 percent respectively                              | 2=2 percent down; 3.7 percent=3.7 percent down
      shares fell from 80 to 70 percent                                        | 80=80 percent; 70 percent=70 percent
      an annual capacity of 20 GWh, or 20GWh, and 5 MW                         | 20 GWh=20 GWh; 20GWh=20 GWh; 5 MW=5 MW
      almost USD 190 billion in 5G connections                                 | almost USD 190 billion=~190000000000 USD
      between 10 and 20 percent of output                                      | between 10 and 20 percent=10..20 percent
      1.3 to 1.5 trillion yuan                                                 | 1.3 to 1.5 trillion yuan=1300000000000..1500000000000 CNY
      5-8 percent; 10%-20%; $5 to $8 billion                                   | 5-8 percent=5..8 percent; 10%-20%=10..20 percent; $5 to $8 billion=5000000000..8000000000 USD
      a dozen firms and twenty-five cities, one million people                 | a dozen firms=12 firm; twenty-five cities=25 city; one million people=1000000 person
      no more than 2,000 tonnes and fewer than 50 people                       | no more than 2,000 tonnes=<=2000 t; fewer than 50 people=<50 person
      up to 50 percent, around 900 enterprises, nearly 20,000 patents          | up to 50 percent=<=50 percent; around 900 enterprises=~900 enterprise; nearly 20,000 patents=~20000 patent
      more than 4,000 involve invention patents                                | more than 4,000=>4000
      3 percentage points, 5,000 km2 and 10 mu                                 | 3 percentage points=3 percentage_point; 5,000 km2=5000 km2; 10 mu=10 mu
      revenue grew by over 20 percent annually                                 | over 20 percent annually=>20 percent per 1 year up
      GDP of CNY 80,000 per capita and 12 beds per 1,000 residents             | CNY 80,000 per capita=80000 CNY per 1 person; 12 beds per 1,000 residents=12 bed per 1000 person
      electricity at CNY 0.4/kWh                                               | CNY 0.4/kWh=0.4 CNY per 1 kWh
      the fund holds €2bn and US$300m                                          | €2bn=2000000000 EUR; US$300m=300000000 USD
      three to five internationally influential industry clusters              | three to five internationally influential industry clusters=3..5 cluster
      50 firms or more and 3 tonnes or less                                    | 50 firms or more=>=50 firm; 3 tonnes or less=<=3 t
      到2025年产值达到1.3万亿元                                                 | 1.3万亿元=1300000000000 CNY
      培育6至8家龙头企业，一千多万元的项目                                      | 6至8家=6..8 家; 一千多万元=>10000000 CNY
      利润同比增长22.5%，研发强度超过百分之二十                                 | 22.5%=22.5 percent up yoy; 超过百分之二十=>20 percent
      新增装机1200万千瓦，发电300亿千瓦时，产能3万4000吨                        | 1200万千瓦=12000000 kW; 300亿千瓦时=30000000000 kWh; 3万4000吨=34000 t
      几十家企业、十几个集群、两三家平台                                       | 几十家=20..90 家; 十几个=12..19 个; 两三家=2..3 家
      营业收入超过1000亿元，占比约20%左右，100个以上，50%以下                    | 超过1000亿元=>100000000000 CNY; 约20%左右=~20 percent; 100个以上=>=100 个; 50%以下=<=50 percent
      能耗降低13.5%，提高2个百分点，5%至8%，百分之五到百分之八                   | 13.5%=13.5 percent down; 2个百分点=2 percentage_point up; 5%至8%=5..8 percent; 百分之五到百分之八=5..8 percent
      30余家，近20万家，1.2至1.5万亿元，不少于100个，1,100万元                    | 30余家=>30 家; 近20万家=~200000 家; 1.2至1.5万亿元=1200000000000..1500000000000 CNY; 不少于100个=>=100 个; 1,100万元=11000000 CNY
      二十万亿元，二十五点五亿元，人民币500元/吨                                | 二十万亿元=20000000000000 CNY; 二十五点五亿元=2550000000 CNY; 人民币500元/吨=500 CNY per 1 t
      三十多家企业，三亿五千万元                                               | 三十多家=>30 家; 三亿五千万元=350000000 CNY
      Foster 100 "little giant" firms and 20 new industrial projects           | 100 "little giant" firms=100 firm; 20 new industrial projects=20 project
      Reduce energy use per unit of output in steel and cement by 2 and 3.7 percent respectively | 2=2 percent down; 3.7 percent=3.7 percent down
      cut prices by an average of 47.5 percent; the fund raised CNY 204.2 billion | 47.5 percent=47.5 percent down; CNY 204.2 billion=204200000000 CNY
      lines longer than 300 km and parts smaller than 5 mm                     | longer than 300 km=>300 km; smaller than 5 mm=<5 mm
      more than CNY 500,000 a tonne, about $132 per kilowatt-hour               | more than CNY 500,000 a tonne=>500000 CNY per 1 t; about $132 per kilowatt-hour=~132 USD per 1 kWh
      added 936,000 public and private chargers                                | 936,000 public and private chargers=936000 charger
      about 1,500 steel, cement and aluminium smelting companies; seven medium and heavy rare earths | about 1,500 steel, cement and aluminium smelting companies=~1500 company; seven medium and heavy rare earths=7 earth
      粮食产量稳定在1.3万亿斤以上，浓度控制在35微克/立方米左右                   | 1.3万亿斤以上=>=1300000000000 jin; 35微克/立方米左右=~35 μg per 1 m3
      """)
  void goldenCases(String input, String expected) {
    assertEquals(expected(input, expected), actual(EXTRACTOR, input));
  }

  /** Things that look like numbers but are not quantities. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      the 14th Five-Year Plan (FYP) for the robotics industry
      `the 14<sup>th</sup> FYP and its 28th investment and the 3rd expo`
      5G networks, COVID-19, 3D printing and a three-year plan
      the Two Zones and the Big Four
      MERICS TOP 5.....	2
      1. Localizing medical equipment production
      (1) acquiring foreign technology; (2) encouraging investment
      Call +49 30 3440 999 0 at 14:30
      Hengchi 5 SUV, Article 5, Industry 4.0, Made in China 2025
      over the next five years, in 3 Years, eight months ago
      one of them said so, and one said no
      a b c d and a m
      一批重点项目十分重要，统一部署，一体化推进
      "十四五"规划，第三批，五年行动计划，3个月
      推进5G网络建设，国发〔2021〕5号
      关键零部件和零售企业实现零碳
      Document No. 5 of the State Council
      """)
  void notQuantities(String input) {
    assertEquals(List.of(), actual(EXTRACTOR, input), input);
  }

  @Test
  void aYearIsADateNotAQuantity() {
    assertEquals(List.of("168,377 industrial robots@9=168377 robot"),
        actual(EXTRACTOR, "In 2020, 168,377 industrial robots were installed; since 2015 output has grown."));
    assertEquals(List.of(), actual(EXTRACTOR, "到2025年，在2021—2025年间"));
  }

  @Test
  void numbersInsideBodiesAreNotQuantities() {
    assertEquals(List.of(), actual(WITH_AGENCIES, "十部门关于印发的通知；三部委；工业和信息化部等十五部门"));
    assertEquals(List.of(), actual(EXTRACTOR, "十部门关于印发的通知；三部委；5个部门"));
  }

  @Test
  void numbersAreExactDecimalsWithoutExponent() {
    Quantity q = EXTRACTOR.extract("a target of 1.3 trillion yuan").entities().get(0).normalized(Quantity.class);
    assertEquals("1300000000000", q.value().toString());
    assertEquals(new BigDecimal("1300000000000"), q.value());
    Quantity small = EXTRACTOR.extract("at 0.50 percent").entities().get(0).normalized(Quantity.class);
    assertEquals("0.5", small.value().toString());
  }

  @Test
  void offsetsIndexTheOriginalText() {
    String input = "产值达到１．３万亿元（ＣＮＹ １．３ trillion）";
    Entity zh = EXTRACTOR.extract(input).entities().get(0);
    assertEquals("１．３万亿元", zh.text());
    assertEquals("zh", zh.lang());
    assertEquals("1300000000000", zh.normalized(Quantity.class).value().toPlainString());
    Entity en = EXTRACTOR.extract(input).entities().get(1);
    assertEquals("ＣＮＹ １．３ trillion", en.text());
    assertEquals(input.substring(en.start(), en.end()), en.text());
  }

  /** Regression: a comma after a Chinese numeral joined it to the next number (百分之八，30余家). */
  @Test
  void aCommaSeparatesChineseNumbers() {
    assertEquals(List.of("百分之五到百分之八@0=5..8 percent", "30余家@10=>30 家"),
        actual(EXTRACTOR, "百分之五到百分之八，30余家"));
  }
}
