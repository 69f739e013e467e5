package org.sinoterm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;

/** One partition through {@link PartitionExtraction}, without Spark: more documents than one batch holds. */
class PartitionExtractionTest {

  private static final String[] TEXTS = {
    "Issuing bodies: MIIT; NHC; NDRC", "", "工业和信息化部到2025年投入1.3万亿元。", "CNY 1.3 trillion by 2025",
    "The State Council met on December 28, 2021.",
  };

  @Test
  void everyDocumentInOrderWithItsOwnEntities() {
    int count = 2 * Extractor.BATCH_TEXTS + 3; // three batches
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(RowFactory.create("doc" + i, TEXTS[i % TEXTS.length]));
    }
    LongAccumulator built = new LongAccumulator();
    Iterator<Row> out = new PartitionExtraction(EnumSet.allOf(EntityType.class), built).call(rows.iterator());
    Extractor extractor = Sinoterm.extractor();
    for (int i = 0; i < count; i++) {
      Row row = out.next();
      Extraction expected = extractor.extract(TEXTS[i % TEXTS.length]);
      assertEquals("doc" + i, row.getString(0));
      assertEquals(TEXTS[i % TEXTS.length].length(), row.getInt(1));
      assertEquals(expected.entities().size(), row.getList(2).size(), "doc" + i);
      assertEquals(expected.links().size(), row.getList(3).size(), "doc" + i);
    }
    assertFalse(out.hasNext());
    assertThrows(NoSuchElementException.class, out::next);
    assertEquals(1, built.value());
  }
}
