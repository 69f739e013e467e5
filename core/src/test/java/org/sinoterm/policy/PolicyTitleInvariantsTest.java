package org.sinoterm.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.Sinoterm;

/**
 * Random and hostile pieces of policy titles through the whole extractor: it never throws, every POLICY_TITLE is in
 * bounds and is its span of the caller's string, titles never overlap, and links join entities of the result.
 */
class PolicyTitleInvariantsTest {

  private static final String[] PIECES = {
    "《", "》", "〈", "〉", "(", ")", "（", "）", "[", "]", "【", "】", "“", "”", "\"", "'", " ", "\n", ",", "，", "。",
    "关于", "印发", "的通知", "的意见", "关于对", "公开征求意见的通知", "解读", "答记者问", "就", "有关负责人就", "等",
    "十部门", "三部委", "十五", "国务院", "办公厅", "中共中央", "工业和信息化部", "、", "和", "规划", "行动计划", "方案", "法",
    "办法", "条例", "纲要", "十四五", "第十四个五年", "2021", "-", "—", "2025", "年", "年度", "征求意见稿", "草案", "试行",
    "中国制造2025", "Made in China 2025", "Article: ", "Policy name: ", "Title: ", "Issuing bodies: ", "MIIT", "; ",
    "etc.", "Plan", "Action Plan", "Notice", "on", "of", "the", "for", "Guiding Opinions", "Law", "14th", "14<sup>th",
    "</sup>", "Five-Year", "FYP", "(Draft for Comments)", "(2018 - 2020)", "Interpretation of the ", "(Link)",
    "hereinafter referred to as the", "以下简称", "數據安全法", "ＭＩＩＴ", "\u200B", "\uD800", "𠀀", "x", "A", "é",
  };

  private static final Extractor EXTRACTOR = Sinoterm.builder().trackDiagnostics(100).build();

  static void check(String text, Extraction extraction) {
    List<Entity> titles = extraction.entities(EntityType.POLICY_TITLE);
    for (int i = 0; i < titles.size(); i++) {
      Entity title = titles.get(i);
      assertTrue(title.start() >= 0 && title.end() <= text.length() && title.start() < title.end(),
          () -> title + " out of bounds");
      assertEquals(text.substring(title.start(), title.end()), title.text());
      if (i > 0) {
        Entity before = titles.get(i - 1);
        assertTrue(before.end() <= title.start(), () -> "overlapping titles " + before + " and " + title);
      }
    }
    for (Link link : extraction.links()) {
      assertTrue(extraction.entities().contains(link.from()) && extraction.entities().contains(link.to()));
    }
    extraction.diagnostics().forEach(d -> assertTrue(d.span().end() <= text.length()));
  }

  @Test
  void randomPiecesKeepEveryInvariant() {
    Random random = new Random(3);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      Extraction first = EXTRACTOR.extract(input);
      check(input, first);
      assertEquals(first, EXTRACTOR.extract(input), () -> "not deterministic: " + input);
    }
  }

  /** Long runs of the grammar's own words: each candidate is bounded, so these finish like any other text. */
  @Test
  void longRepetitiveTextIsHandled() {
    for (String unit : new String[] {"关于", "《", "关于印发《", "（2021-2025年）", "Plan ", "Notice on the ", "\"",
        "国务院 ", "的意见", "(", "Article: Plan for ", "十部门关于印发的通知"}) {
      String text = unit.repeat(20_000 / unit.length());
      check(text, EXTRACTOR.extract(text));
    }
  }
}
