package org.sinoterm.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sinoterm.text.TextNormalizer;

class DocumentTest {

  private static Document document(String text) {
    return new Document(new TextNormalizer().normalize(text), null);
  }

  @Test
  void aSharedValueIsComputedOncePerDocument() {
    AtomicInteger computed = new AtomicInteger();
    Document.Key<List<String>> words = Document.Key.of(d -> {
      computed.incrementAndGet();
      return new ArrayList<>(List.of(d.text().text().split(" ")));
    });
    Document one = document("MIIT issued the plan");
    assertSame(one.shared(words), one.shared(words));
    assertEquals(1, computed.get());
    Document other = document("NDRC");
    assertEquals(List.of("NDRC"), other.shared(words));
    assertEquals(2, computed.get()); // each document its own
  }

  @Test
  void aValueMayAskForAnotherAndMayBeNull() {
    AtomicInteger computed = new AtomicInteger();
    Document.Key<String> nothing = Document.Key.of(d -> {
      computed.incrementAndGet();
      return null;
    });
    Document.Key<Integer> length = Document.Key.of(d -> d.text().length());
    Document.Key<String> both = Document.Key.of(d -> d.shared(length) + ":" + d.shared(nothing));
    Document doc = document("plan");
    assertEquals("4:null", doc.shared(both));
    assertNull(doc.shared(nothing));
    assertEquals(1, computed.get());
  }
}
