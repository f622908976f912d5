package org.sendready.compliance.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.course.CourseCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each tenant's requirements: the newest version its administrators saved, else the file every tenant starts with.
 * Saved versions are kept, so a change is never lost and can be traced.
 */
@Component
class Requirements {

    private static final Logger log = LoggerFactory.getLogger(Requirements.class);

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final String defaultText;
    private final List<Requirement> defaults;

    Requirements(JdbcClient jdbc, CourseCatalog catalog, ComplianceProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        String text = "requirements: []\n";
        try {
            text = Files.readString(properties.requirementsFile());
        } catch (IOException e) {
            log.warn("requirements file unreadable reason=REQUIREMENTS_FILE_MISSING file={}",
                    properties.requirementsFile());
        }
        RequirementsYaml.Parsed parsed = RequirementsYaml.parse(text);
        if (!parsed.valid()) {
            log.warn("requirements file invalid reason=REQUIREMENTS_FILE_INVALID file={} problems={}",
                    properties.requirementsFile(), parsed.problems());
        }
        this.defaultText = text;
        this.defaults = parsed.requirements();
    }

    /** A saved version of a tenant's requirements. */
    record Version(long id, String yaml, Instant savedAt, long savedBy) {
    }

    List<Requirement> forTenant(long tenantId) {
        return latest(tenantId).map(v -> RequirementsYaml.parse(v.yaml()).requirements()).orElse(defaults);
    }

    String text(long tenantId) {
        return latest(tenantId).map(Version::yaml).orElse(defaultText);
    }

    List<Version> history(long tenantId) {
        return jdbc.sql("""
                SELECT id, yaml, saved_at, saved_by FROM compliance_requirements WHERE tenant_id = ?
                ORDER BY id DESC""")
                .param(tenantId).query((rs, n) -> new Version(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4))).list();
    }

    /** Saves a new version if it is valid; returns the problems otherwise (nothing is saved). */
    RequirementsYaml.Parsed save(long tenantId, String yaml, long userId, Instant now) {
        RequirementsYaml.Parsed parsed = yaml != null && yaml.length() > 20000
                ? new RequirementsYaml.Parsed(List.of(), List.of("The file is longer than 20,000 characters."))
                : RequirementsYaml.parse(yaml);
        if (parsed.valid()) {
            jdbc.sql("INSERT INTO compliance_requirements (tenant_id, yaml, saved_at, saved_by) VALUES (?, ?, ?, ?)")
                    .params(tenantId, yaml, Timestamp.from(now), userId).update();
            log.info("requirements saved tenant={} by={} count={}", tenantId, userId, parsed.requirements().size());
        }
        return parsed;
    }

    /** Course ids the requirements name that the catalogue does not (yet) have: a warning, not an error. */
    List<String> unknownCourses(List<Requirement> requirements) {
        return requirements.stream().flatMap(r -> r.courseIds().stream()).distinct()
                .filter(id -> catalog.find(id).isEmpty()).toList();
    }

    String courseTitle(String courseId) {
        return catalog.find(courseId).map(c -> c.moduleCode() + " " + c.title()).orElse(courseId);
    }

    private Optional<Version> latest(long tenantId) {
        return history(tenantId).stream().findFirst();
    }
}
