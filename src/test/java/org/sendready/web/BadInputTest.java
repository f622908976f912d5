package org.sendready.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;

/** Bad input gets a clear 4xx page or problem+json, never a 5xx or a stack trace. */
class BadInputTest extends ToolIntegrationTest {

    @Test
    void malformedPathsAndParametersAreClientErrors() {
        Browser browser = new Browser();
        new Launcher(BASE, PLATFORM).launch(browser, "bad-input-" + UUID.randomUUID(), List.of(TestPlatform.LEARNER),
                Map.of(), "ctx-bad");
        for (String path : List.of("/courses/no-such-course", "/courses/m1-send-law-essentials/lessons/abc",
                "/courses/m1-send-law-essentials/lessons/999", "/courses/x/attempts/not-a-uuid", "/nothing-here")) {
            HttpResponse<String> page = browser.get(BASE + path);
            assertThat(page.statusCode()).as(path).isBetween(400, 499);
            assertThat(page.body()).as(path).contains("Reference:").doesNotContain("Exception", "at org.");
        }
        HttpResponse<String> api = browser.get(BASE + "/courses/m1-send-law-essentials/lessons/abc", "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":400", "\"reason\":\"HTTP_400\"");
    }

    @Test
    void aLoginWithoutItsParametersIsABadRequest() {
        HttpResponse<String> response = new Browser().post(BASE + "/lti/login", Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("LOGIN_PARAMETER_MISSING");
    }
}
