package org.sinoterm.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Extractor;
import org.sinoterm.Sinoterm;
import org.sinoterm.eval.Corpus;
import org.sinoterm.eval.Evaluation;
import org.sinoterm.eval.Passage;

/**
 * Runs the English QUANTITY and DATE expressions of the annotated corpus through CoreNLP's English NER pipeline
 * ({@value CoreNlpModels#NER_PIPELINE}, with its numeric and SUTime normalizers) and through Sinoterm, and prints
 * how often each finds the expression's exact span and its exact value. Needs the models jar:
 *
 * <pre>
 * mvn -B -q package -DskipTests -Pcorenlp-models
 * java -cp "benchmarks/target/sinoterm-benchmarks.jar:benchmarks/target/lib/*" org.sinoterm.bench.CoreNlpComparison \
 *     [--out FILE]
 * </pre>
 *
 * <p>CoreNLP's reading of an expression is the mention of a numeric or temporal class (NUMBER, MONEY, PERCENT; DATE,
 * DURATION, TIME, SET) that overlaps it most. Its <em>number</em> is right when its normalized tag
 * ({@code NormalizedNamedEntityTagAnnotation}: "6.0", "¥1.3E12", "&gt;=20.0", "~100.0", "5.0-8.0") has the gold
 * value, or the gold range, with the gold bound and approximation. <em>All fields</em> also asks for the unit —
 * which CoreNLP can express only for money (as a currency sign) and percentages — and for no rate or change, which
 * it cannot express at all. A date is right when its TIMEX value equals the gold value, the gold interval written
 * {@code start/end}, or the gold duration. Sinoterm is scored as by {@code SinotermEval}: exact span, and every
 * normalized field.
 */
public final class CoreNlpComparison {

  private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
  private static final Set<String> TEMPORAL = Set.of("DATE", "DURATION", "TIME", "SET");
  /** A normalized numeric tag: bound or approximation, currency sign or percent, a number or a range. */
  private static final Pattern NORMALIZED_NUMBER = Pattern.compile(
      "(>=|<=|>|<|~)?([$€£¥₩₹元%]|[A-Z]{3})?(-?[0-9.]+(?:E-?[0-9]+)?)(?:-(-?[0-9.]+(?:E-?[0-9]+)?))?");
  private static final Map<String, String> CURRENCY_SIGNS = Map.of(
      "$", "USD", "€", "EUR", "£", "GBP", "¥", "CNY", "元", "CNY", "₩", "KRW", "₹", "INR");

  private CoreNlpComparison() {
  }

  /** Counts for one type: expressions, exact spans, right values. */
  private static final class Tally {
    int gold;
    int corenlpSpan;
    int corenlpNumber;
    int corenlpAll;
    int sinotermSpan;
    int sinotermAll;
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        System.err.println("usage: CoreNlpComparison [--out FILE]");
        System.exit(2);
      }
    }
    StanfordCoreNLP pipeline = CoreNlpModels.nerPipeline();
    Extractor sinoterm = Sinoterm.builder().types(EntityType.QUANTITY, EntityType.DATE).build();
    Tally quantities = new Tally();
    Tally dates = new Tally();
    List<String> examples = new ArrayList<>();
    for (Passage passage : Corpus.bundled()) {
      List<Passage.Gold> gold = passage.entities().stream()
          .filter(g -> g.type() == EntityType.QUANTITY || g.type() == EntityType.DATE)
          .filter(g -> Evaluation.language(passage.text(), g.start(), g.end()).equals("en"))
          .toList();
      if (gold.isEmpty()) {
        continue;
      }
      CoreDocument document = new CoreDocument(passage.text());
      pipeline.annotate(document);
      Extraction extraction = sinoterm.extract(passage.text());
      for (Passage.Gold g : gold) {
        boolean quantity = g.type() == EntityType.QUANTITY;
        Tally tally = quantity ? quantities : dates;
        tally.gold++;
        CoreEntityMention mention = bestOverlap(document, g, quantity ? NUMERIC : TEMPORAL);
        String tag = mention == null ? null
            : mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        boolean span = mention != null && mention.charOffsets().first() == g.start()
            && mention.charOffsets().second() == g.end();
        boolean number = quantity ? numberRight(g.normalized(), tag) : dateRight(g.normalized(), tag);
        boolean all = quantity ? number && unitRight(g.normalized(), mention, tag) : number;
        tally.corenlpSpan += span ? 1 : 0;
        tally.corenlpNumber += number ? 1 : 0;
        tally.corenlpAll += all ? 1 : 0;
        Entity found = extraction.entities(g.type()).stream()
            .filter(e -> e.start() == g.start() && e.end() == g.end()).findFirst().orElse(null);
        tally.sinotermSpan += found != null ? 1 : 0;
        tally.sinotermAll += found != null && Evaluation.wrongValue(g, found) == null ? 1 : 0;
        if (!all && examples.size() < 40) {
          examples.add(String.format(Locale.ROOT, "| %s | %s | %s |", cell(g.text()), cell(g.normalized().toString()),
              mention == null ? "nothing" : cell(mention.entityType() + " \"" + mention.text() + "\" → " + tag)));
        }
      }
    }
    StringBuilder table = new StringBuilder();
    table.append("English QUANTITY and DATE expressions of the annotated corpus, CoreNLP ")
        .append(CoreNlpModels.NER_PIPELINE).append(" vs Sinoterm\n\n");
    table.append("| type | expressions | CoreNLP exact span | CoreNLP number right | CoreNLP all fields right "
        + "| Sinoterm exact span | Sinoterm all fields right |\n");
    table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    row(table, "QUANTITY", quantities);
    row(table, "DATE", dates);
    table.append("\nFirst expressions CoreNLP gets wrong (gold, CoreNLP's mention and normalized tag):\n\n");
    table.append("| expression | gold | CoreNLP |\n| --- | --- | --- |\n");
    examples.forEach(e -> table.append(e).append('\n'));
    System.out.print(table);
    if (out != null) {
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
  }

  private static CoreEntityMention bestOverlap(CoreDocument document, Passage.Gold gold, Set<String> classes) {
    CoreEntityMention best = null;
    int bestOverlap = 0;
    for (CoreEntityMention m : document.entityMentions()) {
      if (!classes.contains(m.entityType())) {
        continue;
      }
      int overlap = Math.min(gold.end(), m.charOffsets().second()) - Math.max(gold.start(), m.charOffsets().first());
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** Whether CoreNLP's normalized tag has the gold value or range, bound and approximation. */
  static boolean numberRight(Map<String, String> gold, String tag) {
    if (tag == null) {
      return false;
    }
    Matcher m = NORMALIZED_NUMBER.matcher(tag.strip());
    if (!m.matches()) {
      return false;
    }
    String modifier = m.group(1);
    BigDecimal first = decimal(m.group(3));
    BigDecimal second = m.group(4) == null ? null : decimal(m.group(4));
    if (first == null || (m.group(4) != null && second == null)) {
      return false;
    }
    boolean values = gold.containsKey("value")
        ? second == null && same(gold.get("value"), first)
        : second != null && same(gold.get("min"), first) && same(gold.get("max"), second);
    String bound = switch (modifier == null ? "" : modifier) {
      case ">" -> "gt";
      case ">=" -> "gte";
      case "<" -> "lt";
      case "<=" -> "lte";
      default -> null;
    };
    boolean approx = "~".equals(modifier);
    return values && java.util.Objects.equals(gold.get("bound"), bound)
        && approx == "true".equals(gold.get("approx"));
  }

  /** Whether CoreNLP's mention has the gold unit and the gold has nothing CoreNLP cannot express. */
  static boolean unitRight(Map<String, String> gold, CoreEntityMention mention, String tag) {
    if (gold.keySet().stream().anyMatch(k -> k.startsWith("per") || k.equals("change"))) {
      return false;
    }
    String unit = gold.get("unit");
    Matcher m = NORMALIZED_NUMBER.matcher(tag.strip());
    String sign = m.matches() ? m.group(2) : null;
    if (unit == null) {
      return mention.entityType().equals("NUMBER");
    }
    if (unit.equals("percent")) {
      return mention.entityType().equals("PERCENT");
    }
    return mention.entityType().equals("MONEY") && sign != null
        && unit.equals(CURRENCY_SIGNS.getOrDefault(sign, sign));
  }

  /** Whether CoreNLP's TIMEX value is the gold value, interval or duration. */
  static boolean dateRight(Map<String, String> gold, String tag) {
    if (tag == null) {
      return false;
    }
    if (gold.containsKey("value")) {
      return tag.equals(gold.get("value"));
    }
    if (gold.containsKey("start")) {
      return tag.equals(gold.get("start") + "/" + gold.get("end"));
    }
    return tag.equals(gold.get("duration"));
  }

  private static boolean same(String gold, BigDecimal value) {
    BigDecimal expected = gold == null ? null : decimal(gold);
    return expected != null && expected.compareTo(value) == 0;
  }

  private static BigDecimal decimal(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void row(StringBuilder table, String type, Tally t) {
    table.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", type, t.gold,
        share(t.corenlpSpan, t.gold), share(t.corenlpNumber, t.gold), share(t.corenlpAll, t.gold),
        share(t.sinotermSpan, t.gold), share(t.sinotermAll, t.gold)));
  }

  private static String share(int n, int of) {
    return String.format(Locale.ROOT, "%d (%.1f%%)", n, of == 0 ? 0.0 : 100.0 * n / of);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
