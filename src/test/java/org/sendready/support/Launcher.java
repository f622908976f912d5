package org.sendready.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.web.util.UriComponentsBuilder;

/** Runs whole launches from the test platform: login initiation, a signed id_token, the form post. */
public final class Launcher {

    private final String base;
    private final TestPlatform platform;

    public Launcher(String base, TestPlatform platform) {
        this.base = base;
        this.platform = platform;
    }

    /** Launches {@code subject} with these roles and custom parameters; returns the page the launch landed on. */
    public HttpResponse<String> launch(Browser browser, String subject, List<String> roles, Map<String, String> custom,
                                       String contextId) {
        return launch(browser, subject, roles, custom, contextId, Map.of());
    }

    /** As {@link #launch(Browser, String, List, Map, String)}, with further claims (service endpoints, say). */
    public HttpResponse<String> launch(Browser browser, String subject, List<String> roles, Map<String, String> custom,
                                       String contextId, Map<String, Object> extraClaims) {
        String target = custom.containsKey("course_id") ? base + "/courses/" + custom.get("course_id")
                : base + "/lti/launch";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", subject);
        params.put("target_link_uri", target);
        params.put("client_id", platform.clientId());
        HttpResponse<String> login = browser.post(base + "/lti/login", params);
        assertThat(login.statusCode()).isEqualTo(302);
        Map<String, String> query = UriComponentsBuilder.fromUri(URI.create(login.headers().firstValue("Location")
                .orElseThrow())).build().getQueryParams().toSingleValueMap();
        String state = decode(query.get("state"));
        String nonce = decode(query.get("nonce"));
        JWTClaimsSet.Builder builder = platform.claims(nonce, target)
                .subject(subject)
                .claim("name", "Person " + subject)
                .claim(TestPlatform.LTI + "roles", roles)
                .claim(TestPlatform.LTI + "custom", custom)
                .claim(TestPlatform.LTI + "context", Map.of("id", contextId, "title", "Context " + contextId))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-" + contextId));
        extraClaims.forEach(builder::claim);
        JWTClaimsSet claims = builder.build();
        HttpResponse<String> launched = browser.post(base + "/lti/launch",
                Map.of("id_token", platform.sign(claims), "state", state));
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
        return browser.follow(launched);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
