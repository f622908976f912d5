/**
 * LTI 1.3 core: platform registry, tool keys and JWKS, OIDC login initiation, launch validation and the session a
 * launch starts. Other modules use {@link org.sendready.lti.LaunchContext} (the session's principal) and nothing of
 * {@code lti.internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LTI core")
package org.sendready.lti;
