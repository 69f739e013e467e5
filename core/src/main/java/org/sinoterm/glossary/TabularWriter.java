package org.sinoterm.glossary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sinoterm.Entity;

/**
 * Writes a glossary as CSV or TSV, one row per entry, with Commons CSV. The columns, named so that CAT tools map
 * them on import (memoQ and MultiTerm's Glossary Converter take language names as term columns):
 *
 * <pre>
 * English | Chinese | English synonyms | Chinese synonyms | Type | Note | Context | Source | Frequency
 * Ministry of Industry and Information Technology | 工业和信息化部 | MIIT | 工信部 | agency
 *   | AGENCY MIIT: 15 mentions in 2 documents; acronym: MIIT; short form: 工信部 | Issuing bodies: MIIT; NHC | a.txt; b.txt | 15
 * </pre>
 *
 * <p>English and Chinese hold the preferred term of each language (empty if the concept has none), the synonym
 * columns the others, separated by {@code |}.
 */
final class TabularWriter {

  static final String HEADER_TEXT =
      "English, Chinese, English synonyms, Chinese synonyms, Type, Note, Context, Source, Frequency";
  static final String[] HEADER = HEADER_TEXT.split(", ");
  /** Between synonyms in one cell: a character no term of this domain uses. */
  static final String SYNONYM_SEPARATOR = "|";

  private TabularWriter() {
  }

  static void csv(Glossary glossary, Writer out) throws IOException {
    out.write('\uFEFF');
    CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(new Unclosed(out), format)) {
      printer.printRecord((Object[]) HEADER);
      for (GlossaryEntry entry : glossary.entries()) {
        printer.printRecord(row(entry));
      }
    }
  }

  static void tsv(Glossary glossary, Writer out) throws IOException {
    CSVFormat format = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null).setEscape(null)
        .setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(new Unclosed(out), format)) {
      printer.printRecord((Object[]) HEADER);
      for (GlossaryEntry entry : glossary.entries()) {
        printer.printRecord(row(entry).stream().map(GlossaryFormat::escapeTsvField).toList());
      }
    }
  }

  static List<String> row(GlossaryEntry entry) {
    List<GlossaryTerm> english = entry.terms(Entity.EN);
    List<GlossaryTerm> chinese = entry.terms(Entity.ZH);
    return List.of(
        english.isEmpty() ? "" : english.get(0).text(),
        chinese.isEmpty() ? "" : chinese.get(0).text(),
        synonyms(english),
        synonyms(chinese),
        GlossaryNotes.typeName(entry.type()),
        note(entry),
        entry.context(),
        GlossaryNotes.sources(entry),
        Integer.toString(entry.frequency()));
  }

  private static String synonyms(List<GlossaryTerm> terms) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; i < terms.size(); i++) {
      texts.add(terms.get(i).text());
    }
    return String.join(SYNONYM_SEPARATOR, texts);
  }

  /** The entry's note, then each acronym and short form named as such (the columns cannot say which is which). */
  private static String note(GlossaryEntry entry) {
    StringBuilder note = new StringBuilder(GlossaryNotes.note(entry));
    for (GlossaryTerm term : entry.terms()) {
      if (term.type() == TermType.ACRONYM) {
        note.append("; acronym: ").append(term.text());
      } else if (term.type() == TermType.SHORT_FORM) {
        note.append("; short form: ").append(term.text());
      }
    }
    return note.toString();
  }

  /** The caller's writer, flushed but not closed when the printer closes. */
  private static final class Unclosed extends Writer {
    private final Writer out;

    Unclosed(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
