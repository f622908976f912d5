package org.sendready.compliance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;

/** Staff on the LMS roster who never opened SENDReady still appear on their leader's dashboard, not started. */
class RosterImportTest extends ToolIntegrationTest {

    @Test
    void aLeadersRosterBringsInStaffWhoHaveNeverLaunched() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String roster = "/nrps/" + run + "/memberships";
        PLATFORM.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"roster-token\", \"expires_in\": 3600}")));
        PLATFORM.server().stubFor(get(urlPathEqualTo(roster)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                .withBody("""
                        {"id": "x", "members": [
                          {"user_id": "never-%1$s", "name": "Robin Rosterly %1$s", "email": "robin@school.example",
                           "roles": ["%2$s"], "status": "Active"},
                          {"user_id": "gone-%1$s", "name": "Gone Person %1$s", "roles": ["%2$s"], "status": "Inactive"}
                        ]}""".formatted(run, TestPlatform.LEARNER))));
        Map<String, String> school = Map.of("la_code", "873", "school_urn", "7" + Math.abs(run.hashCode() % 100000) + "1",
                "staff_role", "senior-leader");
        Browser leader = new Browser();
        new Launcher(BASE, PLATFORM).launch(leader, "leader-" + run, List.of(TestPlatform.INSTRUCTOR), school,
                "ctx-" + run, Map.of("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of("context_memberships_url", PLATFORM.url() + roster)));

        String dashboard = leader.get(BASE + "/compliance/school").body();
        assertThat(dashboard).contains("Robin Rosterly " + run).doesNotContain("Gone Person " + run);

        Browser otherLeader = new Browser();
        new Launcher(BASE, PLATFORM).launch(otherLeader, "other-leader-" + run, List.of(TestPlatform.INSTRUCTOR),
                Map.of("la_code", "873", "school_urn", "8" + Math.abs(run.hashCode() % 100000) + "2",
                        "staff_role", "senior-leader"), "ctx-other-" + run);
        assertThat(otherLeader.get(BASE + "/compliance/school").body()).doesNotContain("Robin Rosterly " + run);
    }
}
