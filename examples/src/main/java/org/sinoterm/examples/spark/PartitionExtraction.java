package org.sinoterm.examples.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Link;
import org.sinoterm.Sinoterm;
import scala.collection.JavaConverters;

/**
 * Extracts the entities of the documents of one partition. The extractor is built once when the partition starts
 * (if it has a document), never per document, and the documents stream through it in batches that it reads
 * together. Input rows are {@code (source, text)};
 * output rows are {@code (source, chars, entities, links)} as described by {@link #SCHEMA}.
 */
final class PartitionExtraction implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  static final StructType ENTITY = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("lang", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("normalized", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
      .add("confidence", DataTypes.DoubleType, false);

  static final StructType LINK = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("from", DataTypes.StringType, false)
      .add("to", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("entityType", DataTypes.StringType, false)
      .add("fromText", DataTypes.StringType, false)
      .add("toText", DataTypes.StringType, false);

  static final StructType SCHEMA = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("chars", DataTypes.IntegerType, false)
      .add("entities", DataTypes.createArrayType(ENTITY, false), false)
      .add("links", DataTypes.createArrayType(LINK, false), false);

  private final EnumSet<EntityType> types;
  private final LongAccumulator extractorsBuilt;

  PartitionExtraction(EnumSet<EntityType> types, LongAccumulator extractorsBuilt) {
    this.types = EnumSet.copyOf(types);
    this.extractorsBuilt = extractorsBuilt;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    if (!documents.hasNext()) {
      return Collections.emptyIterator(); // an empty partition (repartition makes them) builds nothing
    }
    Extractor extractor = Sinoterm.builder().types(types).build();
    extractorsBuilt.add(1);
    return new Iterator<>() {
      private final List<Row> batch = new ArrayList<>();
      private List<Extraction> extractions = List.of();
      private int next;

      @Override
      public boolean hasNext() {
        return next < batch.size() || documents.hasNext();
      }

      @Override
      public Row next() {
        if (next == batch.size()) {
          readBatch();
        }
        Row document = batch.get(next);
        Extraction extraction = extractions.get(next);
        next++;
        return toRow(document.getString(0), document.getString(1), extraction);
      }

      /** The next documents of the partition, grouped as extractAll groups them, extracted together. */
      private void readBatch() {
        batch.clear();
        next = 0;
        List<String> texts = new ArrayList<>();
        long chars = 0;
        while (documents.hasNext() && batch.size() < Extractor.BATCH_TEXTS && chars < Extractor.BATCH_CHARS) {
          Row document = documents.next();
          batch.add(document);
          texts.add(document.getString(1));
          chars += document.getString(1).length();
        }
        if (batch.isEmpty()) {
          throw new NoSuchElementException();
        }
        extractions = extractor.extractAll(texts);
      }
    };
  }

  private static Row toRow(String source, String text, Extraction extraction) {
    List<Row> entities = new ArrayList<>();
    Map<Entity, String> ids = new HashMap<>();
    for (Entity entity : extraction.entities()) {
      String id = "e" + (entities.size() + 1);
      ids.put(entity, id);
      entities.add(RowFactory.create(id, entity.type().name(), entity.lang(), entity.start(), entity.end(),
          entity.text(), JavaConverters.mapAsScalaMap(NormalizedFields.of(entity.normalized())),
          entity.confidence()));
    }
    List<Row> links = new ArrayList<>();
    for (Link link : extraction.links()) {
      links.add(RowFactory.create(link.type().name(), ids.get(link.from()), ids.get(link.to()), link.score(),
          link.from().type().name(), link.from().text(), link.to().text()));
    }
    // Spark's row encoder takes Scala collections for array and map columns
    return RowFactory.create(source, text.length(), JavaConverters.asScalaBuffer(entities),
        JavaConverters.asScalaBuffer(links));
  }
}
