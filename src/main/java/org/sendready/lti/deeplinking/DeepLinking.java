package org.sendready.lti.deeplinking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.sendready.lti.LaunchContext;
import org.sendready.lti.internal.ToolSigning;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a deep-linking launch's settings and signs the response that returns the chosen items to the platform. */
@Service
public class DeepLinking {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final ToolSigning signing;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DeepLinking(JdbcClient jdbc, ToolSigning signing, Clock clock) {
        this.jdbc = jdbc;
        this.signing = signing;
        this.clock = clock;
    }

    /** The settings of this session's launch, when it was a deep-linking request. */
    public Optional<DeepLinkingRequest> request(LaunchContext launch) {
        return jdbc.sql("SELECT deep_linking_json FROM lti_launch WHERE id = ? AND tenant_id = ? AND message_type = 'LtiDeepLinkingRequest'")
                .params(launch.launchId(), launch.tenant().id()).query(String.class).optional()
                .map(json::readTree)
                .map(settings -> {
                    List<String> types = new ArrayList<>();
                    settings.path("accept_types").forEach(t -> types.add(t.asString()));
                    JsonNode multiple = settings.path("accept_multiple");
                    return new DeepLinkingRequest(settings.path("deep_link_return_url").asString(), types,
                            multiple.isMissingNode() || multiple.asBoolean(true), text(settings, "data"),
                            text(settings, "title"));
                });
    }

    /** The signed {@code LtiDeepLinkingResponse} JWT for these items, to be form-posted as {@code JWT}. */
    public String respond(LaunchContext launch, DeepLinkingRequest request, List<ContentItem> items) {
        Instant now = clock.instant();
        List<Map<String, Object>> contentItems = new ArrayList<>();
        for (ContentItem item : items) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("type", "ltiResourceLink");
            link.put("title", item.title());
            if (item.text() != null) {
                link.put("text", item.text());
            }
            link.put("url", item.url());
            if (!item.custom().isEmpty()) {
                link.put("custom", new LinkedHashMap<>(item.custom()));
            }
            if (item.lineItem() != null) {
                Map<String, Object> lineItem = new LinkedHashMap<>();
                lineItem.put("scoreMaximum", item.lineItem().scoreMaximum());
                lineItem.put("label", item.lineItem().label());
                lineItem.put("resourceId", item.lineItem().resourceId());
                lineItem.put("tag", item.lineItem().tag());
                link.put("lineItem", lineItem);
            }
            if (item.dueAt() != null) {
                link.put("submission", Map.of("endDateTime", ISO.format(item.dueAt())));
            }
            contentItems.add(link);
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(launch.tenant().clientId())
                .audience(launch.tenant().issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LTI + "deployment_id", launch.tenant().deploymentId())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", "1.3.0")
                .claim(DL + "content_items", contentItems);
        if (request.data() != null) {
            claims.claim(DL + "data", request.data());
        }
        RSAKey key = signing.key();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the deep-linking response", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
