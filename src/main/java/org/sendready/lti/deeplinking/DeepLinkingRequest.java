package org.sendready.lti.deeplinking;

import java.util.List;

/** What the platform asked for in an {@code LtiDeepLinkingRequest}. */
public record DeepLinkingRequest(String returnUrl, List<String> acceptTypes, boolean acceptMultiple, String data,
                                 String title) {

    public DeepLinkingRequest {
        acceptTypes = List.copyOf(acceptTypes);
    }

    public boolean acceptsResourceLinks() {
        return acceptTypes.isEmpty() || acceptTypes.contains("ltiResourceLink");
    }
}
