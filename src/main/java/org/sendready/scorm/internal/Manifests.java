package org.sendready.scorm.internal;

import java.math.BigDecimal;
import java.util.List;

import org.sendready.course.Course;
import org.sendready.scorm.ScormFormat;

/**
 * {@code imsmanifest.xml} for each SCORM edition: one organization, one item, one SCO, the course's pass mark.
 * Written as text so that each edition's namespaces and spelling (scormtype / scormType) are visible at a glance.
 */
final class Manifests {

    private Manifests() {
    }

    static String manifest(Course course, ScormFormat format, List<String> files) {
        return switch (format) {
            case SCORM12 -> scorm12(course, files);
            case SCORM2004 -> scorm2004(course, files);
        };
    }

    /** 0.8 for 80 %: SCORM 2004 measures run from 0 to 1. */
    static String normalizedPassMark(int passMarkPercent) {
        return BigDecimal.valueOf(passMarkPercent).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    private static String scorm12(Course course, List<String> files) {
        String id = identifier(course);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="%1$s" version="%2$s"
                          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata>
                    <schema>ADL SCORM</schema>
                    <schemaversion>1.2</schemaversion>
                  </metadata>
                  <organizations default="org-%1$s">
                    <organization identifier="org-%1$s">
                      <title>%3$s</title>
                      <item identifier="item-%1$s" identifierref="sco-%1$s" isvisible="true">
                        <title>%3$s</title>
                        <adlcp:masteryscore>%4$d</adlcp:masteryscore>
                      </item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="sco-%1$s" type="webcontent" adlcp:scormtype="sco" href="%5$s">
                %6$s    </resource>
                  </resources>
                </manifest>
                """.formatted(id, xml(course.version()), xml(title(course)), course.passMarkPercent(),
                ScormPackager.LAUNCH, fileElements(files));
    }

    private static String scorm2004(Course course, List<String> files) {
        String id = identifier(course);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="%1$s" version="%2$s"
                          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata>
                    <schema>ADL SCORM</schema>
                    <schemaversion>2004 4th Edition</schemaversion>
                  </metadata>
                  <organizations default="org-%1$s">
                    <organization identifier="org-%1$s">
                      <title>%3$s</title>
                      <item identifier="item-%1$s" identifierref="sco-%1$s" isvisible="true">
                        <title>%3$s</title>
                        <imsss:sequencing>
                          <imsss:objectives>
                            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
                              <imsss:minNormalizedMeasure>%4$s</imsss:minNormalizedMeasure>
                            </imsss:primaryObjective>
                          </imsss:objectives>
                        </imsss:sequencing>
                      </item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="sco-%1$s" type="webcontent" adlcp:scormType="sco" href="%5$s">
                %6$s    </resource>
                  </resources>
                </manifest>
                """.formatted(id, xml(course.version()), xml(title(course)),
                normalizedPassMark(course.passMarkPercent()), ScormPackager.LAUNCH, fileElements(files));
    }

    /** An XML ID (NCName): starts with a letter and holds only letters, digits, '-' and '.'. */
    private static String identifier(Course course) {
        return ("sendready-" + course.id() + "-" + course.version()).replaceAll("[^A-Za-z0-9.-]", "-");
    }

    private static String title(Course course) {
        return course.moduleCode() + " " + course.title();
    }

    private static String fileElements(List<String> files) {
        StringBuilder out = new StringBuilder();
        files.forEach(f -> out.append("      <file href=\"").append(xml(f)).append("\"/>\n"));
        return out.toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
