package org.sendready.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tool running on a real port with an in-memory database and one registered platform (played by WireMock), for
 * tests that exercise the whole HTTP flow. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class ToolIntegrationTest {

    protected static final int PORT = FreePort.find();
    protected static final String BASE = "http://localhost:" + PORT;
    protected static final TestPlatform PLATFORM = new TestPlatform("https://moodle.test-school.example",
            "sendready-client-1", "deployment-1");
    protected static final Path PLATFORMS_DIR = platformsDir();

    @DynamicPropertySource
    static void toolProperties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("sendready.base-url", () -> BASE);
        registry.add("sendready.lti.platforms-dir", PLATFORMS_DIR::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tool-" + PORT + ";DB_CLOSE_DELAY=-1");
        // quick retries so delivery tests finish in seconds; one context for every subclass
        registry.add("sendready.grades.first-retry", () -> "100ms");
        registry.add("sendready.grades.max-retry-wait", () -> "400ms");
        registry.add("sendready.grades.polling-interval", () -> "100ms");
        registry.add("sendready.http.read-timeout", () -> "3s");
    }

    private static Path platformsDir() {
        try {
            Path dir = Files.createTempDirectory("platforms");
            Files.writeString(dir.resolve("moodle.json"), PLATFORM.registrationJson("Test School Moodle"));
            Files.writeString(dir.resolve("broken.json"), "{\"name\": \"half a file\"");
            Files.writeString(dir.resolve("missing-keys.json"), "{\"name\": \"no endpoints\", \"issuer\": \"x\"}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What login initiation gave the browser: the state and nonce the platform will echo. */
    protected record Login(String state, String nonce, URI authorizationRequest) {
    }

    protected Login login(Browser browser, String targetLinkUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", PLATFORM.issuer());
        params.put("login_hint", "hint-42");
        params.put("target_link_uri", targetLinkUri);
        params.put("lti_message_hint", "message-hint-7");
        params.put("client_id", PLATFORM.clientId());
        params.put("lti_deployment_id", PLATFORM.deploymentId());
        HttpResponse<String> response = browser.post(BASE + "/lti/login", params);
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
        return new Login(decode(query.get("state")), decode(query.get("nonce")), location);
    }

    protected Login login(Browser browser) {
        return login(browser, BASE + "/courses/m1-send-law-essentials");
    }

    protected HttpResponse<String> launch(Browser browser, String idToken, String state) {
        Map<String, String> form = new LinkedHashMap<>();
        if (idToken != null) {
            form.put("id_token", idToken);
        }
        if (state != null) {
            form.put("state", state);
        }
        return browser.post(BASE + "/lti/launch", form);
    }

    private static String decode(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
