package org.sendready.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** An LTI platform played by WireMock: it publishes a key set and signs id_tokens as Moodle or Canvas would. */
public final class TestPlatform {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final WireMockServer server;
    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private final RSAKey key;

    public TestPlatform(String issuer, String clientId, String deploymentId) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        this.key = newKey("platform-key-1");
        this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        publish(key);
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the published key set with these keys' public parts. */
    public void publish(RSAKey... keys) {
        List<com.nimbusds.jose.jwk.JWK> publicKeys = java.util.Arrays.stream(keys)
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList();
        server.stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(publicKeys).toString())));
    }

    public String registrationJson(String name) {
        return """
                {"name": "%s", "issuer": "%s", "client_id": "%s", "deployment_ids": ["%s"],
                 "authorization_endpoint": "%s/auth", "token_endpoint": "%s/token", "jwks_uri": "%s/jwks"}
                """.formatted(name, issuer, clientId, deploymentId, url(), url(), url());
    }

    /** Claims of a well-formed resource-link launch; tests change one thing to make a forgery. */
    public JWTClaimsSet.Builder claims(String nonce, String targetLinkUri) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .subject("user-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("name", "Jamie Teacher")
                .claim("email", "jamie@test-school.example")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", deploymentId)
                .claim(LTI + "target_link_uri", targetLinkUri)
                .claim(LTI + "resource_link", Map.of("id", "link-1", "title", "SEND law"))
                .claim(LTI + "roles", List.of(LEARNER))
                .claim(LTI + "context", Map.of("id", "course-7", "title", "Staff INSET"))
                .claim(LTI + "tool_platform", Map.of("url", "https://moodle.test-school.example/"));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key, key.getKeyID());
    }

    public static String sign(JWTClaimsSet claims, RSAKey signingKey, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public RSAKey key() {
        return key;
    }
}
