package org.sendready.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendready.compliance.ComplianceFixture.Member;
import org.sendready.lti.PlatformRegistration;
import org.sendready.lti.PlatformRegistry;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Over HTTP, with real launches: a learner sees only themselves, a leader only their organisation, an LA team only its
 * schools, and nobody anything of another tenant, however they guess URLs, ids or codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceAccessTest extends ToolIntegrationTest {

    private static final String LA = "881";
    private static final String OTHER_LA = "882";
    private static final String COURSE = "m1-send-law-essentials";

    /** A second LMS (another tenant) whose people use the same LA code and URNs. */
    private static final TestPlatform OTHER_PLATFORM = new TestPlatform("https://canvas.other-trust.example",
            "other-client", "other-deployment");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformRegistry registry;

    private ComplianceFixture fixture;
    private String run;
    private String urnA;
    private String urnB;
    private Member leaderA;
    private Member teacherA;
    private Member leaderB;
    private Member teacherB;
    private Member laTeam;
    private Member otherLaTeam;
    private Member otherTenantLeader;
    private Member otherTenantLaTeam;
    private String certificateA;

    @BeforeAll
    void launchEveryone() {
        fixture = new ComplianceFixture(BASE, jdbc, events, transactions);
        registry.register(new PlatformRegistration("Other trust Canvas", OTHER_PLATFORM.issuer(),
                OTHER_PLATFORM.clientId(), List.of(OTHER_PLATFORM.deploymentId()), OTHER_PLATFORM.url() + "/auth",
                OTHER_PLATFORM.url() + "/token", OTHER_PLATFORM.url() + "/jwks"), "test");
        run = UUID.randomUUID().toString().substring(0, 8);
        urnA = String.valueOf(100000 + Math.abs(run.hashCode() % 800000));
        urnB = String.valueOf(Integer.parseInt(urnA) + 1);
        leaderA = fixture.launch(PLATFORM, "leader-a-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school(LA, urnA, "senior-leader"));
        teacherA = fixture.launch(PLATFORM, "teacher-a-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school(LA, urnA, "teacher"));
        leaderB = fixture.launch(PLATFORM, "leader-b-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school(LA, urnB, "senco"));
        teacherB = fixture.launch(PLATFORM, "teacher-b-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school(LA, urnB, "teacher"));
        laTeam = fixture.launch(PLATFORM, "la-" + run, List.of(TestPlatform.INSTRUCTOR), ComplianceFixture.la(LA));
        otherLaTeam = fixture.launch(PLATFORM, "la-other-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.la(OTHER_LA));
        otherTenantLeader = fixture.launch(OTHER_PLATFORM, "leader-x-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.school(LA, urnA, "senior-leader"));
        otherTenantLaTeam = fixture.launch(OTHER_PLATFORM, "la-x-" + run, List.of(TestPlatform.INSTRUCTOR),
                ComplianceFixture.la(LA));
        certificateA = fixture.certificateCode(fixture.pass(teacherA, COURSE, Instant.now().minusSeconds(60)));
    }

    private HttpResponse<String> get(Member member, String path) {
        return member.browser().get(BASE + path);
    }

    private long orgOf(Member member) {
        return jdbc.sql("SELECT org_id FROM compliance_person WHERE tenant_id = ? AND user_id = ?")
                .params(member.tenantId(), member.userId()).query(Long.class).single();
    }

    @Test
    void aLeaderSeesTheirOwnStaffAndNoOneFromAnotherSchool() {
        HttpResponse<String> page = get(leaderA, "/compliance/school");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Person teacher-a-" + run, "School " + urnA)
                .doesNotContain("teacher-b-" + run, "leader-b-" + run, "leader-x-" + run);
        assertThat(get(leaderA, "/compliance/school/staff.csv").body()).contains("Person teacher-a-" + run)
                .doesNotContain("teacher-b-" + run);
    }

    @Test
    void aLeaderCannotOpenAnotherSchoolsStaffMemberByGuessingTheirId() {
        assertThat(get(leaderA, "/compliance/school/staff/" + teacherA.userId()).statusCode()).isEqualTo(200);
        assertThat(get(leaderA, "/compliance/school/staff/" + teacherB.userId()).statusCode()).isEqualTo(404);
        assertThat(get(leaderA, "/compliance/school/staff/" + otherTenantLeader.userId()).statusCode())
                .isEqualTo(404);
        assertThat(get(leaderA, "/compliance/school/staff/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aLeaderCannotChangeAnotherSchoolsStaffMember() {
        String token = fixture.csrf(leaderA, "/compliance/school/staff/" + teacherA.userId());
        HttpResponse<String> response = leaderA.browser().post(BASE + "/compliance/school/staff/" + teacherB.userId(),
                Map.of("_csrf", token, "role", "governor", "startedOn", "2020-01-01"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT staff_role FROM compliance_person WHERE user_id = ?").param(teacherB.userId())
                .query(String.class).single()).isEqualTo("TEACHER");
    }

    @Test
    void aLeaderCanSetARoleThatLaterLaunchesKeep() {
        Member ta = fixture.launch(PLATFORM, "ta-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school(LA, urnA, "teacher"));
        String token = fixture.csrf(leaderA, "/compliance/school/staff/" + ta.userId());
        HttpResponse<String> saved = leaderA.browser().post(BASE + "/compliance/school/staff/" + ta.userId(),
                Map.of("_csrf", token, "role", "teaching-assistant", "startedOn", "2024-09-02"));
        assertThat(saved.statusCode()).isEqualTo(302);
        fixture.launch(PLATFORM, "ta-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school(LA, urnA, "teacher"));
        assertThat(jdbc.sql("SELECT staff_role FROM compliance_person WHERE user_id = ?").param(ta.userId())
                .query(String.class).single()).isEqualTo("TEACHING_ASSISTANT");
    }

    @Test
    void aLearnerIsRefusedEveryLeaderAndLaPage() {
        for (String path : List.of("/compliance/school", "/compliance/school/staff.csv",
                "/compliance/school/evidence-pack.pdf", "/compliance/school/staff/" + teacherA.userId(),
                "/compliance/la", "/compliance/la/schools/" + orgOf(teacherA), "/admin/compliance")) {
            assertThat(get(teacherA, path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aLearnerSeesOnlyTheirOwnTrainingAndCertificates() {
        HttpResponse<String> mine = get(teacherA, "/my-training");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Person teacher-a-" + run, certificateA).doesNotContain("teacher-b-" + run);
        HttpResponse<String> pdf = get(teacherA, "/my-training/certificates/" + certificateA + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(get(teacherB, "/my-training/certificates/" + certificateA + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get(otherTenantLeader, "/my-training/certificates/" + certificateA + ".pdf").statusCode())
                .isEqualTo(404);
        assertThat(get(leaderB, "/compliance/school/staff/" + teacherA.userId() + "/certificates/" + certificateA
                + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get(leaderA, "/compliance/school/staff/" + teacherA.userId() + "/certificates/" + certificateA
                + ".pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void anLaTeamSeesEachOfItsSchoolsAndDrillsDown() {
        HttpResponse<String> page = get(laTeam, "/compliance/la");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("School " + urnA, "School " + urnB);
        HttpResponse<String> school = get(laTeam, "/compliance/la/schools/" + orgOf(teacherA));
        assertThat(school.statusCode()).isEqualTo(200);
        assertThat(school.body()).contains("Person teacher-a-" + run).doesNotContain("teacher-b-" + run);
        assertThat(get(laTeam, "/compliance/la/schools/" + orgOf(teacherA) + "/staff.csv").body())
                .contains("Person teacher-a-" + run);
    }

    @Test
    void anLaTeamCannotSeeAnotherLasSchoolsOrAnotherTenantsSameNamedLa() {
        assertThat(get(otherLaTeam, "/compliance/la").body()).doesNotContain("School " + urnA);
        assertThat(get(otherLaTeam, "/compliance/la/schools/" + orgOf(teacherA)).statusCode()).isEqualTo(404);
        assertThat(get(otherLaTeam, "/compliance/la/schools/" + orgOf(teacherA) + "/staff.csv").statusCode())
                .isEqualTo(404);
        HttpResponse<String> sameCodeElsewhere = get(otherTenantLaTeam, "/compliance/la");
        assertThat(sameCodeElsewhere.statusCode()).isEqualTo(200);
        assertThat(sameCodeElsewhere.body()).doesNotContain("School " + urnB);
        assertThat(get(otherTenantLaTeam, "/compliance/la/schools/" + orgOf(teacherA)).statusCode()).isEqualTo(404);
    }

    @Test
    void aSchoolLeaderIsNotAnLaTeam() {
        assertThat(get(leaderA, "/compliance/la").statusCode()).isEqualTo(403);
        assertThat(get(leaderA, "/compliance/la/schools/" + orgOf(teacherA)).statusCode()).isEqualTo(403);
    }

    @Test
    void theSameUrnInAnotherTenantIsAnotherOrganisation() {
        assertThat(orgOf(otherTenantLeader)).isNotEqualTo(orgOf(leaderA));
        HttpResponse<String> page = get(otherTenantLeader, "/compliance/school");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("leader-x-" + run).doesNotContain("teacher-a-" + run, "leader-a-" + run);
    }

    @Test
    void theVerificationPageIsPublicAndShowsOnlyNameCourseVersionDateAndValidity() {
        Browser anyone = new Browser();
        HttpResponse<String> page = anyone.get(BASE + "/verify/" + certificateA);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Person teacher-a-" + run, "1.2.0", "genuine", "Valid until")
                .doesNotContain("School " + urnA, urnA, "9 / 10", "@", "teacher-a-" + run + "@",
                        String.valueOf(teacherA.userId()) + "<");
        assertThat(anyone.get(BASE + "/verify/" + certificateA.substring(1) + "x").statusCode()).isEqualTo(404);
        assertThat(anyone.get(BASE + "/verify/1").statusCode()).isEqualTo(404);
        assertThat(anyone.get(BASE + "/verify/" + certificateA, "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void certificateCodesAreLongRandomAndUnique() {
        Member learner = fixture.launch(PLATFORM, "codes-" + run, List.of(TestPlatform.LEARNER),
                ComplianceFixture.school(LA, urnA, "teacher"));
        String first = fixture.certificateCode(fixture.pass(learner, COURSE, Instant.now()));
        String second = fixture.certificateCode(fixture.pass(learner, COURSE, Instant.now()));
        assertThat(first).matches("[A-Za-z0-9_-]{26,}").isNotEqualTo(second);
        String failed = fixture.submit(learner, COURSE, Instant.now(), false);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM compliance_certificate WHERE attempt_id = ?").param(failed)
                .query(Integer.class).single()).isZero();
    }
}
