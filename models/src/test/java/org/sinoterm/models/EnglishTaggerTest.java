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

  /**
   * A run of more than {@link EnglishTagger#MAX_RUN} characters without whitespace never reaches OpenNLP, whose
   * tokenizer and sentence detector read such a run whole at each of its positions (100,000 brackets took minutes);
   * the words around it are still tagged, at their offsets.
   */
  @Test
  void aLongRunWithoutWhitespaceIsSkippedAndTheWordsAroundItAreTagged() {
    String text = "Robots arrived " + "(".repeat(100_000) + " and stents shipped.";
    List<String> words = new java.util.ArrayList<>();
    for (EnglishTagger.Sentence sentence : tagger.tag(text)) {
      for (EnglishTagger.Token token : sentence.tokens()) {
        assertEquals(text.substring(token.start(), token.end()), token.text());
        words.add(token.text());
      }
    }
    assertEquals(List.of("Robots", "arrived", "and", "stents", "shipped", "."), words);
  }

  /** A "sentence" of thousands of words is tagged in windows ({@link EnglishTagger#MAX_TAGGED}): every word. */
  @Test
  void aVeryLongSentenceIsTaggedWhole() {
    String text = "robot arms, stents and scanners ".repeat(1000);
    int tokens = 0;
    for (EnglishTagger.Sentence sentence : tagger.tag(text)) {
      for (EnglishTagger.Token token : sentence.tokens()) {
        assertFalse(token.tag().isEmpty(), token::toString);
        tokens++;
      }
    }
    assertEquals(6000, tokens);
  }
}
