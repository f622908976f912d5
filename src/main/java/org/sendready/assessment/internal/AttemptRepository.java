package org.sendready.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attempts, always read within one tenant and, for learners, one person. */
@Repository
class AttemptRepository {

    private static final String COLUMNS = """
            id, tenant_id, user_id, course_id, course_version, launch_id, context_ref, resource_link_ref, status,
            pass_mark_percent, max_score, score, passed, started_at, submitted_at""";

    private final JdbcClient jdbc;

    AttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Attempt attempt, long seed, List<QuestionDraw.DrawnQuestion> drawn) {
        jdbc.sql("INSERT INTO attempt (" + COLUMNS + ", open_slot, seed) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, NULL, NULL, ?, NULL, 1, ?)")
                .params(attempt.id(), attempt.tenantId(), attempt.userId(), attempt.courseId(),
                        attempt.courseVersion(), attempt.launchId(), attempt.contextId(), attempt.resourceLinkId(),
                        attempt.passMarkPercent(), attempt.maxScore(), Timestamp.from(attempt.startedAt()), seed)
                .update();
        for (QuestionDraw.DrawnQuestion question : drawn) {
            jdbc.sql("INSERT INTO attempt_question (attempt_id, position, question_id, option_order) VALUES (?, ?, ?, ?)")
                    .params(attempt.id(), question.position(), question.questionId(),
                            String.join(",", question.optionOrder()))
                    .update();
        }
    }

    /** The attempt, only if it belongs to this person in this tenant. */
    Optional<Attempt> findForPerson(String attemptId, long tenantId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attempt WHERE id = ? AND tenant_id = ? AND user_id = ?")
                .params(attemptId, tenantId, userId).query(this::attempt).optional();
    }

    Optional<String> openAttemptId(long tenantId, long userId, String courseId) {
        return jdbc.sql("SELECT id FROM attempt WHERE tenant_id = ? AND user_id = ? AND course_id = ? AND open_slot = 1")
                .params(tenantId, userId, courseId).query(String.class).optional();
    }

    List<Attempt> submitted(long tenantId, long userId, String courseId, String courseVersion) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attempt"
                        + " WHERE tenant_id = ? AND user_id = ? AND course_id = ? AND course_version = ?"
                        + " AND status = 'SUBMITTED' ORDER BY submitted_at")
                .params(tenantId, userId, courseId, courseVersion).query(this::attempt).list();
    }

    /** Attempts started from one LMS course (context), newest first, for its instructors. */
    List<ContextAttempt> inContext(long tenantId, long contextId, String courseId) {
        return jdbc.sql("""
                SELECT a.id, u.name, u.email, a.status, a.score, a.max_score, a.passed, a.started_at, a.submitted_at
                FROM attempt a JOIN lti_user u ON u.id = a.user_id
                WHERE a.tenant_id = ? AND a.context_ref = ? AND a.course_id = ?
                ORDER BY a.started_at DESC""")
                .params(tenantId, contextId, courseId)
                .query((rs, n) -> new ContextAttempt(rs.getString(1), rs.getString(2), rs.getString(3),
                        "SUBMITTED".equals(rs.getString(4)), (Integer) rs.getObject(5), rs.getInt(6),
                        (Boolean) rs.getObject(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Each person's standing on a course in a tenant, keyed by their platform id ({@code sub}). */
    java.util.Map<String, String> standingBySubject(long tenantId, String courseId) {
        java.util.Map<String, String> standing = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT u.subject, a.status, a.passed FROM attempt a JOIN lti_user u ON u.id = a.user_id
                WHERE a.tenant_id = ? AND a.course_id = ?""")
                .params(tenantId, courseId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3))})
                .list()
                .forEach(row -> standing.merge(row[0], "SUBMITTED".equals(row[1])
                        ? ("true".equals(row[2]) ? "Passed" : "Not passed") : "Started", AttemptRepository::better));
        return standing;
    }

    private static String better(String a, String b) {
        List<String> order = List.of("Started", "Not passed", "Passed");
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    /**
     * Stores the answers and result and closes the attempt, only if it is still open: of two submissions racing
     * (double click, back button, two tabs) exactly one wins.
     */
    boolean submit(Attempt attempt, List<Attempt.Item> answered, int score, boolean passed, Instant now) {
        int closed = jdbc.sql("""
                UPDATE attempt SET status = 'SUBMITTED', open_slot = NULL, score = ?, passed = ?, submitted_at = ?
                WHERE id = ? AND status = 'IN_PROGRESS'""")
                .params(score, passed, Timestamp.from(now), attempt.id()).update();
        if (closed == 0) {
            return false;
        }
        for (Attempt.Item item : answered) {
            jdbc.sql("UPDATE attempt_question SET selected = ?, correct = ? WHERE attempt_id = ? AND position = ?")
                    .params(String.join(",", item.selected()), item.correct(), attempt.id(), item.position())
                    .update();
        }
        return true;
    }

    private Attempt attempt(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<Attempt.Item> items = jdbc.sql("""
                SELECT position, question_id, option_order, selected, correct FROM attempt_question
                WHERE attempt_id = ? ORDER BY position""")
                .param(id)
                .query((r, n) -> new Attempt.Item(r.getInt(1), r.getString(2), List.of(r.getString(3).split(",")),
                        split(r.getString(4)), (Boolean) r.getObject(5)))
                .list();
        Timestamp submittedAt = rs.getTimestamp("submitted_at");
        return new Attempt(id, rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("course_id"),
                rs.getString("course_version"), rs.getString("launch_id"), (Long) rs.getObject("context_ref"),
                (Long) rs.getObject("resource_link_ref"), "SUBMITTED".equals(rs.getString("status")),
                rs.getInt("pass_mark_percent"), rs.getInt("max_score"), (Integer) rs.getObject("score"),
                (Boolean) rs.getObject("passed"), rs.getTimestamp("started_at").toInstant(),
                submittedAt == null ? null : submittedAt.toInstant(), items);
    }

    private static Set<String> split(String text) {
        return text == null || text.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }

    record ContextAttempt(String id, String name, String email, boolean submitted, Integer score, int maxScore,
                          Boolean passed, Instant startedAt, Instant submittedAt) {
    }
}
