package org.sendready.lti;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * Who launched SENDReady, from where and for what: the principal of a session started by an accepted LTI launch.
 * Held in the (database-backed) HTTP session, so it is serializable and small.
 *
 * @param launchId       id of the recorded launch (service endpoints and claims are stored with it)
 * @param tenant         the platform registration and deployment the launch came through
 * @param userId         SENDReady's id for the person within the tenant
 * @param subject        the platform's stable id for the person ({@code sub})
 * @param name           display name, when the platform shares it
 * @param email          email, when the platform shares it
 * @param contextId      SENDReady's id for the LMS course, or {@code null}
 * @param contextTitle   the LMS course's title, or {@code null}
 * @param resourceLinkId SENDReady's id for the placement, or {@code null} (deep-linking launches have none)
 * @param roles          app roles mapped from the LTI roles
 * @param messageType    {@code LtiResourceLinkRequest} or {@code LtiDeepLinkingRequest}
 * @param custom         custom parameters set on the placement or the platform registration
 */
public record LaunchContext(
        String launchId,
        Tenant tenant,
        long userId,
        String subject,
        String name,
        String email,
        Long contextId,
        String contextTitle,
        Long resourceLinkId,
        Set<AppRole> roles,
        String messageType,
        Map<String, String> custom) implements Serializable {

    public LaunchContext {
        roles = Set.copyOf(roles);
        custom = Map.copyOf(custom);
    }

    public boolean has(AppRole role) {
        return roles.contains(role);
    }

    /** Instructors and administrators see the catalogue and other people's attempts in their context. */
    public boolean isStaffView() {
        return has(AppRole.INSTRUCTOR) || has(AppRole.ADMINISTRATOR);
    }

    public String displayName() {
        return name != null && !name.isBlank() ? name : "you";
    }

    /**
     * Tenant = issuer + client_id + deployment. One tenant never sees another's data.
     *
     * @param id           SENDReady's id for the tenant
     * @param platformId   SENDReady's id for the platform registration (issuer + client_id)
     * @param issuer       the platform's issuer
     * @param clientId     the client_id the platform gave this tool
     * @param deploymentId the deployment within the platform
     * @param platformName the registration's name
     */
    public record Tenant(long id, long platformId, String issuer, String clientId, String deploymentId,
                         String platformName) implements Serializable {
    }
}
