package org.sinoterm.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The bilingual glossary of a corpus, aggregated by Spark from the entity and link tables. One row per distinct pair:
 *
 * <pre>
 * relation      type    term                                              counterpart        key     occurrences documents
 * BILINGUAL     AGENCY  Ministry of Industry and Information Technology   工业和信息化部       MIIT    41          17
 * ABBREVIATION  AGENCY  MOFCOM                                            Ministry of Commerce null    3           3
 * TRANSLATION   AGENCY  Ministry of Commerce                              商务部               null    2           2
 * </pre>
 *
 * <p>{@code TRANSLATION} and {@code ABBREVIATION} rows are links the text itself makes ("Ministry of Commerce
 * (商务部)", "… (MOFCOM)"), counted by their two surfaces as written; {@code BILINGUAL} rows are entities whose
 * normalized value has both an English and a Chinese name (a dictionary body, a known technology, a term), counted
 * by those names, however the text wrote them. {@code occurrences} counts mentions or links, {@code documents}
 * the distinct sources they were found in. Sorted by occurrences, most frequent first.
 */
final class CorpusGlossary {

  static final String BILINGUAL = "BILINGUAL";

  private CorpusGlossary() {
  }

  /**
   * @param entities rows of {@code source} and the {@link PartitionExtraction#ENTITY} fields
   * @param links rows of {@code source} and the {@link PartitionExtraction#LINK} fields
   */
  static Dataset<Row> of(Dataset<Row> entities, Dataset<Row> links) {
    Column none = lit(null).cast(DataTypes.StringType);
    Dataset<Row> pairs = links
        .filter(col("type").isin("TRANSLATION", "ABBREVIATION"))
        .select(col("type").as("relation"), col("entityType").as("type"), col("fromText").as("term"),
            col("toText").as("counterpart"), none.as("key"), col("source"));
    Dataset<Row> bilingual = entities
        .filter(col("normalized").getItem("en").isNotNull().and(col("normalized").getItem("zh").isNotNull()))
        .select(lit(BILINGUAL).as("relation"), col("type"), col("normalized").getItem("en").as("term"),
            col("normalized").getItem("zh").as("counterpart"), col("normalized").getItem("key").as("key"),
            col("source"));
    return pairs.unionByName(bilingual)
        .groupBy("relation", "type", "term", "counterpart", "key")
        .agg(count(lit(1)).as("occurrences"), countDistinct("source").as("documents"))
        .orderBy(desc("occurrences"), col("relation"), col("type"), col("term"), col("counterpart"));
  }
}
