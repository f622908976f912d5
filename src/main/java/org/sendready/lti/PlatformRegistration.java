package org.sendready.lti;

import java.util.List;

/**
 * An LMS installation registered to launch SENDReady, keyed by (issuer, client_id): every Canvas cloud tenant shares
 * one issuer, so the issuer alone does not identify a registration.
 */
public record PlatformRegistration(
        String name,
        String issuer,
        String clientId,
        List<String> deploymentIds,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri) {

    public PlatformRegistration {
        deploymentIds = List.copyOf(deploymentIds);
    }
}
