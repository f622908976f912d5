package org.sendready.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sendready.compliance.ComplianceFixture.Member;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What leaders, LA teams and administrators get out: statuses, exports, the evidence pack and open data. */
class ComplianceReportingTest extends ToolIntegrationTest {

    private static final String COURSE = "m1-send-law-essentials";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private ComplianceFixture fixture() {
        return new ComplianceFixture(BASE, jdbc, events, transactions);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String urn(String run) {
        return String.valueOf(200000 + Math.abs(run.hashCode() % 700000));
    }

    @Test
    void aPassShowsAsCompleteWithACertificateAndANewStarterAsDue() {
        ComplianceFixture fixture = fixture();
        String run = run();
        Member leader = fixture.launch(PLATFORM, "lead-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school("883", urn(run), "senior-leader"));
        Member teacher = fixture.launch(PLATFORM, "t-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school("883", urn(run), "teacher"));
        fixture.pass(teacher, COURSE, Instant.now().minusSeconds(5));

        Document mine = Jsoup.parse(teacher.browser().get(BASE + "/my-training").body());
        assertThat(mine.select("table").first().text()).contains("SEND law essentials (annual refresher)",
                "Complete", "valid until");
        assertThat(mine.text()).contains("Equality, behaviour and safeguarding", "Due within 60 days");
        assertThat(mine.select("a[href$=.pdf]")).hasSize(1);

        Document dashboard = Jsoup.parse(leader.browser().get(BASE + "/compliance/school").body());
        assertThat(dashboard.select("table.matrix tbody tr")).hasSize(2);
        assertThat(dashboard.select("svg.chart").attr("aria-label")).contains("Complete 1");
        Document overdueOnly = Jsoup.parse(leader.browser().get(BASE + "/compliance/school?status=complete").body());
        assertThat(overdueOnly.select("table.matrix tbody tr")).hasSize(1);
        assertThat(overdueOnly.select("table.matrix tbody tr th").text()).contains("Person t-" + run);
    }

    @Test
    void anAdministratorsRequirementChangeAppliesToTheirTenantAtOnceAndBadYamlIsRefusedWithReasons() {
        ComplianceFixture fixture = fixture();
        String run = run();
        Member admin = fixture.launch(PLATFORM, "admin-" + run, List.of(ComplianceFixture.ADMINISTRATOR,
                TestPlatform.INSTRUCTOR), ComplianceFixture.school("884", urn(run), "senior-leader"));
        String token = fixture.csrf(admin, "/admin/compliance");
        HttpResponse<String> refused = admin.browser().post(BASE + "/admin/compliance/requirements",
                Map.of("_csrf", token, "yaml", "requirements:\n  - id: x\n    roles: [wizard]\n"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved", "unknown role &quot;wizard&quot;");

        String original = jdbc.sql("SELECT COUNT(*) FROM compliance_requirements").query(Integer.class).single()
                .toString();
        String yaml = """
                requirements:
                  - id: governors-only-%s
                    title: Governance of SEND %s
                    roles: [senior-leader]
                    courses: [m4-leading-send]
                    renewal: once
                    due-days: 10
                    grace-days: 0
                """.formatted(run, run);
        HttpResponse<String> saved = admin.browser().post(BASE + "/admin/compliance/requirements",
                Map.of("_csrf", token, "yaml", yaml));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(original).isNotNull();
        String page = admin.browser().get(BASE + "/my-training").body();
        assertThat(page).contains("Governance of SEND " + run).doesNotContain("SEND law essentials (annual");
        // put the shipped requirements back for the other tests sharing this tenant
        jdbc.sql("DELETE FROM compliance_requirements WHERE tenant_id = ?").param(admin.tenantId()).update();
    }

    @Test
    void theEvidencePackAndSenInformationReportNameCoursesDatesAndVersions() {
        ComplianceFixture fixture = fixture();
        String run = run();
        Member leader = fixture.launch(PLATFORM, "lead-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school("885", urn(run), "senco"));
        Member teacher = fixture.launch(PLATFORM, "t-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school("885", urn(run), "teacher"));
        fixture.pass(teacher, COURSE, Instant.now().minusSeconds(5));
        String report = leader.browser().get(BASE + "/compliance/school/sen-information-report").body();
        assertThat(report).contains("Schedule 1, paragraph 5", "SEND law essentials", "1.2.0");
        String csv = leader.browser().get(BASE + "/compliance/school/sen-information-report.csv").body();
        assertThat(csv).contains("academic_year,course_id", COURSE + ",M1 SEND law essentials,1,");
        HttpResponse<String> pdf = leader.browser().get(BASE + "/compliance/school/evidence-pack.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void aLeaderRecordsTheSencoQualificationAndSeesItsDeadline() {
        ComplianceFixture fixture = fixture();
        String run = run();
        Member leader = fixture.launch(PLATFORM, "lead-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school("886", urn(run), "senior-leader"));
        Member senco = fixture.launch(PLATFORM, "senco-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school("886", urn(run), "senco"));
        String token = fixture.csrf(leader, "/compliance/school/staff/" + senco.userId());
        HttpResponse<String> saved = leader.browser().post(BASE + "/compliance/school/staff/" + senco.userId()
                + "/senco", Map.of("_csrf", token, "appointedOn", "2025-01-06", "qualification", "NASENCO",
                "startedOn", "2024-10-01", "completedOn", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(senco.browser().get(BASE + "/my-training").body()).contains("NASENCO not recognised",
                "6 January 2028");
        assertThat(leader.browser().get(BASE + "/compliance/school/senco.csv").body())
                .contains("Person senco-" + run + ",2025-01-06");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        ComplianceFixture fixture = fixture();
        String run = run();
        Member leader = fixture.launch(PLATFORM, "=HYPERLINK(1)-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school("887", urn(run), "senior-leader"));
        jdbc.sql("UPDATE compliance_person SET name = ? WHERE user_id = ?").params("=cmd|' /C calc'!A0",
                leader.userId()).update();
        assertThat(leader.browser().get(BASE + "/compliance/school/staff.csv").body()).contains("'=cmd")
                .doesNotContain("\n=cmd");
    }

    @Test
    void openDataCountsCompletionByRoleAndSuppressesSmallNumbers() throws Exception {
        ComplianceFixture fixture = fixture();
        String run = run();
        String laCode = String.valueOf(900 + Math.abs(run.hashCode() % 99));
        Member laTeam = fixture.launch(PLATFORM, "la-" + run, List.of(TestPlatform.INSTRUCTOR),
                Map.of("la_code", "X" + laCode + run.substring(0, 4), "org_type", "la"));
        String code = "X" + laCode + run.substring(0, 4);
        List<Member> teachers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            teachers.add(fixture.launch(PLATFORM, "t" + i + "-" + run, List.of(TestPlatform.LEARNER),
                    ComplianceFixture.school(code, urn(run + i), "teacher")));
        }
        for (int i = 0; i < 3; i++) {
            fixture.launch(PLATFORM, "ta" + i + "-" + run, List.of(TestPlatform.LEARNER),
                    ComplianceFixture.school(code, urn(run + i), "teaching-assistant"));
        }
        for (int i = 0; i < 6; i++) { // 6 of 11 teachers complete everything a teacher needs
            for (String course : List.of(COURSE, "m3-equality-behaviour-safeguarding", "m2-graduated-approach")) {
                fixture.pass(teachers.get(i), course, Instant.now().minusSeconds(5));
            }
        }
        int year = Integer.parseInt(Jsoup.parse(laTeam.browser().get(BASE + "/compliance/la").body())
                .select("a[href$=.json]").first().attr("href").replaceAll("\\D", ""));
        String csv = laTeam.browser().get(BASE + "/compliance/la/open-data/" + year + ".csv").body();
        assertThat(csv).contains(code + "," + year + "/" + String.format("%02d", (year + 1) % 100)
                + ",teacher,11,6,55").contains(",teaching-assistant,c,c,c");
        JsonNode json = JsonMapper.builder().build().readTree(laTeam.browser()
                .get(BASE + "/compliance/la/open-data/" + year + ".json", "application/json").body());
        assertThat(json.path("la_code").asString()).isEqualTo(code);
        JsonNode ta = null;
        for (JsonNode line : json.path("by_role")) {
            if (line.path("staff_role").asString().equals("teaching-assistant")) {
                ta = line;
            }
        }
        assertThat(ta).isNotNull();
        assertThat(ta.path("staff").isNull()).isTrue();
        assertThat(ta.path("suppressed").asBoolean()).isTrue();
        assertThat(laTeam.browser().get(BASE + "/compliance/la/open-data/1999.csv").statusCode()).isEqualTo(404);
    }
}
