package org.sendready.grades;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Scores reach the platform (WireMock) through AGS, once each, whatever the platform does in between. */
class ScoreDeliveryTest extends ToolIntegrationTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private String lineItems;

    @BeforeEach
    void platformOffersAgs() {
        lineItems = PLATFORM.url() + "/contexts/" + UUID.randomUUID() + "/lineitems";
        PLATFORM.server().resetRequests();
        PLATFORM.server().resetScenarios();
        PLATFORM.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"token-" + UUID.randomUUID() + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
        PLATFORM.server().stubFor(get(urlPathEqualTo(path(lineItems))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json").withBody("[]")));
        PLATFORM.server().stubFor(post(urlEqualTo(path(lineItems))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\": \"" + lineItems + "/1\", \"scoreMaximum\": 100}")));
        PLATFORM.server().stubFor(post(urlEqualTo(path(lineItems) + "/1/scores")).atPriority(5)
                .willReturn(aResponse().withStatus(204)));
    }

    @Test
    void aSubmittedScoreReachesTheLineItemCreatedForThePlacement() throws Exception {
        String launchId = launchWithAgs("person-1");
        submit(launchId, 8, 10, true);
        awaitDelivered(1);
        LoggedRequest score = scoresPosted().get(0);
        assertThat(score.getHeader("Content-Type")).startsWith("application/vnd.ims.lis.v1.score+json");
        assertThat(score.getHeader("Authorization")).startsWith("Bearer token-");
        assertThat(score.getBodyAsString()).contains("\"scoreGiven\":8", "\"scoreMaximum\":10",
                "\"activityProgress\":\"Completed\"", "\"gradingProgress\":\"FullyGraded\"", "\"userId\":\"person-1\"");
        assertThat(score.getBodyAsString()).containsPattern("\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"");
        PLATFORM.server().verify(1, postRequestedFor(urlEqualTo(path(lineItems)))
                .withHeader("Content-Type", containing("application/vnd.ims.lis.v2.lineitem+json"))
                .withRequestBody(matchingJsonPath("$.resourceId", equalTo("course-x")))
                .withRequestBody(matchingJsonPath("$.scoreMaximum", equalTo("100"))));
    }

    @Test
    void theClientAssertionIsSignedByAKeyTheToolPublishes() throws Exception {
        submit(launchWithAgs("person-assert"), 5, 10, false);
        awaitDelivered(1);
        LoggedRequest tokenRequest = PLATFORM.server().findAll(postRequestedFor(urlEqualTo("/token"))).get(0);
        String body = java.net.URLDecoder.decode(tokenRequest.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("grant_type=client_credentials",
                "client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "scope=");
        String assertion = body.replaceAll(".*client_assertion=([^&]+).*", "$1");
        SignedJWT jwt = SignedJWT.parse(assertion);
        JWKSet published = JWKSet.parse(new Browser().get(BASE + "/.well-known/jwks.json", "application/json").body());
        assertThat(jwt.verify(new RSASSAVerifier(published.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())))
                .isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(PLATFORM.clientId());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(PLATFORM.clientId());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(PLATFORM.url() + "/token");
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isBefore(Instant.now());
    }

    @Test
    void manyScoresCostOneTokenRequest() throws Exception {
        for (int i = 0; i < 30; i++) {
            submit(launchWithAgs("many-" + i), i % 11, 10, i % 11 >= 8);
        }
        awaitDelivered(30);
        // one token for the whole burst (none at all when an earlier test's token is still good)
        assertThat(PLATFORM.server().findAll(postRequestedFor(urlEqualTo("/token")))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aRefusedTokenIsReplacedOnce() throws Exception {
        PLATFORM.server().stubFor(post(urlEqualTo(path(lineItems) + "/1/scores")).atPriority(1).inScenario("401")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(401)).willSetStateTo("fresh"));
        submit(launchWithAgs("person-401"), 9, 10, true);
        awaitDelivered(1);
        List<LoggedRequest> tries = scoresPosted();
        assertThat(tries).hasSize(2);
        assertThat(tries.get(1).getHeader("Authorization")).isNotEqualTo(tries.get(0).getHeader("Authorization"));
        assertThat(PLATFORM.server().findAll(postRequestedFor(urlEqualTo("/token")))).isNotEmpty();
    }

    @Test
    void serverErrorsResetsAndRateLimitsAreRetriedUntilTheScoreArrives() throws Exception {
        String scores = path(lineItems) + "/1/scores";
        PLATFORM.server().stubFor(post(urlEqualTo(scores)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        PLATFORM.server().stubFor(post(urlEqualTo(scores)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("slow"));
        PLATFORM.server().stubFor(post(urlEqualTo(scores)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("slow").willReturn(aResponse().withStatus(204).withFixedDelay(5000))
                .willSetStateTo("limited"));
        PLATFORM.server().stubFor(post(urlEqualTo(scores)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("fine"));
        submit(launchWithAgs("person-flaky"), 10, 10, true);
        awaitDelivered(1);
        assertThat(scoresPosted()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aPlatformDownForALongSpellGetsEveryScoreOnceItIsBack() throws Exception {
        String scores = path(lineItems) + "/1/scores";
        var down = PLATFORM.server().stubFor(post(urlEqualTo(scores)).atPriority(1)
                .willReturn(aResponse().withStatus(502)));
        for (int i = 0; i < 5; i++) {
            submit(launchWithAgs("down-" + i), 8, 10, true);
        }
        Thread.sleep(2_000);
        assertThat(delivered()).isZero();
        PLATFORM.server().removeStub(down);
        awaitDelivered(5);
    }

    @Test
    void aPermanentRefusalIsRecordedWithThePlatformsMessage() throws Exception {
        PLATFORM.server().stubFor(post(urlEqualTo(path(lineItems) + "/1/scores")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("Incorrect score received")));
        submit(launchWithAgs("person-400"), 8, 10, true);
        await(() -> count("FAILED") == 1);
        assertThat(jdbc.sql("SELECT last_error FROM score_delivery WHERE status = 'FAILED' AND launch_id IN "
                        + "(SELECT id FROM lti_launch WHERE ags_json LIKE ?)").param("%" + lineItems + "%")
                .query(String.class).single()).contains("HTTP 400", "Incorrect score received");
    }

    private String launchWithAgs(String subject) {
        Browser browser = new Browser();
        Login login = login(browser, BASE + "/lti/launch");
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), BASE + "/lti/launch").subject(subject)
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                        "scope", List.of(LINEITEM, SCORE), "lineitems", lineItems))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "placement-" + UUID.randomUUID()))
                .build());
        assertThat(launch(browser, token, login.state()).statusCode()).isEqualTo(303);
        return jdbc.sql("""
                SELECT l.id FROM lti_launch l JOIN lti_user u ON u.id = l.user_ref
                WHERE u.subject = ? ORDER BY l.launched_at DESC""").param(subject).query(String.class).list().get(0);
    }

    private void submit(String launchId, int score, int max, boolean passed) {
        var row = jdbc.sql("SELECT tenant_id, user_ref FROM lti_launch WHERE id = ?").param(launchId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        transactions.executeWithoutResult(tx -> events.publishEvent(new AttemptSubmitted(UUID.randomUUID().toString(),
                row[0], row[1], "course-x", "1.0.0", launchId, null, null, score, max, passed, Instant.now())));
    }

    private void awaitDelivered(int expected) throws InterruptedException {
        await(() -> delivered() >= expected);
        Thread.sleep(300);
        assertThat(delivered()).isEqualTo(expected);
    }

    private long delivered() {
        return count("DELIVERED");
    }

    private long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM score_delivery WHERE status = ? AND launch_id IN "
                        + "(SELECT l.id FROM lti_launch l WHERE l.ags_json LIKE ?)")
                .params(status, "%" + lineItems + "%").query(Long.class).single();
    }

    private List<LoggedRequest> scoresPosted() {
        return PLATFORM.server().findAll(postRequestedFor(urlEqualTo(path(lineItems) + "/1/scores")));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }
}
