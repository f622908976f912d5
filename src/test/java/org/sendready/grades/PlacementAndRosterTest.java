package org.sendready.grades;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sendready.lti.nrps.Member;
import org.sendready.lti.nrps.Memberships;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deep Linking places courses with a response the platform can verify; NRPS reads a roster across pages. */
class PlacementAndRosterTest extends ToolIntegrationTest {

    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    @Autowired
    Memberships memberships;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstructorPlacesTwoCoursesWithADueDateAndTheResponseVerifiesWithTheToolsKeys() throws Exception {
        Browser browser = new Browser();
        Login login = login(browser, BASE + "/deep-linking");
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), BASE + "/deep-linking")
                .claim(TestPlatform.LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(TestPlatform.LTI + "resource_link", null)
                .claim(DL + "deep_linking_settings", Map.of("deep_link_return_url", PLATFORM.url() + "/dl-return",
                        "accept_types", List.of("ltiResourceLink"), "accept_multiple", true, "data", "opaque-42"))
                .build());
        var launched = launch(browser, token, login.state());
        assertThat(launched.headers().firstValue("Location")).hasValue(BASE + "/deep-linking");
        Document chooser = Jsoup.parse(browser.follow(launched).body());
        List<String> courses = chooser.select("input[name=course]").eachAttr("value");
        assertThat(courses).hasSizeGreaterThanOrEqualTo(2);
        String csrf = chooser.select("form[method=post] input[name=_csrf]").attr("value");
        String form = "_csrf=" + csrf + "&course=" + courses.get(0) + "&course=" + courses.get(1) + "&due=2027-03-31";
        Document returned = Jsoup.parse(browser.postRaw(BASE + "/deep-linking", form).body());
        assertThat(returned.select("form").attr("action")).isEqualTo(PLATFORM.url() + "/dl-return");
        assertThat(returned.select("form button").text()).contains("Continue");

        SignedJWT response = SignedJWT.parse(returned.select("input[name=JWT]").attr("value"));
        JWKSet published = JWKSet.parse(browser.get(BASE + "/.well-known/jwks.json", "application/json").body());
        assertThat(response.verify(new RSASSAVerifier(published.getKeyByKeyId(response.getHeader().getKeyID())
                .toRSAKey()))).isTrue();
        var claims = response.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(PLATFORM.clientId());
        assertThat(claims.getAudience()).containsExactly(PLATFORM.issuer());
        assertThat(claims.getClaim(TestPlatform.LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim(TestPlatform.LTI + "deployment_id")).isEqualTo(PLATFORM.deploymentId());
        assertThat(claims.getClaim(DL + "data")).isEqualTo("opaque-42");
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        List<?> items = (List<?>) claims.getClaim(DL + "content_items");
        assertThat(items).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertThat(first.get("type")).isEqualTo("ltiResourceLink");
        assertThat(((Map<?, ?>) first.get("custom")).get("course_id")).isEqualTo(courses.get(0));
        Map<?, ?> lineItem = (Map<?, ?>) first.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(100);
        assertThat(lineItem.get("resourceId")).isEqualTo(courses.get(0));
        assertThat(lineItem.get("tag")).isEqualTo("sendready");
        assertThat(((Map<?, ?>) first.get("submission")).get("endDateTime")).isEqualTo("2027-03-31T22:59:59Z");
    }

    @Test
    void oneCourseOnlyWhenThePlatformDoesNotAcceptSeveral() {
        Browser browser = new Browser();
        Login login = login(browser, BASE + "/deep-linking");
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), BASE + "/deep-linking")
                .claim(TestPlatform.LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(DL + "deep_linking_settings", Map.of("deep_link_return_url", PLATFORM.url() + "/dl-return",
                        "accept_types", List.of("ltiResourceLink"), "accept_multiple", false))
                .build());
        Document chooser = Jsoup.parse(browser.follow(launch(browser, token, login.state())).body());
        assertThat(chooser.select("input[name=course]").eachAttr("type")).containsOnly("radio");
        List<String> courses = chooser.select("input[name=course]").eachAttr("value");
        String csrf = chooser.select("form[method=post] input[name=_csrf]").attr("value");
        var refused = browser.postRaw(BASE + "/deep-linking", "_csrf=" + csrf + "&course=" + courses.get(0)
                + "&course=" + courses.get(1));
        assertThat(refused.body()).contains("accepts one course at a time");
    }

    @Test
    void aRosterIsReadAcrossThreePages() {
        String base = "/nrps/" + UUID.randomUUID() + "/memberships";
        PLATFORM.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"nrps-token\", \"expires_in\": 3600}")));
        for (int page = 1; page <= 3; page++) {
            var response = aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                    .withBody("{\"id\": \"x\", \"members\": [{\"user_id\": \"u" + page + "a\", \"name\": \"A" + page
                            + "\", \"roles\": [\"" + TestPlatform.LEARNER + "\"]}, {\"user_id\": \"u" + page
                            + "b\", \"roles\": [\"" + TestPlatform.INSTRUCTOR + "\"]}]}");
            if (page < 3) {
                response.withHeader("Link", "<" + PLATFORM.url() + base + "?page=" + (page + 1) + ">; rel=\"next\"");
            }
            PLATFORM.server().stubFor(get(page == 1 ? urlPathEqualTo(base) : urlEqualTo(base + "?page=" + page))
                    .atPriority(page == 1 ? 5 : 1).willReturn(response));
        }
        Browser browser = new Browser();
        Login login = login(browser);
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), BASE + "/courses/m1-send-law-essentials")
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of("context_memberships_url", PLATFORM.url() + base)).build());
        launch(browser, token, login.state());
        String launchId = jdbc.sql("SELECT id FROM lti_launch WHERE nrps_json LIKE ?").param("%" + base + "%")
                .query(String.class).single();

        List<Member> members = memberships.forLaunch(launchId).orElseThrow();
        assertThat(members).extracting(Member::userId).containsExactly("u1a", "u1b", "u2a", "u2b", "u3a", "u3b");
        assertThat(members.stream().filter(Member::isLearner)).hasSize(3);
        PLATFORM.server().verify(3, getRequestedFor(urlPathEqualTo(base))
                .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")));
    }
}
