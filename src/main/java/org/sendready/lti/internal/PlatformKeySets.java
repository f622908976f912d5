package org.sendready.lti.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Platforms' public keys, cached by kid. The cache is memory only (safe to lose: it refills on the next launch) and a
 * launch with a known kid never fetches. An unknown kid refetches the platform's key set, at most once per
 * {@link LtiProperties#keyRefetchInterval()} per platform, so forged kids cannot turn SENDReady against the platform.
 */
@Component
class PlatformKeySets {

    private static final Logger log = LoggerFactory.getLogger(PlatformKeySets.class);
    /** After a failed fetch, wait this long before asking a struggling platform again. */
    static final java.time.Duration FAILURE_BACKOFF = java.time.Duration.ofSeconds(5);

    private final RestClient http;
    private final Clock clock;
    private final LtiProperties properties;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    PlatformKeySets(RestClient platformHttpClient, Clock clock, LtiProperties properties) {
        this.http = platformHttpClient;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The platform's RSA signing key with this kid ({@code null} kid: the set's only RSA key), refetching the set
     * once when it is not known and the rate limit allows.
     *
     * @throws LaunchRejected KEY_SET_UNAVAILABLE when a needed fetch fails
     */
    Optional<RSAKey> find(Platform platform, String kid) {
        Cached cached = cache.get(platform.id());
        Optional<RSAKey> key = cached == null ? Optional.empty() : select(cached.keys(), kid, cached.jwksUri(),
                platform.jwksUri());
        if (key.isPresent()) {
            return key;
        }
        Cached refreshed = refreshIfAllowed(platform);
        return refreshed == null ? Optional.empty() : select(refreshed.keys(), kid, refreshed.jwksUri(),
                platform.jwksUri());
    }

    /** One fetch at a time per platform; a caller that waited finds the set its predecessor fetched. */
    private Cached refreshIfAllowed(Platform platform) {
        Instant now = clock.instant();
        Cached before = cache.get(platform.id());
        synchronized (lockFor(platform.id())) {
            Cached current = cache.get(platform.id());
            if (current != before) {
                return current;
            }
            if (current != null && current.jwksUri().equals(platform.jwksUri())) {
                java.time.Duration interval = current.failed() ? FAILURE_BACKOFF : properties.keyRefetchInterval();
                if (current.fetchedAt().plus(interval).isAfter(now)) {
                    if (current.failed()) {
                        throw new LaunchRejected(LaunchRejected.Reason.KEY_SET_UNAVAILABLE, platform.issuer(),
                                platform.clientId());
                    }
                    return null;
                }
            }
            JWKSet keys;
            try {
                keys = fetch(platform.jwksUri());
            } catch (KeySetUnavailable e) {
                // remember the failed attempt too: a platform that is down is not hammered by every launch
                cache.put(platform.id(), new Cached(current == null ? new JWKSet() : current.keys(),
                        platform.jwksUri(), now, true));
                log.warn("platform key set unavailable platform={} reason={}", platform.id(), e.getMessage());
                throw new LaunchRejected(LaunchRejected.Reason.KEY_SET_UNAVAILABLE, platform.issuer(),
                        platform.clientId());
            }
            Cached fresh = new Cached(keys, platform.jwksUri(), now, false);
            cache.put(platform.id(), fresh);
            log.info("platform key set fetched platform={} keys={}", platform.id(), keys.getKeys().size());
            return fresh;
        }
    }

    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(long platformId) {
        return locks.computeIfAbsent(platformId, id -> new Object());
    }

    private JWKSet fetch(String jwksUri) {
        try {
            byte[] body = http.get().uri(jwksUri).accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new KeySetUnavailable("HTTP " + response.getStatusCode().value());
                        }
                        return readLimited(response.getBody(), properties.keySetMaxBytes());
                    });
            return JWKSet.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new KeySetUnavailable("not a JWK set");
        } catch (RestClientException e) {
            throw new KeySetUnavailable(e.getClass().getSimpleName());
        }
    }

    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new KeySetUnavailable("larger than " + limit + " bytes");
        }
        return bytes;
    }

    private static Optional<RSAKey> select(JWKSet keys, String kid, String cachedUri, String currentUri) {
        if (!cachedUri.equals(currentUri)) {
            return Optional.empty();
        }
        if (kid == null) {
            var rsa = keys.getKeys().stream().filter(k -> k instanceof RSAKey && usableForSignatures(k)).toList();
            return rsa.size() == 1 ? Optional.of((RSAKey) rsa.get(0)) : Optional.empty();
        }
        JWK key = keys.getKeyByKeyId(kid);
        if (key instanceof RSAKey rsa && usableForSignatures(rsa)) {
            return Optional.of(rsa);
        }
        return Optional.empty();
    }

    private static boolean usableForSignatures(JWK key) {
        return key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
    }

    private record Cached(JWKSet keys, String jwksUri, Instant fetchedAt, boolean failed) {
    }

    private static final class KeySetUnavailable extends RuntimeException {
        KeySetUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
