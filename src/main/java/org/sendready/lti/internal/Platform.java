package org.sendready.lti.internal;

import java.util.Set;

/** A registered platform as stored: one (issuer, client_id) and the deployments it may launch through. */
record Platform(
        long id,
        String name,
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        Set<String> deploymentIds) {

    Platform {
        deploymentIds = Set.copyOf(deploymentIds);
    }

    boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }
}
