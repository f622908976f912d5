package org.sendready.grades;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.SendReadyApplication;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.support.Browser;
import org.sendready.support.FreePort;
import org.sendready.support.TestPlatform;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A score queued while the platform is down survives a restart of the tool and arrives once the platform is back. */
class RestartDeliveryTest {

    private final TestPlatform platform = new TestPlatform("https://lms.restart.example", "restart-client", "dep-r");

    @TempDir
    Path dir;

    @AfterEach
    void stopPlatform() {
        platform.server().stop();
    }

    @Test
    void aScoreQueuedBeforeARestartIsDeliveredAfterIt() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("platforms")).resolve("lms.json"),
                platform.registrationJson("Restart LMS"));
        String lineItem = platform.url() + "/lineitem?type_id=18";
        platform.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"t\", \"expires_in\": 3600}")));
        var down = platform.server().stubFor(post(urlEqualTo("/lineitem/scores?type_id=18"))
                .willReturn(aResponse().withStatus(503)));

        int port = FreePort.find();
        ConfigurableApplicationContext first = start(port);
        String base = "http://localhost:" + port;
        Browser browser = new Browser();
        launch(first, browser, base, lineItem);
        await(() -> platform.server().findAll(postRequestedFor(urlEqualTo("/lineitem/scores?type_id=18"))).size() >= 1);
        first.close();

        platform.server().removeStub(down);
        platform.server().stubFor(post(urlEqualTo("/lineitem/scores?type_id=18"))
                .willReturn(aResponse().withStatus(200)));
        ConfigurableApplicationContext second = start(FreePort.find());
        try {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await(() -> jdbc.sql("SELECT COUNT(*) FROM score_delivery WHERE status = 'DELIVERED'")
                    .query(Integer.class).single() == 1);
        } finally {
            second.close();
        }
    }

    private void launch(ConfigurableApplicationContext context, Browser browser, String base, String lineItem) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        var login = browser.post(base + "/lti/login", Map.of("iss", platform.issuer(), "login_hint", "x",
                "target_link_uri", base + "/lti/launch", "client_id", platform.clientId()));
        var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(
                login.headers().firstValue("Location").orElseThrow()).build().getQueryParams().toSingleValueMap();
        String nonce = java.net.URLDecoder.decode(query.get("nonce"), java.nio.charset.StandardCharsets.UTF_8);
        String state = java.net.URLDecoder.decode(query.get("state"), java.nio.charset.StandardCharsets.UTF_8);
        String token = platform.sign(platform.claims(nonce, base + "/lti/launch").subject("restart-person")
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope",
                        List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), "lineitem", lineItem))
                .build());
        assertThat(browser.post(base + "/lti/launch", Map.of("id_token", token, "state", state)).statusCode())
                .isEqualTo(303);
        String launchId = jdbc.sql("SELECT id FROM lti_launch").query(String.class).single();
        var row = jdbc.sql("SELECT tenant_id, user_ref FROM lti_launch WHERE id = ?").param(launchId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> context.publishEvent(
                new AttemptSubmitted(UUID.randomUUID().toString(), row[0], row[1], "course-r", "1.0.0", launchId,
                        null, null, 9, 10, true, Instant.now())));
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(SendReadyApplication.class).run(
                "--server.port=" + port,
                "--sendready.base-url=http://localhost:" + port,
                "--sendready.lti.platforms-dir=" + dir.resolve("platforms"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + "/sendready",
                "--sendready.grades.first-retry=200ms",
                "--sendready.grades.max-retry-wait=500ms",
                "--sendready.grades.polling-interval=200ms");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
