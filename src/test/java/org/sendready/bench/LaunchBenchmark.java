package org.sendready.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Whole launches against the running tool: login initiation, the id_token form post (a fresh nonce each time) and the
 * first page, from 16 concurrent connections. Latency counts the tool's three responses; the platform's signing of
 * each id_token happens in the load generator and is reported separately.
 */
@Tag("bench")
class LaunchBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int MEASURE_SECONDS = Integer.getInteger("bench.seconds", 20);

    @TempDir
    Path dir;

    @Test
    void launchesPerSecondAndLatency() throws Exception {
        RSAKey key = TestPlatform.newKey("bench-key");
        try (StubPlatform stub = new StubPlatform(key)) {
            BenchTool tool = BenchTool.start(dir, stub);
            ConfigurableApplicationContext app = tool.app();
            String base = tool.base();
            TestPlatform shape = new TestPlatform("https://bench.example", "bench", "d");
            try {
                run(base, key, shape, WARMUP_SECONDS, new ArrayList<>(), new ArrayList<>());
                int keyFetchesBefore = stub.keySetRequests.get();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                List<Long> signing = Collections.synchronizedList(new ArrayList<>());
                long start = System.nanoTime();
                run(base, key, shape, MEASURE_SECONDS, latencies, signing);
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%nBENCH launch.connections=%d launches=%d seconds=%.1f launches_per_second=%.0f "
                                + "p50_ms=%.1f p99_ms=%.1f max_ms=%.1f signing_p50_ms=%.2f key_set_fetches_during_run=%d "
                                + "heap_used_mb=%d%n", CONNECTIONS, sorted.size(), seconds, sorted.size() / seconds,
                        pct(sorted, 50), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                        median(signing) / 1e6, stub.keySetRequests.get() - keyFetchesBefore,
                        (rt.totalMemory() - rt.freeMemory()) / 1_048_576);
            } finally {
                shape.server().stop();
                app.close();
            }
        }
    }

    private static void run(String base, RSAKey key, TestPlatform shape, int seconds, List<Long> latencies,
                            List<Long> signing) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            int worker = i;
            workers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    launchOnce(base, key, shape, "user-" + worker + "-" + (n++ % 50), latencies, signing);
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
    }

    private static void launchOnce(String base, RSAKey key, TestPlatform shape, String subject, List<Long> latencies,
                                   List<Long> signing) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long t0 = System.nanoTime();
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(Map.of("iss", "https://bench.example",
                        "login_hint", subject, "target_link_uri", base + "/lti/launch", "client_id", "bench"))))
                .build(), HttpResponse.BodyHandlers.discarding());
        long t1 = System.nanoTime();
        Map<String, String> query = UriComponentsBuilder.fromUriString(login.headers().firstValue("Location")
                .orElseThrow()).build().getQueryParams().toSingleValueMap();
        String nonce = URLDecoder.decode(query.get("nonce"), StandardCharsets.UTF_8);
        String state = URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8);
        String token = TestPlatform.sign(shape.claims(nonce, base + "/lti/launch").subject(subject).build(), key,
                key.getKeyID());
        long t2 = System.nanoTime();
        HttpResponse<Void> launch = http.send(HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(Map.of("id_token", token, "state", state))))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (launch.statusCode() != 303) {
            throw new IllegalStateException("launch refused: " + launch.statusCode());
        }
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(launch.headers()
                .firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("first page: " + page.statusCode());
        }
        long t3 = System.nanoTime();
        latencies.add((t1 - t0) + (t3 - t2));
        signing.add(t2 - t1);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
