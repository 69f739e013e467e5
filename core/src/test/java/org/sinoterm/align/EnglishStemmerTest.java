package org.sinoterm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words that a translator may write differently and that must get the same key, and some that must not. */
class EnglishStemmerTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Industries      | industry
      industrial      | industry
      Promoting       | promote
      promotion       | promoted
      Catalogue       | catalog
      catalogues      | catalogs
      Programme       | program
      organisation    | organization
      Standardisation | standardization
      digitalised     | digitalized
      labour          | labor
      Centre          | center
      Defence         | defense
      guiding         | guide
      Regulations     | regulation
      implementing    | implementation
      Interpretation  | interpret
      Robotics        | robot
      Vehicles        | vehicle
      equipment       | equip
      China's         | China
      Fourteenth      | 14th
      ten             | 10
      Two             | 2
      measures        | measure
      Zones           | zone
      """)
  void sameKey(String a, String b) {
    assertEquals(EnglishStemmer.key(b), EnglishStemmer.key(a), a + " and " + b);
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      advise     | advice
      enterprise | enterpriz
      medical    | media
      plan       | planet
      notice     | nation
      2021       | 2025
      """)
  void differentKey(String a, String b) {
    org.junit.jupiter.api.Assertions.assertNotEquals(EnglishStemmer.key(b), EnglishStemmer.key(a), a + " and " + b);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      enterprises | enterpris
      advised     | advis
      caresses    | caress
      ponies      | poni
      hopping     | hop
      hoping      | hope
      relational  | relat
      conditional | condit
      """)
  void porter(String word, String key) {
    assertEquals(key, EnglishStemmer.key(word));
  }
}
