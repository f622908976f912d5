package org.sendready.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every forged or broken launch is refused with a 4xx, a reason code and nothing stored. */
class LaunchSecurityTest extends ToolIntegrationTest {

    private static final String TARGET = BASE + "/courses/m1-send-law-essentials";

    @Autowired
    JdbcClient jdbc;

    private final Browser browser = new Browser();
    private long launchesBefore;
    private long usersBefore;

    @Test
    void acceptsAWellFormedLaunchAndOpensTheTargetCourse() {
        Login login = login(browser);
        HttpResponse<String> response = launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build()),
                login.state());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(TARGET);
        HttpResponse<String> welcome = browser.get(BASE + "/welcome");
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body()).contains("Jamie Teacher");
    }

    @Test
    void aSecondPersonLaunchingInTheSameBrowserGetsTheirOwnSession() {
        org.sendready.support.Launcher launcher = new org.sendready.support.Launcher(BASE, PLATFORM);
        launcher.launch(browser, "first-" + java.util.UUID.randomUUID(), List.of(TestPlatform.LEARNER), Map.of(), "c1");
        String firstCookie = sessionCookie();
        HttpResponse<String> second = launcher.launch(browser, "second-" + java.util.UUID.randomUUID(),
                List.of(TestPlatform.LEARNER), Map.of(), "c1");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(sessionCookie()).isNotEqualTo(firstCookie);
        assertThat(browser.get(BASE + "/welcome").body()).contains("Welcome, Person second-");
    }

    private String sessionCookie() {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SENDREADY_SESSION")).map(java.net.HttpCookie::getValue)
                .findFirst().orElseThrow();
    }

    @Test
    void loginRedirectsToThePlatformWithEveryOidcParameter() {
        Login login = login(browser);
        String query = login.authorizationRequest().getRawQuery();
        assertThat(login.authorizationRequest().toString()).startsWith(PLATFORM.url() + "/auth?");
        assertThat(query).contains("scope=openid", "response_type=id_token", "response_mode=form_post",
                "prompt=none", "client_id=" + PLATFORM.clientId(), "login_hint=hint-42",
                "lti_message_hint=message-hint-7", "redirect_uri=", "state=", "nonce=");
        assertThat(login.state()).isNotEqualTo(login.nonce()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void loginFromAnUnknownIssuerIsRefused() {
        HttpResponse<String> response = browser.post(BASE + "/lti/login", Map.of("iss", "https://evil.example",
                "login_hint", "x", "target_link_uri", TARGET, "client_id", "c"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("PLATFORM_UNKNOWN");
    }

    @Test
    void loginForAForeignTargetIsRefused() {
        HttpResponse<String> response = browser.post(BASE + "/lti/login", Map.of("iss", PLATFORM.issuer(),
                "login_hint", "x", "target_link_uri", "https://evil.example/courses/x", "client_id",
                PLATFORM.clientId()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("TARGET_LINK_FOREIGN");
    }

    @Test
    void rejectsABadSignature() {
        Login login = login(browser);
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build());
        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                PLATFORM.claims(login.nonce(), TARGET).claim("name", "Someone Else").build().toString().getBytes());
        assertRefused(launch(browser, parts[0] + "." + forgedPayload + "." + parts[2], login.state()),
                "SIGNATURE_INVALID");
    }

    @Test
    void rejectsAlgNone() {
        Login login = login(browser);
        String token = new PlainJWT(PLATFORM.claims(login.nonce(), TARGET).build()).serialize();
        assertRefused(launch(browser, token, login.state()), "ALGORITHM_NOT_ALLOWED");
    }

    @Test
    void rejectsHs256SignedWithThePlatformsPublicKey() throws Exception {
        Login login = login(browser);
        byte[] publicKey = PLATFORM.key().toPublicJWK().toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(PLATFORM.key().getKeyID()).build(), PLATFORM.claims(login.nonce(), TARGET).build());
        jwt.sign(new MACSigner(publicKey));
        assertRefused(launch(browser, jwt.serialize(), login.state()), "ALGORITHM_NOT_ALLOWED");
    }

    @Test
    void rejectsAnUnknownKidAfterAtMostOneRefetch() {
        int before = jwksFetches();
        RSAKey rogue = TestPlatform.newKey("rogue-key");
        Login login = login(browser);
        assertRefused(launch(browser, TestPlatform.sign(PLATFORM.claims(login.nonce(), TARGET).build(), rogue,
                "rogue-key"), login.state()), "KEY_UNKNOWN");
        Login again = login(browser);
        assertRefused(launch(browser, TestPlatform.sign(PLATFORM.claims(again.nonce(), TARGET).build(), rogue,
                "rogue-key"), again.state()), "KEY_UNKNOWN");
        assertThat(jwksFetches() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void rejectsATokenSignedWithAnUnpublishedKeyUnderAPublishedKid() {
        Login login = login(browser);
        RSAKey impostor = TestPlatform.newKey(PLATFORM.key().getKeyID());
        assertRefused(launch(browser, TestPlatform.sign(PLATFORM.claims(login.nonce(), TARGET).build(), impostor,
                impostor.getKeyID()), login.state()), "SIGNATURE_INVALID");
    }

    @Test
    void rejectsAnExpiredToken() {
        Login login = login(browser);
        Instant past = Instant.now().minusSeconds(600);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(120))).build()),
                login.state()), "TOKEN_EXPIRED");
    }

    @Test
    void rejectsATokenIssuedInTheFuture() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .issueTime(Date.from(Instant.now().plusSeconds(600))).build()), login.state()), "ISSUED_IN_FUTURE");
    }

    @Test
    void rejectsAWrongAudience() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).audience("other-tool")
                .build()), login.state()), "AUDIENCE_MISMATCH");
    }

    @Test
    void rejectsSeveralAudiencesWithoutAzp() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .audience(List.of(PLATFORM.clientId(), "other-tool")).build()), login.state()),
                "AUTHORIZED_PARTY_MISSING");
    }

    @Test
    void acceptsSeveralAudiencesWhenAzpIsThisTool() {
        Login login = login(browser);
        HttpResponse<String> response = launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .audience(List.of(PLATFORM.clientId(), "other-tool")).claim("azp", PLATFORM.clientId()).build()),
                login.state());
        assertThat(response.statusCode()).isEqualTo(303);
    }

    @Test
    void rejectsAnUnknownIssuer() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .issuer("https://evil.example").build()), login.state()), "ISSUER_UNKNOWN");
    }

    @Test
    void rejectsAnUnknownDeployment() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "deployment_id", "someone-elses-deployment").build()), login.state()),
                "DEPLOYMENT_UNKNOWN");
    }

    @Test
    void rejectsAReplayedNonce() {
        Login login = login(browser);
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build());
        var stateCookie = browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().endsWith(login.state())).findFirst().orElseThrow();
        assertThat(launch(browser, token, login.state()).statusCode()).isEqualTo(303);
        long launches = count("lti_launch");
        // an attacker who captured the form post and the browser's cookie replays both
        browser.cookies().getCookieStore().add(java.net.URI.create(BASE + "/lti"), stateCookie);
        HttpResponse<String> replay = launch(browser, token, login.state());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("NONCE_REPLAYED");
        assertThat(count("lti_launch")).isEqualTo(launches);
    }

    @Test
    void rejectsAWrongNonce() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims("not-the-nonce", TARGET).build()), login.state()),
                "NONCE_MISMATCH");
    }

    @Test
    void rejectsAMissingState() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build()), null),
                "STATE_MISSING");
    }

    @Test
    void rejectsAWrongState() {
        Login login = login(browser);
        Login other = login(browser);
        // a state this browser holds a cookie for, but not the one this token's nonce was issued with
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build()), other.state()),
                "NONCE_MISMATCH");
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build()),
                "made-up-state"), "STATE_COOKIE_MISSING");
    }

    @Test
    void rejectsAStateFromAnotherBrowser() {
        Login login = login(browser);
        Browser attacker = new Browser();
        assertRefused(launch(attacker, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET).build()), login.state()),
                "STATE_COOKIE_MISSING");
    }

    @Test
    void rejectsAWrongVersion() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "version", "1.1").build()), login.state()), "VERSION_UNSUPPORTED");
    }

    @Test
    void rejectsAnUnknownMessageType() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "message_type", "LtiSubmissionReviewRequest").build()), login.state()),
                "MESSAGE_TYPE_UNSUPPORTED");
    }

    @Test
    void rejectsAMissingResourceLinkId() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "resource_link", Map.of("title", "no id")).build()), login.state()),
                "RESOURCE_LINK_MISSING");
    }

    @Test
    void rejectsAMissingTargetLinkUri() {
        Login login = login(browser);
        assertRefused(launch(browser, PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "target_link_uri", null).build()), login.state()), "TARGET_LINK_MISSING");
    }

    @Test
    void rejectsAMissingIdToken() {
        Login login = login(browser);
        assertRefused(launch(browser, null, login.state()), "TOKEN_MISSING");
        assertRefused(launch(browser, "not.a.jwt", login.state()), "TOKEN_MALFORMED");
    }

    @Test
    void aPlainGetOfTheLaunchUrlGetsAShortPage() {
        HttpResponse<String> response = browser.get(BASE + "/lti/launch");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("launch endpoint");
    }

    @Test
    void pagesWithoutALaunchAskPeopleToOpenSendReadyFromTheirLms() {
        HttpResponse<String> page = new Browser().get(BASE + "/welcome");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("Open SENDReady from your LMS").doesNotContain("Exception");
        HttpResponse<String> api = new Browser().get(BASE + "/welcome", "application/json");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"reason\":\"NOT_SIGNED_IN\"");
    }

    @BeforeEach
    void countStoredLaunches() {
        launchesBefore = count("lti_launch");
        usersBefore = count("lti_user");
    }

    private void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(reason).isBetween(400, 499);
        assertThat(response.body()).contains(reason).doesNotContain("Exception").doesNotContain("eyJ");
        assertThat(count("lti_launch")).as("a refused launch stores no launch").isEqualTo(launchesBefore);
        assertThat(count("lti_user")).as("a refused launch stores no person").isEqualTo(usersBefore);
        assertThat(browser.get(BASE + "/welcome").statusCode()).as("a refused launch starts no session")
                .isEqualTo(401);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static int jwksFetches() {
        return PLATFORM.server().countRequestsMatching(getRequestedFor(urlEqualTo("/jwks")).build()).getCount();
    }
}
