package org.sendready.compliance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training records (attempt events) and certificates. Every read names the tenant, except verification by code. */
@Repository
class TrainingRecords {

    private static final String CERTIFICATE_COLUMNS = "code, attempt_id, tenant_id, user_id, holder_name, course_id, "
            + "course_title, course_version, completed_at, valid_until";

    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event once: a repeated event changes nothing (checked first, so no transaction is poisoned). */
    void add(long tenantId, long userId, TrainingRecord record, Integer score, Integer maxScore) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM compliance_training_record WHERE attempt_id = ? AND event = ?")
                .params(record.attemptId(), record.event().name()).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                    INSERT INTO compliance_training_record (attempt_id, event, tenant_id, user_id, course_id,
                                                            course_version, passed, score, max_score, occurred_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(record.attemptId(), record.event().name(), tenantId, userId, record.courseId(),
                            record.courseVersion(), record.passed(), score, maxScore,
                            Timestamp.from(record.occurredAt()))
                    .update();
        }
    }

    List<TrainingRecord> forPerson(long tenantId, long userId) {
        return jdbc.sql("""
                SELECT attempt_id, event, course_id, course_version, passed, occurred_at FROM compliance_training_record
                WHERE tenant_id = ? AND user_id = ? ORDER BY occurred_at""")
                .params(tenantId, userId).query(TrainingRecords::mapRecord).list();
    }

    Map<Long, List<TrainingRecord>> forPeople(long tenantId, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT user_id, attempt_id, event, course_id, course_version, passed, occurred_at
                FROM compliance_training_record WHERE tenant_id = :tenant AND user_id IN (:users) ORDER BY occurred_at""")
                .param("tenant", tenantId).param("users", userIds)
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), mapRecord(rs, n))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    boolean hasCertificateFor(String attemptId) {
        return jdbc.sql("SELECT COUNT(*) FROM compliance_certificate WHERE attempt_id = ?")
                .param(attemptId).query(Integer.class).single() > 0;
    }

    void addCertificate(Certificate certificate) {
        jdbc.sql("""
                INSERT INTO compliance_certificate (code, attempt_id, tenant_id, user_id, holder_name, course_id,
                                                    course_title, course_version, completed_at, valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(certificate.code(), certificate.attemptId(), certificate.tenantId(), certificate.userId(),
                        certificate.holderName(), certificate.courseId(), certificate.courseTitle(),
                        certificate.courseVersion(), Timestamp.from(certificate.completedAt()),
                        certificate.validUntil() == null ? null : Date.valueOf(certificate.validUntil()))
                .update();
    }

    /** The public verification look-up: by the unguessable code alone. */
    Optional<Certificate> certificate(String code) {
        return jdbc.sql("SELECT " + CERTIFICATE_COLUMNS + " FROM compliance_certificate WHERE code = ?")
                .param(code).query(TrainingRecords::mapCertificate).optional();
    }

    List<Certificate> certificates(long tenantId, long userId) {
        return jdbc.sql("SELECT " + CERTIFICATE_COLUMNS
                        + " FROM compliance_certificate WHERE tenant_id = ? AND user_id = ? ORDER BY completed_at DESC")
                .params(tenantId, userId).query(TrainingRecords::mapCertificate).list();
    }

    private static TrainingRecord mapRecord(ResultSet rs, int row) throws SQLException {
        return new TrainingRecord(rs.getString("attempt_id"), TrainingRecord.Event.valueOf(rs.getString("event")),
                rs.getString("course_id"), rs.getString("course_version"), rs.getBoolean("passed"),
                rs.getTimestamp("occurred_at").toInstant());
    }

    private static Certificate mapCertificate(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate("valid_until");
        LocalDate until = validUntil == null ? null : validUntil.toLocalDate();
        return new Certificate(rs.getString("code"), rs.getString("attempt_id"), rs.getLong("tenant_id"),
                rs.getLong("user_id"), rs.getString("holder_name"), rs.getString("course_id"),
                rs.getString("course_title"), rs.getString("course_version"),
                rs.getTimestamp("completed_at").toInstant(), until);
    }
}
