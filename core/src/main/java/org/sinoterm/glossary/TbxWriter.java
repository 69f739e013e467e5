package org.sinoterm.glossary;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sinoterm.Entity;

/**
 * Writes a glossary as TBX-Basic in the ISO 30042:2008 form ({@code martif type="TBX-Basic"}), with the JDK's
 * StAX writer. One entry becomes:
 *
 * <pre>{@code
 * <termEntry id="agency-MIIT">
 *   <descrip type="subjectField">government bodies</descrip>
 *   <note>AGENCY MIIT: 15 mentions in 2 documents</note>
 *   <note>Sources: a.txt; b.txt</note>
 *   <langSet xml:lang="en">
 *     <tig>
 *       <term>Ministry of Industry and Information Technology</term>
 *       <termNote type="partOfSpeech">noun</termNote>
 *       <termNote type="termType">fullForm</termNote>
 *       <note>canonical name, written 3 times</note>
 *     </tig>
 *     <tig><term>MIIT</term> … <termNote type="termType">acronym</termNote>
 *       <descripGrp><descrip type="context">Issuing bodies: MIIT; NHC</descrip><admin type="source">a.txt</admin></descripGrp>
 *       …</tig>
 *   </langSet>
 *   <langSet xml:lang="zh-Hans"> … </langSet>
 * </termEntry>
 * }</pre>
 *
 * <p>Every term is a noun: entities are names and noun phrases. The context goes on the term it shows (TBX-Basic
 * has context at term level), with its document as the context's source. Characters that XML 1.0 does not allow
 * (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are left out, so hostile text still gives a well-formed file.
 */
final class TbxWriter {

  /** The language tags of the two languages; Chinese is written in simplified characters. */
  static final String EN = "en";
  static final String ZH = "zh-Hans";

  private final XMLStreamWriter xml;
  private int depth;

  private TbxWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  static void write(Glossary glossary, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      new TbxWriter(xml).document(glossary);
      xml.flush();
    } catch (XMLStreamException e) {
      Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write TBX: " + e.getMessage(), e);
    }
  }

  private void document(Glossary glossary) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    start("martif");
    xml.writeAttribute("type", "TBX-Basic");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", EN);
    start("martifHeader");
    start("fileDesc");
    start("titleStmt");
    element("title", "Sinoterm glossary");
    end();
    start("sourceDesc");
    element("p", "Extracted by Sinoterm from " + glossary.documents() + " document"
        + (glossary.documents() == 1 ? "" : "s") + ": " + glossary.entries().size() + " concept"
        + (glossary.entries().size() == 1 ? "" : "s") + ".");
    end();
    end();
    start("encodingDesc");
    startInline("p");
    xml.writeAttribute("type", "XCSURI");
    text("TBXBasicXCSV02.xcs");
    endInline();
    end();
    end();
    start("text");
    start("body");
    for (GlossaryEntry entry : glossary.entries()) {
      entry(entry);
    }
    end();
    end();
    end();
    newline();
    xml.writeEndDocument();
  }

  private void entry(GlossaryEntry entry) throws XMLStreamException {
    start("termEntry");
    xml.writeAttribute("id", entry.id());
    typed("descrip", "subjectField", GlossaryNotes.subjectField(entry.type()));
    element("note", GlossaryNotes.note(entry));
    element("note", "Sources: " + GlossaryNotes.sources(entry));
    GlossaryTerm shown = termShownIn(entry);
    for (String lang : List.of(Entity.EN, Entity.ZH)) {
      List<GlossaryTerm> terms = entry.terms(lang);
      if (terms.isEmpty()) {
        continue;
      }
      start("langSet");
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang.equals(Entity.EN) ? EN : ZH);
      for (GlossaryTerm term : terms) {
        start("tig");
        element("term", term.text());
        typed("termNote", "partOfSpeech", "noun");
        typed("termNote", "termType", term.type().tbxName());
        if (term == shown) {
          start("descripGrp");
          typed("descrip", "context", entry.context());
          typed("admin", "source", entry.contextSource());
          end();
        }
        element("note", GlossaryNotes.termNote(term));
        end();
      }
      end();
    }
    end();
  }

  /** The term the context shows: the longest one it contains (ignoring case), else the preferred term. */
  static GlossaryTerm termShownIn(GlossaryEntry entry) {
    String context = entry.context().toLowerCase(Locale.ROOT);
    GlossaryTerm best = null;
    for (GlossaryTerm term : entry.terms()) {
      if (context.contains(term.text().toLowerCase(Locale.ROOT))
          && (best == null || term.text().length() > best.text().length())) {
        best = term;
      }
    }
    return best != null ? best : entry.terms().get(0);
  }

  private void start(String name) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    depth++;
  }

  private void end() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  /** An element whose content stays on its line. */
  private void startInline(String name) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
  }

  private void endInline() throws XMLStreamException {
    xml.writeEndElement();
  }

  private void element(String name, String content) throws XMLStreamException {
    startInline(name);
    text(content);
    endInline();
  }

  private void typed(String name, String type, String content) throws XMLStreamException {
    startInline(name);
    xml.writeAttribute("type", type);
    text(content);
    endInline();
  }

  private void text(String content) throws XMLStreamException {
    xml.writeCharacters(xmlChars(content));
  }

  private void indent() throws XMLStreamException {
    newline();
    for (int i = 0; i < depth; i++) {
      xml.writeCharacters("  ");
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n");
  }

  /** {@code text} without the characters XML 1.0 does not allow; a carriage return becomes a space. */
  static String xmlChars(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        ok = true;
        width = 2;
      } else {
        ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok || c == '\r') {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (c == '\r') {
          out.append(' ');
        }
      } else if (out != null) {
        out.append(text, i, i + width);
      }
      i += width - 1;
    }
    return out == null ? text : out.toString();
  }
}
