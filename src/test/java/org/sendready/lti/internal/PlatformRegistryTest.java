package org.sendready.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.lti.PlatformRegistration;
import org.sendready.support.Browser;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformRegistryTest extends ToolIntegrationTest {

    private static final String TARGET = BASE + "/courses/m1-send-law-essentials";

    @Autowired
    PlatformRepository platforms;
    @Autowired
    PlatformFileLoader loader;
    @Autowired
    JdbcPlatformRegistry registry;

    @Test
    void goodFilesAreRegisteredAndBadFilesSkippedWithoutStoppingTheTool() {
        assertThat(platforms.find(PLATFORM.issuer(), PLATFORM.clientId())).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Test School Moodle");
            assertThat(p.deploymentIds()).containsExactly(PLATFORM.deploymentId());
            assertThat(p.jwksUri()).isEqualTo(PLATFORM.url() + "/jwks");
        });
        assertThat(platforms.idsForIssuer("x")).isEmpty();
    }

    @Test
    void aFileWithUnknownOrMissingKeysIsRefusedNamingTheProblem(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("extra.json");
        Files.writeString(extra, PLATFORM.registrationJson("x").replace("\"name\"", "\"colour\": \"red\", \"name\""));
        assertThatThrownBy(() -> loader.parse(extra)).hasMessageContaining("unknown keys [colour]");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"name\": \"n\", \"issuer\": \"https://i.example\"}");
        assertThatThrownBy(() -> loader.parse(missing)).hasMessageContaining("missing keys");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": ");
        assertThatThrownBy(() -> loader.parse(broken)).hasMessageContaining("not valid JSON");
    }

    @Test
    void aRegistrationWithARelativeEndpointIsRefused() {
        assertThatThrownBy(() -> registry.register(new PlatformRegistration("n", "https://i.example", "c",
                List.of("d"), "/auth", "https://i.example/token", "https://i.example/jwks"), "test"))
                .hasMessageContaining("authorization_endpoint must be an absolute http(s) URL");
    }

    @Test
    void reRegisteringReplacesTheDeployments() {
        TestPlatform canvas = new TestPlatform("https://canvas.instructure.com", "10000000000001", "d-1");
        registry.register(new PlatformRegistration("Canvas A", canvas.issuer(), canvas.clientId(), List.of("d-1",
                "d-2"), canvas.url() + "/auth", canvas.url() + "/token", canvas.url() + "/jwks"), "test");
        registry.register(new PlatformRegistration("Canvas A", canvas.issuer(), canvas.clientId(), List.of("d-3"),
                canvas.url() + "/auth", canvas.url() + "/token", canvas.url() + "/jwks"), "test");
        assertThat(platforms.find(canvas.issuer(), canvas.clientId()).orElseThrow().deploymentIds())
                .containsExactly("d-3");
        canvas.server().stop();
    }

    @Test
    void pagesMayBeFramedOnlyByRegisteredPlatforms() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(BASE + "/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'self'", PLATFORM.issuer(), PLATFORM.url())
                .doesNotContain("*");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void anOriginALaunchReportsBecomesAFrameAncestor() {
        Browser browser = new Browser();
        Login login = login(browser);
        String token = PLATFORM.sign(PLATFORM.claims(login.nonce(), TARGET)
                .claim(TestPlatform.LTI + "launch_presentation",
                        Map.of("return_url", "https://riverside.instructure.example/courses/1"))
                .build());
        assertThat(launch(browser, token, login.state()).statusCode()).isEqualTo(303);
        assertThat(registry.origins()).contains("https://riverside.instructure.example");
        String csp = browser.get(BASE + "/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("https://riverside.instructure.example");
    }
}
