package org.sinoterm.technology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.RandomPieces;

class EnglishVariantsTest {

  @Test
  void derivesPluralsHyphenationCompoundsAndSpellings() {
    assertEquals(List.of("coronary stent", "coronary stents"), List.copyOf(EnglishVariants.of("coronary stent")));
    Set<String> battery = EnglishVariants.of("lithium-ion battery");
    assertTrue(battery.containsAll(Set.of("lithium-ion battery", "lithium ion battery", "lithium-ion batteries",
        "lithium ion batteries")), battery::toString);
    Set<String> sequencing = EnglishVariants.of("high throughput sequencing");
    assertEquals(List.of("high throughput sequencing", "high-throughput sequencing"), List.copyOf(sequencing));
    Set<String> fibre = EnglishVariants.of("carbon fibre");
    assertTrue(fibre.containsAll(Set.of("carbon fibre", "carbon fibres", "carbon fiber", "carbon fibers")),
        fibre::toString);
    assertEquals(List.of("PET-CT", "PET/CT", "PET-CTs", "PET-CTS"),
        List.copyOf(EnglishVariants.acronymForms("PET-CT")));
  }

  @Test
  void compoundModifierAgreesWithSplittingOnRandomNames() {
    String[] pieces = {"a", "rare", "earth", " ", " ", "-", "B", "7"};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      String form = RandomPieces.join(random, pieces, 0, 8, false);
      assertEquals(bySplitting(form), EnglishVariants.compoundModifier(form), () -> "'" + form + "'");
    }
    assertEquals("rare-earth permanent magnet", EnglishVariants.compoundModifier("rare earth permanent magnet"));
  }

  /** The first two words joined by a hyphen, for three or more words of lower-case letters, as split(" ") sees them. */
  private static String bySplitting(String form) {
    String[] words = form.split(" ");
    if (words.length < 3) {
      return null;
    }
    for (String word : words) {
      if (word.isEmpty() || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        return null;
      }
    }
    return words[0] + "-" + form.substring(words[0].length() + 1);
  }
}
