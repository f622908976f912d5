package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.course.Course;
import org.sendready.scorm.internal.ScormPackager;

/** Every course's package in both editions: a manifest the official XSDs accept, that LMSs read right, and no more. */
class ScormPackageTest {

    private static final long MAX_PACKAGE_BYTES = 2 * 1024 * 1024;
    private final ScormPackager packager = new ScormPackager();

    static Stream<Arguments> packages() {
        return ScormFixtures.coursesUnderTest().stream()
                .flatMap(c -> Arrays.stream(ScormFormat.values()).map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("packages")
    void theManifestIsValidAgainstTheOfficialSchemas(Course course, ScormFormat format) {
        Map<String, byte[]> entries = PackageChecks.unzip(packager.build(course, format));
        assertThat(PackageChecks.xsdProblems(entries.get("imsmanifest.xml"), format)).isEmpty();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("packages")
    void theManifestPassesTheChecksSchemasMiss(Course course, ScormFormat format) {
        Map<String, byte[]> entries = PackageChecks.unzip(packager.build(course, format));
        assertThat(PackageChecks.semanticProblems(entries, format, course.passMarkPercent())).isEmpty();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("packages")
    void thePackageIsSmallAndTheSameEveryTime(Course course, ScormFormat format) {
        byte[] zip = packager.build(course, format);
        assertThat((long) zip.length).isLessThan(MAX_PACKAGE_BYTES);
        assertThat(packager.build(course, format)).isEqualTo(zip);
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("packages")
    void thePlayerLoadsOnlyFilesInsideThePackage(Course course, ScormFormat format) {
        Map<String, byte[]> entries = PackageChecks.unzip(packager.build(course, format));
        String page = new String(entries.get("index.html"), StandardCharsets.UTF_8);
        String beforeData = page.substring(0, page.indexOf("<script type=\"application/json\""));
        String afterData = page.substring(page.indexOf("</script>", page.indexOf("id=\"course-data\"")));
        for (String part : List.of(beforeData, afterData)) {
            Matcher loads = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(part);
            while (loads.find()) {
                assertThat(entries).as("loaded by index.html").containsKey(loads.group(1));
            }
        }
        String code = new String(entries.get("player.js"), StandardCharsets.UTF_8)
                + new String(entries.get("player.css"), StandardCharsets.UTF_8);
        assertThat(code).doesNotContain("http://", "https://", "fetch(", "XMLHttpRequest", "@import", "url(");
    }

    @Test
    void theCourseDataCannotEndItsScriptElement() {
        Course course = ScormFixtures.small();
        String page = new String(PackageChecks.unzip(packager.build(course, ScormFormat.SCORM12)).get("index.html"),
                StandardCharsets.UTF_8);
        int data = page.indexOf("id=\"course-data\"");
        assertThat(page.indexOf("</script>", data)).isGreaterThan(page.indexOf("which \\u003c/script> is right", data));
        assertThat(page).contains("<title>T1 Test course T1</title>");
    }

    @Test
    void thePassMarkIsTheCoursesInBothEditions() {
        Course course = ScormFixtures.course("t2-pass-mark", "T2", 2, 8, 4, 4, 75);
        Map<String, byte[]> v12 = PackageChecks.unzip(packager.build(course, ScormFormat.SCORM12));
        Map<String, byte[]> v2004 = PackageChecks.unzip(packager.build(course, ScormFormat.SCORM2004));
        assertThat(new String(v12.get("imsmanifest.xml"), StandardCharsets.UTF_8))
                .contains("<adlcp:masteryscore>75</adlcp:masteryscore>");
        assertThat(new String(v2004.get("imsmanifest.xml"), StandardCharsets.UTF_8))
                .contains("satisfiedByMeasure=\"true\"")
                .contains("<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>");
    }

    @Test
    void theSchemasRefuseAManifestOutOfShape() {
        Course course = ScormFixtures.small();
        for (ScormFormat format : ScormFormat.values()) {
            String manifest = new String(PackageChecks.unzip(packager.build(course, format)).get("imsmanifest.xml"),
                    StandardCharsets.UTF_8);
            byte[] broken = manifest.replaceFirst("<title>", "<heading/><title>").getBytes(StandardCharsets.UTF_8);
            assertThat(PackageChecks.xsdProblems(broken, format)).as(format.code()).isNotEmpty();
        }
    }

    @Test
    void theChecksCatchWhatTheSchemasLetThrough() {
        Course course = ScormFixtures.small();
        Map<String, byte[]> v2004 = PackageChecks.unzip(packager.build(course, ScormFormat.SCORM2004));
        Map<String, byte[]> broken = new LinkedHashMap<>(v2004);
        broken.put("imsmanifest.xml", new String(v2004.get("imsmanifest.xml"), StandardCharsets.UTF_8)
                .replace("scormType", "scormtype")
                .replace("2004 4th Edition", "2004 3rd Edition")
                .replace("<file href=\"player.js\"/>", "<file href=\"../player.js\"/><file href=\"missing.css\"/>")
                .replace("identifierref=\"sco-", "identifierref=\"nothing-")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(PackageChecks.semanticProblems(broken, ScormFormat.SCORM2004, course.passMarkPercent()))
                .anyMatch(p -> p.contains("schemaversion"))
                .anyMatch(p -> p.contains("scormtype (2004 is scormType)"))
                .anyMatch(p -> p.contains("../player.js is absolute or leaves the package"))
                .anyMatch(p -> p.contains("missing.css is not in the package"))
                .anyMatch(p -> p.contains("refers to missing resource"));

        Map<String, byte[]> v12 = PackageChecks.unzip(packager.build(course, ScormFormat.SCORM12));
        v12.put("imsmanifest.xml", new String(v12.get("imsmanifest.xml"), StandardCharsets.UTF_8)
                .replace("<adlcp:masteryscore>75<", "<adlcp:masteryscore>seventy-five<")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(PackageChecks.semanticProblems(v12, ScormFormat.SCORM12, course.passMarkPercent()))
                .anyMatch(p -> p.contains("masteryscore \"seventy-five\" is not a number"));
    }
}
