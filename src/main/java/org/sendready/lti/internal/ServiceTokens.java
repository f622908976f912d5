package org.sendready.lti.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.sendready.lti.ags.PlatformCallFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2 access tokens for platform services (client_credentials with a private_key_jwt client assertion signed by
 * the tool key). Cached per (platform, scope set) until shortly before expiry, one request in flight per key, so a
 * burst of scores costs one token request. The cache is memory only and safe to lose.
 */
@Component
public class ServiceTokens {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokens.class);
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Moodle refuses assertions issued "in the future" by its clock. */
    private static final Duration BACKDATE = Duration.ofSeconds(5);
    private static final Duration EARLY_REFRESH = Duration.ofSeconds(30);

    private final PlatformRepository platforms;
    private final ToolKeys keys;
    private final RestClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Key, Token> cache = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    ServiceTokens(PlatformRepository platforms, ToolKeys keys, RestClient platformHttpClient, Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.http = platformHttpClient;
        this.clock = clock;
    }

    /** A bearer token for these scopes on this platform, from the cache when it is still good. */
    public String token(long platformId, Set<String> scopes) {
        Key key = new Key(platformId, new TreeSet<>(scopes).toString());
        Token cached = cache.get(key);
        if (cached != null && cached.usableAt(clock.instant())) {
            return cached.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = cache.get(key);
            if (cached != null && cached.usableAt(clock.instant())) {
                return cached.value();
            }
            Token fresh = request(platformId, scopes);
            cache.put(key, fresh);
            return fresh.value();
        }
    }

    /** Drops a token the platform refused (401), so the next call asks for a new one. */
    public void invalidate(long platformId, Set<String> scopes, String token) {
        Key key = new Key(platformId, new TreeSet<>(scopes).toString());
        cache.computeIfPresent(key, (k, t) -> t.value().equals(token) ? null : t);
    }

    private Token request(long platformId, Set<String> scopes) {
        Platform platform = platforms.find(platformId)
                .orElseThrow(() -> new PlatformCallFailed(0, true, null, "platform registration not found"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_assertion_type", ASSERTION_TYPE);
        form.add("client_assertion", assertion(platform));
        form.add("scope", String.join(" ", new TreeSet<>(scopes)));
        Instant requestedAt = clock.instant();
        try {
            String body = http.post().uri(platform.tokenEndpoint())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .exchange((request, response) -> {
                        String text = new String(response.getBody().readNBytes(65_536));
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw PlatformResponses.failure(response.getStatusCode().value(),
                                    response.getHeaders(), "token endpoint: " + text, clock);
                        }
                        return text;
                    });
            JsonNode token = json.readTree(body);
            String value = token.path("access_token").asString("");
            if (value.isEmpty()) {
                throw new PlatformCallFailed(200, false, null, "token endpoint returned no access_token");
            }
            long expiresIn = token.path("expires_in").asLong(3600);
            log.info("service token issued platform={} scopes={} expires_in={}", platformId, scopes.size(), expiresIn);
            return new Token(value, requestedAt.plusSeconds(expiresIn).minus(EARLY_REFRESH));
        } catch (ResourceAccessException e) {
            throw new PlatformCallFailed(0, false, null, "token endpoint unreachable");
        } catch (tools.jackson.core.JacksonException e) {
            throw new PlatformCallFailed(200, false, null, "token endpoint answered with something other than JSON");
        }
    }

    /** The client assertion: iss = sub = client_id, aud = the token endpoint, short-lived, single-use jti. */
    String assertion(Platform platform) {
        Instant now = clock.instant().minus(BACKDATE);
        RSAKey key = keys.signingKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .subject(platform.clientId())
                .audience(platform.tokenEndpoint())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a client assertion", e);
        }
    }

    private record Key(long platformId, String scopes) {
    }

    private record Token(String value, Instant refreshAfter) {
        boolean usableAt(Instant now) {
            return now.isBefore(refreshAfter);
        }
    }
}
