package org.sendready.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores per second delivered through AGS to a stub platform on loopback, and token requests per 1,000 scores. Each
 * score is queued as the assessment module queues it (its own transaction), then delivered by the scheduler.
 */
@Tag("bench")
class ScoreDeliveryBenchmark {

    private static final int SCORES = Integer.getInteger("bench.scores", 5000);

    @TempDir
    Path dir;

    @Test
    void deliversScoresToALocalStubPlatform() throws Exception {
        RSAKey key = TestPlatform.newKey("bench-key");
        try (StubPlatform stub = new StubPlatform(key)) {
            BenchTool tool = BenchTool.start(dir, stub, "--sendready.grades.threads=16",
                    "--sendready.grades.polling-interval=200ms");
            ConfigurableApplicationContext app = tool.app();
            String base = tool.base();
            try {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                String launchId = launch(base, stub, key, jdbc);
                long[] who = jdbc.sql("SELECT tenant_id, user_ref FROM lti_launch WHERE id = ?").param(launchId)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                TransactionTemplate tx = app.getBean(TransactionTemplate.class);
                long start = System.nanoTime();
                for (int i = 0; i < SCORES; i++) {
                    String course = "course-" + i; // distinct courses: no score supersedes another
                    tx.executeWithoutResult(t -> app.publishEvent(new AttemptSubmitted(UUID.randomUUID().toString(),
                            who[0], who[1], course, "1.0.0", launchId, null, null, 8, 10, true, Instant.now())));
                }
                long queued = System.nanoTime();
                long deadline = start + Duration.ofMinutes(5).toNanos();
                while (jdbc.sql("SELECT COUNT(*) FROM score_delivery WHERE status = 'DELIVERED'")
                        .query(Integer.class).single() < SCORES) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("scores not delivered within 5 minutes");
                    }
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%nBENCH ags.scores=%d seconds=%.2f scores_per_second=%.0f queue_seconds=%.2f "
                                + "token_requests=%d token_requests_per_1000=%.2f score_posts=%d%n", SCORES, seconds,
                        SCORES / seconds, (queued - start) / 1e9, stub.tokenRequests.get(),
                        stub.tokenRequests.get() * 1000.0 / SCORES, stub.scoreRequests.get());
            } finally {
                app.close();
            }
        }
    }

    private static String launch(String base, StubPlatform stub, RSAKey key, JdbcClient jdbc) {
        Browser browser = new Browser();
        var login = browser.post(base + "/lti/login", Map.of("iss", "https://bench.example", "login_hint", "x",
                "target_link_uri", base + "/lti/launch", "client_id", "bench"));
        var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(
                login.headers().firstValue("Location").orElseThrow()).build().getQueryParams().toSingleValueMap();
        String nonce = java.net.URLDecoder.decode(query.get("nonce"), java.nio.charset.StandardCharsets.UTF_8);
        String state = java.net.URLDecoder.decode(query.get("state"), java.nio.charset.StandardCharsets.UTF_8);
        TestPlatform shape = new TestPlatform("https://bench.example", "bench", "d");
        try {
            String token = TestPlatform.sign(shape.claims(nonce, base + "/lti/launch").subject("bench-person")
                    .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope",
                            List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                            "lineitem", stub.url() + "/lineitem/1"))
                    .build(), key, key.getKeyID());
            browser.post(base + "/lti/launch", Map.of("id_token", token, "state", state));
        } finally {
            shape.server().stop();
        }
        return jdbc.sql("SELECT id FROM lti_launch").query(String.class).single();
    }
}
