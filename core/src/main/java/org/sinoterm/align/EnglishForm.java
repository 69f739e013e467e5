package org.sinoterm.align;

import java.util.ArrayList;
import java.util.List;

/**
 * One English rendering of a Chinese word, as the keys of its content words: "Guiding Opinions" → [guid, opinion],
 * "the Belt and Road Initiative" → [belt, road, initi]. Function words are left out, because renderings add and
 * drop them freely. A form of function words only ("on") has no keys.
 *
 * @param text the form as written in the dictionary
 * @param keys the keys of its content words, in order
 */
record EnglishForm(String text, List<String> keys) {

  EnglishForm {
    keys = List.copyOf(keys);
  }

  /** Reads a form. */
  static EnglishForm of(String text) {
    List<String> keys = new ArrayList<>();
    for (EnglishTokens.Token token : EnglishTokens.keysOf(text)) {
      if (!token.function()) {
        keys.add(token.key());
      }
    }
    return new EnglishForm(text, keys);
  }

  /** Reads forms separated by {@code |}, dropping those without content words. */
  static List<EnglishForm> list(String forms) {
    List<EnglishForm> out = new ArrayList<>();
    for (String form : forms.split("\\|", -1)) {
      String trimmed = form.strip();
      if (!trimmed.isEmpty()) {
        EnglishForm parsed = of(trimmed);
        if (!parsed.keys().isEmpty()) {
          out.add(parsed);
        }
      }
    }
    return out;
  }
}
