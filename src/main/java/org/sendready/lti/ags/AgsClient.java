package org.sendready.lti.ags;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendready.lti.internal.ServiceCalls;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Line items and scores through a platform's Assignment and Grade Services. */
@Service
public class AgsClient {

    static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String TAG = "sendready";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private final ServiceCalls calls;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Launch rows never change, so their endpoints are cached (bounded, safe to lose). */
    private final Map<String, Optional<AgsEndpoint>> endpoints = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<AgsEndpoint>> eldest) {
                    return size() > 10_000;
                }
            });

    AgsClient(ServiceCalls calls, JdbcClient jdbc) {
        this.calls = calls;
        this.jdbc = jdbc;
    }

    /** The AGS endpoint a launch carried, if the platform offered one. */
    public Optional<AgsEndpoint> endpoint(String launchId) {
        Optional<AgsEndpoint> cached = endpoints.get(launchId);
        if (cached != null) {
            return cached;
        }
        Optional<AgsEndpoint> loaded = load(launchId);
        endpoints.put(launchId, loaded);
        return loaded;
    }

    private Optional<AgsEndpoint> load(String launchId) {
        return jdbc.sql("""
                SELECT t.platform_id, l.tenant_id, l.ags_json, r.resource_link_id, l.resource_link_ref, u.subject
                FROM lti_launch l JOIN tenant t ON t.id = l.tenant_id JOIN lti_user u ON u.id = l.user_ref
                LEFT JOIN resource_link r ON r.id = l.resource_link_ref
                WHERE l.id = ?""")
                .param(launchId)
                .query((rs, n) -> {
                    String ags = rs.getString(3);
                    if (ags == null) {
                        return null;
                    }
                    JsonNode claim = json.readTree(ags);
                    Set<String> scopes = new HashSet<>();
                    claim.path("scope").forEach(s -> scopes.add(s.asString()));
                    return new AgsEndpoint(rs.getLong(1), rs.getLong(2), launchId, text(claim, "lineitems"),
                            text(claim, "lineitem"), scopes, rs.getString(4), (Long) rs.getObject(5),
                            rs.getString(6));
                })
                .optional();
    }

    /**
     * The line item scores for this course go to: the launch's own line item when the platform gave one; otherwise
     * the one found (or created) in the context for (placement, course), remembered for next time.
     */
    public String lineItemFor(AgsEndpoint endpoint, String courseId, String label) {
        if (endpoint.lineItem() != null) {
            return endpoint.lineItem();
        }
        if (endpoint.lineItems() == null || endpoint.resourceLinkRef() == null) {
            throw new PlatformCallFailed(0, true, null, "the launch offered no line item and no line items service");
        }
        Optional<String> known = jdbc.sql("""
                SELECT url FROM line_item WHERE tenant_id = ? AND resource_link_ref = ? AND course_id = ?""")
                .params(endpoint.tenantId(), endpoint.resourceLinkRef(), courseId).query(String.class).optional();
        if (known.isPresent() && !known.get().isEmpty()) {
            return known.get();
        }
        if (known.isPresent()) {
            // another delivery is finding or creating it: usually done within a moment
            Optional<String> created = awaitCreated(endpoint, courseId);
            if (created.isPresent()) {
                return created.get();
            }
            // a claim older than a minute was abandoned
            int released = jdbc.sql("""
                    DELETE FROM line_item WHERE tenant_id = ? AND resource_link_ref = ? AND course_id = ? AND url = ''
                    AND claimed_at < ?""")
                    .params(endpoint.tenantId(), endpoint.resourceLinkRef(), courseId,
                            java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).update();
            if (released == 0) {
                throw new PlatformCallFailed(0, false, java.time.Duration.ofSeconds(2), "line item being created");
            }
        }
        try {
            jdbc.sql("INSERT INTO line_item (tenant_id, resource_link_ref, course_id, url, claimed_at) VALUES (?, ?, ?, '', ?)")
                    .params(endpoint.tenantId(), endpoint.resourceLinkRef(), courseId,
                            java.sql.Timestamp.from(java.time.Instant.now())).update();
        } catch (DuplicateKeyException raced) {
            return awaitCreated(endpoint, courseId).orElseThrow(() ->
                    new PlatformCallFailed(0, false, java.time.Duration.ofSeconds(2), "line item being created"));
        }
        String url;
        try {
            url = find(endpoint, courseId).orElseGet(() -> create(endpoint, courseId, label));
        } catch (RuntimeException e) {
            jdbc.sql("DELETE FROM line_item WHERE tenant_id = ? AND resource_link_ref = ? AND course_id = ? AND url = ''")
                    .params(endpoint.tenantId(), endpoint.resourceLinkRef(), courseId).update();
            throw e;
        }
        jdbc.sql("UPDATE line_item SET url = ? WHERE tenant_id = ? AND resource_link_ref = ? AND course_id = ?")
                .params(url, endpoint.tenantId(), endpoint.resourceLinkRef(), courseId).update();
        return url;
    }

    private Optional<String> awaitCreated(AgsEndpoint endpoint, String courseId) {
        for (int i = 0; i < 30; i++) {
            Optional<String> url = jdbc.sql("""
                    SELECT url FROM line_item WHERE tenant_id = ? AND resource_link_ref = ? AND course_id = ?""")
                    .params(endpoint.tenantId(), endpoint.resourceLinkRef(), courseId).query(String.class).optional()
                    .filter(u -> !u.isEmpty());
            if (url.isPresent()) {
                return url;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<String> find(AgsEndpoint endpoint, String courseId) {
        String url = UriComponentsBuilder.fromUriString(endpoint.lineItems())
                .queryParam("resource_link_id", endpoint.resourceLinkId())
                .queryParam("resource_id", courseId)
                .encode().build().toUriString();
        Set<String> scopes = endpoint.scopes().contains(AgsEndpoint.SCOPE_LINEITEM)
                ? Set.of(AgsEndpoint.SCOPE_LINEITEM) : Set.of(AgsEndpoint.SCOPE_LINEITEM_READONLY);
        JsonNode items = json.readTree(calls.call(endpoint.platformId(), scopes, HttpMethod.GET, url,
                LINEITEM_CONTAINER, null, null).body());
        for (JsonNode item : items) {
            if (courseId.equals(item.path("resourceId").asString(""))
                    && (item.path("resourceLinkId").isMissingNode()
                    || endpoint.resourceLinkId().equals(item.path("resourceLinkId").asString("")))) {
                return Optional.of(item.path("id").asString());
            }
        }
        return Optional.empty();
    }

    private String create(AgsEndpoint endpoint, String courseId, String label) {
        if (!endpoint.scopes().contains(AgsEndpoint.SCOPE_LINEITEM)) {
            throw new PlatformCallFailed(0, true, null, "no line item exists and the platform did not grant the scope to create one");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scoreMaximum", 100);
        body.put("label", label);
        body.put("resourceId", courseId);
        body.put("tag", TAG);
        body.put("resourceLinkId", endpoint.resourceLinkId());
        JsonNode created = json.readTree(calls.call(endpoint.platformId(), Set.of(AgsEndpoint.SCOPE_LINEITEM),
                HttpMethod.POST, endpoint.lineItems(), LINEITEM, LINEITEM, json.writeValueAsString(body)).body());
        String id = created.path("id").asString("");
        if (id.isEmpty()) {
            throw new PlatformCallFailed(200, false, null, "the platform created a line item but returned no id");
        }
        return id;
    }

    /** Posts a score to {@code lineItemUrl}/scores (inserting the path before any query string, as Moodle needs). */
    public void postScore(AgsEndpoint endpoint, String lineItemUrl, Score score) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", score.userId());
        if (score.scoreGiven() != null) {
            body.put("scoreGiven", score.scoreGiven());
            body.put("scoreMaximum", score.scoreMaximum());
        }
        if (score.comment() != null) {
            body.put("comment", score.comment());
        }
        body.put("timestamp", TIMESTAMP.format(score.timestamp()));
        body.put("activityProgress", score.activityProgress());
        body.put("gradingProgress", score.gradingProgress());
        calls.call(endpoint.platformId(), Set.of(AgsEndpoint.SCOPE_SCORE), HttpMethod.POST, scoresUrl(lineItemUrl),
                "application/json", SCORE, json.writeValueAsString(body));
    }

    static String scoresUrl(String lineItemUrl) {
        int query = lineItemUrl.indexOf('?');
        String path = query < 0 ? lineItemUrl : lineItemUrl.substring(0, query);
        String rest = query < 0 ? "" : lineItemUrl.substring(query);
        return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores" + rest;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }
}
