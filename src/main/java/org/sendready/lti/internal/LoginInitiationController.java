package org.sendready.lti.internal;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sendready.core.ToolUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OIDC third-party initiated login: the platform names itself and the person, SENDReady answers with a redirect to
 * the platform's authorization endpoint carrying a fresh state and nonce.
 */
@Controller
class LoginInitiationController {

    private final PlatformRepository platforms;
    private final LoginRequests logins;
    private final ToolUrls urls;
    private final LtiProperties properties;

    LoginInitiationController(PlatformRepository platforms, LoginRequests logins, ToolUrls urls,
                              LtiProperties properties) {
        this.platforms = platforms;
        this.logins = logins;
        this.urls = urls;
        this.properties = properties;
    }

    @RequestMapping(path = "/lti/login", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Void> login(@RequestParam(name = "iss", required = false) String issuer,
                               @RequestParam(name = "login_hint", required = false) String loginHint,
                               @RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
                               @RequestParam(name = "lti_message_hint", required = false) String messageHint,
                               @RequestParam(name = "client_id", required = false) String clientId,
                               HttpServletRequest request, HttpServletResponse response) {
        if (isBlank(issuer) || isBlank(loginHint) || isBlank(targetLinkUri)) {
            throw new LaunchRejected(LaunchRejected.Reason.LOGIN_PARAMETER_MISSING, issuer, clientId);
        }
        Platform platform = platform(issuer, clientId);
        if (!urls.owns(targetLinkUri)) {
            throw new LaunchRejected(LaunchRejected.Reason.TARGET_LINK_FOREIGN, issuer, clientId);
        }
        LoginRequests.LoginRequest login = logins.start(platform.id(), targetLinkUri);
        StateCookie.set(request, response, login.state(), properties.loginTtl());

        UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(platform.authorizationEndpoint())
                .queryParam("scope", "openid")
                .queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post")
                .queryParam("prompt", "none")
                .queryParam("client_id", platform.clientId())
                .queryParam("redirect_uri", urls.url("/lti/launch"))
                .queryParam("login_hint", loginHint)
                .queryParam("state", login.state())
                .queryParam("nonce", login.nonce());
        if (!isBlank(messageHint)) {
            redirect.queryParam("lti_message_hint", messageHint);
        }
        URI location = redirect.encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Registrations are keyed by (issuer, client_id); a platform that omits client_id is accepted only when its
     * issuer has exactly one registration.
     */
    private Platform platform(String issuer, String clientId) {
        if (!isBlank(clientId)) {
            return platforms.find(issuer, clientId)
                    .orElseThrow(() -> new LaunchRejected(LaunchRejected.Reason.PLATFORM_UNKNOWN, issuer, clientId));
        }
        List<Long> candidates = platforms.idsForIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new LaunchRejected(LaunchRejected.Reason.PLATFORM_UNKNOWN, issuer, null);
        }
        if (candidates.size() > 1) {
            throw new LaunchRejected(LaunchRejected.Reason.CLIENT_ID_REQUIRED, issuer, null);
        }
        return platforms.find(candidates.get(0)).orElseThrow();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
