package org.sendready.lti.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LTI settings.
 *
 * @param platformsDir       directory of platform registration files ({@code *.json}), loaded at start
 * @param loginTtl           how long a login's state and nonce stay usable
 * @param clockSkew          tolerance for platform clocks when checking {@code exp} and {@code iat}
 * @param keyRefetchInterval least time between two fetches of one platform's key set
 * @param keySetMaxBytes     largest key set accepted from a platform (some exceed 64 KB)
 * @param keyRotationPeriod  how long a tool key signs before the next one takes over
 * @param keyGracePeriod     how long a retired tool key stays published
 */
@ConfigurationProperties("sendready.lti")
public record LtiProperties(
        @DefaultValue("lti-config/platforms") Path platformsDir,
        @DefaultValue("10m") Duration loginTtl,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue("1m") Duration keyRefetchInterval,
        @DefaultValue("1048576") int keySetMaxBytes,
        @DefaultValue("90d") Duration keyRotationPeriod,
        @DefaultValue("2d") Duration keyGracePeriod) {
}
