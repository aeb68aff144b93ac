package outcomes.report.chart;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * SVG through Apache Batik's SVGGraphics2D (Apache-2.0) onto the JDK's own DOM, written by the
 * JDK's serialiser: no generator comment, no DOCTYPE to fetch, ids with a fixed prefix, a viewBox
 * so it scales, a title element for screen readers, and text kept as text in Liberation Sans with
 * Arial, which has the same metrics, as the fallback.
 */
final class SvgDocument {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String ID_PREFIX = "outcomes-";

  private SvgDocument() {}

  static byte[] render(Chart chart) throws IOException {
    Document doc = newDocument();
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    ctx.setComment(null);
    ctx.setIDGenerator(new FixedPrefixIds());
    ctx.setEmbeddedFontsOn(false);
    ctx.setPrecision(3);
    SVGGraphics2D g2 = new SVGGraphics2D(ctx, false);
    g2.setSVGCanvasSize(chart.size());
    g2.setRenderingHints(ChartStyle.renderingHints());
    chart.draw(g2);
    Element root = g2.getRoot();
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SVG_NS);
    root.setAttributeNS(null, "viewBox", "0 0 " + chart.width() + " " + chart.height());
    Element title = doc.createElementNS(SVG_NS, "title");
    title.setTextContent(chart.text().title());
    root.insertBefore(title, root.getFirstChild());
    useBundledFontNames(root);
    doc.appendChild(root);
    return serialise(doc);
  }

  /**
   * Draws something as a group of its own with a title, so that an SVG reader (a screen reader, a
   * tooltip, a test) finds what each part is: a map's ward with its name and figure. On any other
   * canvas (the PNG) it simply draws.
   */
  static void titled(Graphics2D g2, String title, Runnable draw) {
    if (!(g2 instanceof SVGGraphics2D svg)) {
      draw.run();
      return;
    }
    // Batik draws into its top-level group: take it, draw into a fresh one, and put that
    // fresh one, titled, inside the first, which drawing then goes on into
    Element outer = svg.getTopLevelGroup(false);
    draw.run();
    Element group = svg.getTopLevelGroup(false);
    Element t = svg.getDOMFactory().createElementNS(SVG_NS, "title");
    t.setTextContent(title);
    group.insertBefore(t, group.getFirstChild());
    outer.appendChild(group);
    svg.setTopLevelGroup(outer);
  }

  /** Every font-family Batik wrote names our font, with fallbacks of the same metrics. */
  private static void useBundledFontNames(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    Node family = attributes.getNamedItem("font-family");
    if (family != null) {
      family.setNodeValue(ChartFonts.SVG_FAMILY);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        useBundledFontNames(e);
      }
    }
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
    }
  }

  private static byte[] serialise(Document doc) throws IOException {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
      transformer.transform(new DOMSource(doc), new StreamResult(bytes));
      bytes.write('\n');
      return bytes.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("the SVG cannot be written: " + e.getMessage(), e);
    }
  }

  /** Batik's counters per prefix, under a prefix of ours, so ids are the same on every run. */
  private static final class FixedPrefixIds extends SVGIDGenerator {
    @Override
    public String generateID(String prefix) {
      return ID_PREFIX + super.generateID(prefix);
    }
  }
}
