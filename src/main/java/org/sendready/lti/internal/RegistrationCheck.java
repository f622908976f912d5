package org.sendready.lti.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.sendready.lti.PlatformRegistration;
import org.springframework.stereotype.Component;

/** The rules a platform registration must meet, whichever way it arrives. */
@Component
class RegistrationCheck {

    /** @throws InvalidRegistration naming every problem found */
    void validate(PlatformRegistration registration) {
        List<String> problems = new ArrayList<>();
        requireText(problems, "name", registration.name());
        requireText(problems, "issuer", registration.issuer());
        requireText(problems, "client_id", registration.clientId());
        requireUrl(problems, "issuer", registration.issuer());
        requireUrl(problems, "authorization_endpoint", registration.authorizationEndpoint());
        requireUrl(problems, "token_endpoint", registration.tokenEndpoint());
        requireUrl(problems, "jwks_uri", registration.jwksUri());
        if (registration.deploymentIds().isEmpty()) {
            problems.add("deployment_ids must list at least one deployment id");
        }
        for (String deploymentId : registration.deploymentIds()) {
            if (deploymentId == null || deploymentId.isBlank() || deploymentId.length() > 255) {
                problems.add("deployment_ids must be non-empty strings of at most 255 characters");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegistration(String.join("; ", problems));
        }
    }

    private static void requireText(List<String> problems, String key, String value) {
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing");
        } else if (value.length() > 1000) {
            problems.add(key + " is longer than 1000 characters");
        }
    }

    private static void requireUrl(List<String> problems, String key, String value) {
        if (value == null || value.isBlank()) {
            if (!"issuer".equals(key)) {
                problems.add(key + " is missing");
            }
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(key + " must be an absolute http(s) URL");
            }
        } catch (Exception e) {
            problems.add(key + " is not a valid URL");
        }
    }

    static final class InvalidRegistration extends RuntimeException {
        InvalidRegistration(String message) {
            super(message);
        }
    }
}
