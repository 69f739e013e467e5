package org.sinoterm.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sinoterm.AgencyRef;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.Extraction;
import org.sinoterm.Link;
import org.sinoterm.Sinoterm;

/**
 * Lists the government bodies of a brief with their full English and Chinese names, and the acronyms it defines.
 *
 * <pre>
 * MIIT                 MIIT     Ministry of Industry and Information Technology / 工业和信息化部
 * 十部门               (10 bodies together)
 * </pre>
 */
public final class ListAgencies {

  static final String BRIEF = """
      Article: 14th Five-Year Plan for Medical Equipment (十部门关于印发《"十四五"医疗装备产业发展规划》的通知)
      Issuing bodies: MIIT; NHC; NDRC; MOST; MOF; SASAC; SAMR; NHSA; SATCM; NMPA
      The State Administration for Market Regulation (SAMR) will check quality; 国家药监局 approves devices.
      """;

  private ListAgencies() {
  }

  public static void main(String[] args) {
    print(args.length > 0 ? String.join(" ", args) : BRIEF, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void print(String text, PrintStream out) {
    Extraction extraction = Sinoterm.extractor().extract(text);
    for (Entity entity : extraction.entities(EntityType.AGENCY)) {
      AgencyRef body = entity.normalized(AgencyRef.class);
      String name = body.count() != null ? "(" + body.count() + " bodies together)"
          : body.key() + "\t" + body.en() + " / " + body.zh();
      out.println(entity.text() + "\t" + name);
    }
    for (Link link : extraction.links()) {
      out.println(link.type() + ": " + link.from().text() + " -> " + link.to().text());
    }
  }
}
