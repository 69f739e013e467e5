package org.sinoterm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sinoterm.text.Characters;

class EnglishTaggerTest {

  private static EnglishTagger tagger;

  @BeforeAll
  static void load() {
    tagger = EnglishTagger.load();
  }

  @ParameterizedTest
  @EnumSource(EnglishModel.class)
  void everyModelIsOnTheClasspath(EnglishModel model) throws Exception {
    try (InputStream in = model.open()) {
      assertTrue(in.read() >= 0, model.resource());
    }
  }

  @Test
  void tagsSentencesWithOffsetsIntoTheCallersString() {
    String text = "The Ministry of Science and Technology released guidelines. Robots are listed too.";
    List<EnglishTagger.Sentence> sentences = tagger.tag(text);
    assertEquals(2, sentences.size());
    for (EnglishTagger.Sentence sentence : sentences) {
      for (EnglishTagger.Token token : sentence.tokens()) {
        assertEquals(token.text(), text.substring(token.start(), token.end()));
      }
    }
    EnglishTagger.Token ministry = sentences.get(0).tokens().get(1);
    assertEquals("Ministry", ministry.text());
    assertEquals("PROPN", ministry.tag());
    EnglishTagger.Token guidelines = sentences.get(0).tokens().get(7);
    assertEquals("guidelines", guidelines.text());
    assertEquals("NOUN", guidelines.tag());
  }

  @Test
  void chineseNeverReachesTheEnglishModels() {
    String text = "MIIT issued 十五部门关于印发《\"十四五\"机器人产业规划》的通知 on Tuesday.";
    List<EnglishTagger.Sentence> sentences = tagger.tag(text);
    assertFalse(sentences.isEmpty());
    for (EnglishTagger.Sentence sentence : sentences) {
      for (EnglishTagger.Token token : sentence.tokens()) {
        assertFalse(Characters.containsHan(token.text()), token.text());
        assertEquals(token.text(), text.substring(token.start(), token.end()));
      }
    }
    assertTrue(sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.text().equals("Tuesday")));
  }

  @Test
  void blankAndChineseOnlyTextGivesNoSentences() {
    assertEquals(List.of(), tagger.tag(""));
    assertEquals(List.of(), tagger.tag("  \n "));
    assertEquals(List.of(), tagger.tag("国务院办公厅"));
  }
}
