package org.sendready.scorm.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sendready.course.Course;
import org.sendready.scorm.ScormFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a course's SCORM package: {@code imsmanifest.xml} and one self-contained SCO (the player page with the course
 * data embedded, its script and its styles). The same course and format always give the same bytes.
 */
@Component
public class ScormPackager {

    static final String LAUNCH = "index.html";
    private static final String PLAYER = "scorm/player/";
    private static final List<String> FILES = List.of(LAUNCH, "player.js", "player.css");

    private final JsonMapper json = JsonMapper.builder().build();
    private final String page;
    private final byte[] script;
    private final byte[] styles;

    public ScormPackager() {
        this.page = new String(resource(PLAYER + LAUNCH), StandardCharsets.UTF_8);
        this.script = resource(PLAYER + "player.js");
        this.styles = resource(PLAYER + "player.css");
    }

    /** The package as zip bytes. */
    public byte[] build(Course course, ScormFormat format) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", Manifests.manifest(course, format, FILES).getBytes(StandardCharsets.UTF_8));
        entries.put(LAUNCH, page(course, format).getBytes(StandardCharsets.UTF_8));
        entries.put("player.js", script);
        entries.put("player.css", styles);
        return zip(entries, course.lawInForceOn());
    }

    /** {@code m1-send-law-essentials-1.0.0-scorm12.zip}. */
    public static String fileName(Course course, ScormFormat format) {
        return course.id() + "-" + course.version() + "-" + format.code() + ".zip";
    }

    private String page(Course course, ScormFormat format) {
        String title = Manifests.xml(course.moduleCode() + " " + course.title());
        String footer = "SENDReady training reflects the law in England"
                + (course.lawInForceOn() == null ? "" : " in force on " + course.lawInForceOn()) + " (version "
                + course.version() + "). It is not legal advice.";
        return page.replace("{{title}}", title)
                .replace("{{footer}}", Manifests.xml(footer))
                .replace("{{data}}", scriptSafe(json.writeValueAsString(PlayerData.of(course, format))));
    }

    /** JSON inside a script element: no "</script>" or "<!--" can end or alter it once every '<' is escaped. */
    private static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static byte[] zip(Map<String, byte[]> entries, LocalDate date) {
        LocalDateTime stamp = (date == null ? LocalDate.of(2026, 1, 1) : date).atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(stamp);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = ScormPackager.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing player file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
