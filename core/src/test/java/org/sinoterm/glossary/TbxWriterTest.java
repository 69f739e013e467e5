package org.sinoterm.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.sinoterm.Entity;
import org.sinoterm.EntityType;
import org.sinoterm.LinkType;
import org.sinoterm.TermRef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The TBX output: valid against the TBX-Basic structure ({@code tbx-basic-core.xsd}, written from ISO 30042:2008 and
 * the TBX-Basic specification; see its comment), each entry holding what TBX-Basic asks of it (XPath), markup
 * characters escaped, and well-formed for hostile text.
 */
class TbxWriterTest {

  private static final XPath XPATH = XPathFactory.newInstance().newXPath();

  static String tbx(Glossary glossary) throws IOException {
    StringWriter out = new StringWriter();
    GlossaryFormat.TBX.write(glossary, out);
    return out.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static void validate(Document document) throws Exception {
    URL xsd = TbxWriterTest.class.getResource("tbx-basic-core.xsd");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    schema.newValidator().validate(new DOMSource(document));
  }

  private static NodeList nodes(Object context, String path) throws Exception {
    return (NodeList) XPATH.evaluate(path, context, XPathConstants.NODESET);
  }

  private static String string(Object context, String path) throws Exception {
    return XPATH.evaluate(path, context);
  }

  @Test
  void theCorpusGlossaryIsValidTbxBasic() throws Exception {
    Glossary glossary = GlossaryBuilderTest.build(List.of("a.txt", "b.txt", "c.txt"));
    String xml = tbx(glossary);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">"),
        xml);
    Document document = parse(xml);
    validate(document);
    assertEquals("TBXBasicXCSV02.xcs", string(document, "/martif/martifHeader/encodingDesc/p[@type='XCSURI']"));
    assertEquals("Extracted by Sinoterm from 3 documents: 7 concepts.",
        string(document, "/martif/martifHeader/fileDesc/sourceDesc/p"));
    NodeList entries = nodes(document, "/martif/text/body/termEntry");
    assertEquals(glossary.entries().size(), entries.getLength());
    Set<String> termTypes = Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      GlossaryEntry expected = glossary.entries().get(i);
      assertEquals(expected.id(), entry.getAttribute("id"));
      assertEquals(1, nodes(entry, "descrip[@type='subjectField']").getLength());
      assertEquals(GlossaryNotes.note(expected), string(entry, "note[1]"));
      assertEquals("Sources: " + String.join("; ", expected.sources()), string(entry, "note[2]"));
      NodeList langSets = nodes(entry, "langSet");
      List<String> langs = new ArrayList<>();
      for (int k = 0; k < langSets.getLength(); k++) {
        langs.add(string(langSets.item(k), "@*[local-name()='lang']"));
      }
      assertEquals(expected.chinese().isPresent() ? List.of("en", "zh-Hans") : List.of("en"), langs);
      NodeList tigs = nodes(entry, "langSet/tig");
      assertEquals(expected.terms().size(), tigs.getLength());
      for (int k = 0; k < tigs.getLength(); k++) {
        Object tig = tigs.item(k);
        GlossaryTerm term = expected.terms().get(k);
        assertEquals(term.text(), string(tig, "term"));
        assertEquals("noun", string(tig, "termNote[@type='partOfSpeech']"));
        assertEquals(1, nodes(tig, "termNote[@type='termType']").getLength());
        String termType = string(tig, "termNote[@type='termType']");
        assertTrue(termTypes.contains(termType), termType);
        assertEquals(term.type().tbxName(), termType);
        assertEquals(1, nodes(tig, "note").getLength());
      }
      assertEquals(1, nodes(entry, "langSet/tig/descripGrp/descrip[@type='context']").getLength());
      assertEquals(expected.context(), string(entry, "langSet/tig/descripGrp/descrip[@type='context']"));
      assertEquals(expected.contextSource(), string(entry, "langSet/tig/descripGrp/admin[@type='source']"));
    }
    Element miit = (Element) entries.item(0);
    assertEquals("MIIT", string(miit, "langSet/tig[descripGrp]/term"));
    assertEquals("工信部", string(miit, "langSet[@*[local-name()='lang']='zh-Hans']/tig[termNote='shortForm']/term"));
  }

  /** Ampersands, angle brackets and quotes survive the round trip as text. */
  @Test
  void markupCharactersAreEscaped() throws Exception {
    String en = "R&D <Pilot> \"Zone\" 'B'";
    Passage p = new Passage(en + " (研发&试点) said <b>.");
    Entity english = p.entity(en, EntityType.TERM, new TermRef(en, "研发&试点", 0.9));
    Entity chinese = p.entity("研发&试点", EntityType.TERM, new TermRef(en, "研发&试点", 0.9));
    Glossary glossary = Glossary.of("a&b <c> \"d\".txt", p.link(LinkType.TRANSLATION, english, chinese, 0.9)
        .extraction());
    String xml = tbx(glossary);
    assertTrue(xml.contains("R&amp;D &lt;Pilot&gt;"), xml);
    Document document = parse(xml);
    validate(document);
    assertEquals(en, string(document, "//langSet[1]/tig/term"));
    assertEquals("研发&试点", string(document, "//langSet[2]/tig/term"));
    assertEquals(en + " (研发&试点) said <b>.", string(document, "//descrip[@type='context']"));
    assertEquals("a&b <c> \"d\".txt", string(document, "//descripGrp/admin"));
  }

  /** Control characters, lone surrogates and non-characters never reach the file; real emoji do. */
  @Test
  void hostileTextGivesAWellFormedFile() throws Exception {
    String en = "smart\u0001grid\uFFFE \uD800x \uD83D\uDE00";
    Passage p = new Passage("\u0007" + en + "\u0000 (智能\u0008电网) \uDFFF\u001B[31m");
    Entity english = p.entity(en, EntityType.TERM, new TermRef(en, "智能\u0008电网", 0.9));
    Entity chinese = p.entity("智能\u0008电网", EntityType.TERM, new TermRef(en, "智能\u0008电网", 0.9));
    Glossary glossary = Glossary.of("bad\u0002name\r\n.txt", p.link(LinkType.TRANSLATION, english, chinese, 0.9)
        .extraction());
    String xml = tbx(glossary);
    for (int i = 0; i < xml.length(); i++) {
      char c = xml.charAt(i);
      assertTrue(c == '\n' || c >= 0x20 && c != '\uFFFE' && c != '\uFFFF', "character " + (int) c + " at " + i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(Character.isLowSurrogate(xml.charAt(++i)), "lone surrogate at " + i);
      } else {
        assertTrue(!Character.isLowSurrogate(c), "lone surrogate at " + i);
      }
    }
    Document document = parse(xml);
    validate(document);
    assertEquals("smart grid x \uD83D\uDE00", string(document, "//langSet[1]/tig/term"));
    assertEquals("智能 电网", string(document, "//langSet[2]/tig/term"));
  }

  /** An empty glossary is still well-formed (TBX itself asks for at least one entry, so it is not valid TBX). */
  @Test
  void anEmptyGlossaryIsWellFormed() throws Exception {
    Document document = parse(tbx(Glossary.builder().build()));
    assertEquals(0, nodes(document, "//termEntry").getLength());
    assertEquals("Extracted by Sinoterm from 0 documents: 0 concepts.", string(document, "//sourceDesc/p"));
  }
}
