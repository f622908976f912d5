package org.sendready.compliance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Launches people into organisations and records their passes as the assessment module would announce them. */
final class ComplianceFixture {

    static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    private final String base;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ComplianceFixture(String base, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.base = base;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    /** A signed-in person: their browser, tenant and SENDReady user id. */
    record Member(Browser browser, String subject, long tenantId, long userId) {
    }

    Member launch(TestPlatform platform, String subject, List<String> roles, Map<String, String> custom) {
        return launch(platform, subject, roles, custom, "ctx-" + subject);
    }

    Member launch(TestPlatform platform, String subject, List<String> roles, Map<String, String> custom,
                  String context) {
        Browser browser = new Browser();
        new Launcher(base, platform).launch(browser, subject, roles, custom, context);
        Map<String, Object> ids = jdbc.sql("""
                SELECT u.tenant_id, u.id FROM lti_user u JOIN tenant t ON t.id = u.tenant_id
                JOIN platform p ON p.id = t.platform_id WHERE u.subject = ? AND p.issuer = ?""")
                .params(subject, platform.issuer())
                .query((rs, n) -> Map.<String, Object>of("tenant", rs.getLong(1), "user", rs.getLong(2))).single();
        return new Member(browser, subject, (Long) ids.get("tenant"), (Long) ids.get("user"));
    }

    static Map<String, String> school(String laCode, String urn, String staffRole) {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("la_code", laCode);
        custom.put("school_urn", urn);
        custom.put("org_type", "school");
        custom.put("org_name", "School " + urn);
        if (staffRole != null) {
            custom.put("staff_role", staffRole);
        }
        return custom;
    }

    static Map<String, String> la(String laCode) {
        return Map.of("la_code", laCode, "org_type", "la", "org_name", "Council " + laCode,
                "staff_role", "la-caseworker");
    }

    /** Publishes a scored attempt in a transaction, as the assessment module does; returns the attempt id. */
    String pass(Member member, String courseId, Instant at) {
        return submit(member, courseId, at, true);
    }

    String submit(Member member, String courseId, Instant at, boolean passed) {
        String attemptId = UUID.randomUUID().toString();
        String launchId = jdbc.sql("SELECT id FROM lti_launch WHERE user_ref = ? ORDER BY launched_at DESC")
                .param(member.userId()).query(String.class).list().get(0);
        transactions.executeWithoutResult(tx -> events.publishEvent(new AttemptSubmitted(attemptId,
                member.tenantId(), member.userId(), courseId, "1.2.0", launchId, null, null, passed ? 9 : 3, 10,
                passed, at)));
        return attemptId;
    }

    String certificateCode(String attemptId) {
        return jdbc.sql("SELECT code FROM compliance_certificate WHERE attempt_id = ?").param(attemptId)
                .query(String.class).single();
    }

    String csrf(Member member, String page) {
        return Jsoup.parse(member.browser().get(base + page).body()).select("input[name=_csrf]").first().attr("value");
    }
}
