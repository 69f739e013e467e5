package org.sinoterm.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.PropertiesUtils;

/** CoreNLP's English NER pipeline, which needs the models jar that only {@code -Pcorenlp-models} brings. */
final class CoreNlpModels {

  /** The annotators of the comparison: CoreNLP's English named-entity pipeline. */
  static final String NER_PIPELINE = "tokenize,ssplit,pos,lemma,ner";

  private static final String PROBE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private CoreNlpModels() {
  }

  /** True if CoreNLP's English models jar is on the classpath. */
  static boolean available() {
    return CoreNlpModels.class.getClassLoader().getResource(PROBE) != null;
  }

  /** The English NER pipeline, or a message naming the profile if the models jar is missing. */
  static StanfordCoreNLP nerPipeline() {
    if (!available()) {
      throw new IllegalStateException("CoreNLP's models jar is not on the classpath: build with "
          + "mvn -Pcorenlp-models package and run with benchmarks/target/lib/* on the classpath");
    }
    return new StanfordCoreNLP(PropertiesUtils.asProperties("annotators", NER_PIPELINE));
  }
}
