package org.sendready.grades.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of scores to deliver, one row per message (Started, or Completed with the score). */
@Repository
class ScoreOutbox {

    private static final String COLUMNS = """
            id, attempt_id, tenant_id, launch_id, course_id, user_subject, activity_progress, grading_progress,
            score_given, score_maximum, comment_text, score_timestamp, status, tries, next_try_at, last_error,
            created_at, delivered_at""";

    private final JdbcClient jdbc;

    ScoreOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Delivery d) {
        jdbc.sql("INSERT INTO score_delivery (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.attemptId(), d.tenantId(), d.launchId(), d.courseId(), d.userSubject(),
                        d.activityProgress(), d.gradingProgress(), d.scoreGiven(), d.scoreMaximum(), d.comment(),
                        Timestamp.from(d.timestamp()), d.status(), d.tries(), ts(d.nextTryAt()), d.lastError(),
                        Timestamp.from(d.createdAt()), ts(d.deliveredAt()))
                .update();
    }

    Optional<Delivery> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM score_delivery WHERE id = ?").param(id)
                .query(this::row).optional();
    }

    Optional<Delivery> findInTenant(String id, long tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM score_delivery WHERE id = ? AND tenant_id = ?")
                .params(id, tenantId).query(this::row).optional();
    }

    /** True when a newer message for the same person, attempt's course and launch has already been delivered. */
    boolean supersededByDelivered(Delivery d) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM score_delivery WHERE launch_id = ? AND course_id = ? AND user_subject = ?
                AND status = 'DELIVERED' AND score_timestamp > ?""")
                .params(d.launchId(), d.courseId(), d.userSubject(), Timestamp.from(d.timestamp()))
                .query(Integer.class).single() > 0;
    }

    void delivered(String id, Instant at) {
        jdbc.sql("UPDATE score_delivery SET status = 'DELIVERED', tries = tries + 1, delivered_at = ?, next_try_at = NULL, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void skipped(String id, String reason) {
        jdbc.sql("UPDATE score_delivery SET status = 'SKIPPED', last_error = ?, next_try_at = NULL WHERE id = ?")
                .params(reason, id).update();
    }

    void retryAt(String id, Instant next, String error) {
        jdbc.sql("UPDATE score_delivery SET tries = tries + 1, next_try_at = ?, last_error = ? WHERE id = ?")
                .params(Timestamp.from(next), error, id).update();
    }

    void failed(String id, String error) {
        jdbc.sql("UPDATE score_delivery SET status = 'FAILED', tries = tries + 1, next_try_at = NULL, last_error = ? WHERE id = ?")
                .params(error, id).update();
    }

    /** Puts a failed delivery back in the queue; false when it was not failed (or not this tenant's). */
    boolean requeue(String id, long tenantId, Instant now) {
        return jdbc.sql("UPDATE score_delivery SET status = 'PENDING', next_try_at = ? WHERE id = ? AND tenant_id = ? AND status = 'FAILED'")
                .params(Timestamp.from(now), id, tenantId).update() == 1;
    }

    List<Delivery> undelivered(long tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM score_delivery"
                        + " WHERE tenant_id = ? AND status IN ('PENDING', 'FAILED') ORDER BY created_at DESC")
                .param(tenantId).query(this::row).list();
    }

    private Delivery row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Delivery(rs.getString("id"), rs.getString("attempt_id"), rs.getLong("tenant_id"),
                rs.getString("launch_id"), rs.getString("course_id"), rs.getString("user_subject"),
                rs.getString("activity_progress"), rs.getString("grading_progress"),
                (Integer) rs.getObject("score_given"), (Integer) rs.getObject("score_maximum"),
                rs.getString("comment_text"), rs.getTimestamp("score_timestamp").toInstant(), rs.getString("status"),
                rs.getInt("tries"), instant(rs.getTimestamp("next_try_at")), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("delivered_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    record Delivery(String id, String attemptId, long tenantId, String launchId, String courseId, String userSubject,
                    String activityProgress, String gradingProgress, Integer scoreGiven, Integer scoreMaximum,
                    String comment, Instant timestamp, String status, int tries, Instant nextTryAt, String lastError,
                    Instant createdAt, Instant deliveredAt) {
    }
}
