package org.sendready.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators see their own tenant's undelivered scores and can retry a failed one; nobody else can. */
class DeliveriesPageTest extends ToolIntegrationTest {

    private static final String ADMIN = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorSeesAFailedDeliveryAndRetriesIt() {
        Browser admin = new Browser();
        new Launcher(BASE, PLATFORM).launch(admin, "admin-" + UUID.randomUUID(), List.of(ADMIN), Map.of(), "ctx-admin");
        long tenant = jdbc.sql("SELECT id FROM tenant").query(Long.class).list().get(0);
        String launchId = jdbc.sql("SELECT id FROM lti_launch WHERE tenant_id = ?").param(tenant).query(String.class)
                .list().get(0);
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO score_delivery (id, attempt_id, tenant_id, launch_id, course_id, user_subject,
                  activity_progress, grading_progress, score_given, score_maximum, score_timestamp, status, tries,
                  last_error, created_at)
                VALUES (?, ?, ?, ?, 'm1-send-law-essentials', 'learner-9', 'Completed', 'FullyGraded', 7, 10, ?,
                        'FAILED', 1, 'HTTP 400: Incorrect score received', ?)""")
                .params(id, UUID.randomUUID().toString(), tenant, launchId, Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())).update();

        String page = admin.get(BASE + "/admin/grades").body();
        assertThat(page).contains("learner-9", "HTTP 400: Incorrect score received", "Retry");
        String csrf = Jsoup.parse(page).select("form[action$=" + id + "/retry] input[name=_csrf]").attr("value");
        var retried = admin.post(BASE + "/admin/grades/" + id + "/retry", Map.of("_csrf", csrf));
        assertThat(retried.statusCode()).isEqualTo(302);
        // the retry really ran: this launch never granted AGS, so the second try fails for that reason
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && jdbc.sql("SELECT tries FROM score_delivery WHERE id = ?")
                .param(id).query(Integer.class).single() < 2) {
            Thread.onSpinWait();
        }
        assertThat(jdbc.sql("SELECT last_error FROM score_delivery WHERE id = ?").param(id).query(String.class)
                .single()).contains("did not grant the score service");

        Browser learner = new Browser();
        new Launcher(BASE, PLATFORM).launch(learner, "learner-" + UUID.randomUUID(), List.of(TestPlatform.LEARNER),
                Map.of(), "ctx-admin");
        assertThat(learner.get(BASE + "/admin/grades").statusCode()).isEqualTo(403);
    }

    @Test
    void theHealthEndpointAnswersForLoadBalancers() {
        var health = new Browser().get(BASE + "/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
