package org.sendready.lti.ags;

import java.util.Set;

/**
 * The AGS claim of one launch, with what a score needs to reach the right gradebook cell.
 *
 * @param lineItems       the context's line items container URL, or {@code null}
 * @param lineItem        the placement's own line item URL, or {@code null}
 * @param resourceLinkId  the platform's id for the placement ({@code resource_link.id})
 * @param resourceLinkRef SENDReady's id for the placement
 * @param subject         the person's {@code sub}, the score's {@code userId}
 */
public record AgsEndpoint(long platformId, long tenantId, String launchId, String lineItems, String lineItem,
                          Set<String> scopes, String resourceLinkId, Long resourceLinkRef, String subject) {

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsEndpoint {
        scopes = Set.copyOf(scopes);
    }

    public boolean canPostScores() {
        return scopes.contains(SCOPE_SCORE) && (lineItem != null || lineItems != null);
    }
}
