package org.imroc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Looks at the service's SVG as a reader would: parses it as XML (no DTDs, no external entities) and renders it to
 * PNG with Apache Batik, keeping the PNG under target/charts/ for a reviewer to open.
 */
public final class Svg {

    public static final Path ARTEFACTS = Path.of("target", "charts");

    private Svg() {}

    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** Renders the SVG with Batik, writes target/charts/{name}.png, and returns the image. */
    public static BufferedImage render(String svg, String name) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
            Files.createDirectories(ARTEFACTS);
            Files.write(ARTEFACTS.resolve(name + ".png"), png.toByteArray());
            Files.writeString(ARTEFACTS.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            assertThat(image).as("Batik rendered " + name).isNotNull();
            return image;
        } catch (IOException | org.apache.batik.transcoder.TranscoderException e) {
            throw new AssertionError("Batik could not render " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every element named {@code tag} whose attribute {@code name} is {@code value}. */
    public static List<Element> withAttribute(Document doc, String tag, String name, String value) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (value.equals(e.getAttribute(name))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every point drawn: a circle or polygon (a point's shape) with its own title, legend marks and rings left out. */
    public static List<Element> marks(Document doc) {
        List<Element> found = new ArrayList<>();
        for (String tag : List.of("circle", "polygon")) {
            NodeList nodes = doc.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getElementsByTagNameNS("*", "title").getLength() > 0 && !"18".equals(e.getAttribute("r"))) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /** The middle of a circle, or of a polygon (the mean of its corners: a triangle's centroid). */
    public static double[] centre(Element mark) {
        if (mark.getTagName().endsWith("circle")) {
            return new double[] {
                Double.parseDouble(mark.getAttribute("cx")), Double.parseDouble(mark.getAttribute("cy"))
            };
        }
        String[] corners = mark.getAttribute("points").split(" ");
        double x = 0;
        double y = 0;
        for (String corner : corners) {
            String[] xy = corner.split(",");
            x += Double.parseDouble(xy[0]);
            y += Double.parseDouble(xy[1]);
        }
        return new double[] {x / corners.length, y / corners.length};
    }

    /** The colour at (x, y) as #RRGGBB. */
    public static String colourAt(BufferedImage image, double x, double y) {
        int rgb = image.getRGB((int) Math.round(x), (int) Math.round(y));
        return String.format("#%06X", rgb & 0xFFFFFF);
    }

    /** Every element anywhere in the document with an attribute whose name starts with "on". */
    public static List<String> eventHandlers(Document doc) {
        List<String> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                String attribute = e.getAttributes().item(a).getNodeName();
                if (attribute.toLowerCase().startsWith("on")) {
                    found.add(e.getTagName() + "@" + attribute);
                }
            }
        }
        return found;
    }
}
