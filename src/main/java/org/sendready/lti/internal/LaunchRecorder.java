package org.sendready.lti.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import org.sendready.lti.AppRole;
import org.sendready.lti.LaunchContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records an accepted launch: the tenant, the person, the LMS course and the placement (each created once and kept
 * current), and the launch itself with the service endpoints later modules use. Called only after every check passed
 * and the login was consumed, so a refused launch stores nothing.
 */
@Component
class LaunchRecorder {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoleMapper roleMapper;
    private final org.sendready.core.ToolUrls urls;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    LaunchRecorder(JdbcClient jdbc, Clock clock, RoleMapper roleMapper, org.sendready.core.ToolUrls urls,
                   org.springframework.transaction.support.TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.roleMapper = roleMapper;
        this.urls = urls;
        this.transactions = transactions;
    }

    /**
     * Records the launch in one transaction. Two first launches of the same person racing on a unique key: the loser
     * runs again and finds the rows the winner made.
     */
    LaunchContext record(LaunchValidator.ValidatedLaunch launch) {
        try {
            return transactions.execute(tx -> recordOnce(launch));
        } catch (DuplicateKeyException raced) {
            return transactions.execute(tx -> recordOnce(launch));
        }
    }

    private LaunchContext recordOnce(LaunchValidator.ValidatedLaunch launch) {
        JWTClaimsSet claims = launch.claims();
        Platform platform = launch.platform();
        Instant now = clock.instant();
        String deploymentId = LaunchValidator.stringClaim(claims, LtiClaims.DEPLOYMENT_ID);
        long tenantId = tenant(platform.id(), deploymentId, now);

        String subject = claims.getSubject();
        String name = LaunchValidator.stringClaim(claims, "name");
        String givenName = LaunchValidator.stringClaim(claims, "given_name");
        String familyName = LaunchValidator.stringClaim(claims, "family_name");
        if (name == null && (givenName != null || familyName != null)) {
            name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        }
        String email = LaunchValidator.stringClaim(claims, "email");
        long userId = user(tenantId, subject, clip(name, 500), clip(givenName, 255), clip(familyName, 255),
                clip(email, 320), now);

        Map<String, Object> context = LaunchValidator.objectClaim(claims, LtiClaims.CONTEXT);
        String contextKey = LaunchValidator.stringValue(context.get("id"));
        Long contextId = null;
        String contextTitle = null;
        if (contextKey != null) {
            contextTitle = clip(LaunchValidator.stringValue(context.get("title")), 1000);
            contextId = context(tenantId, clip(contextKey, 255),
                    clip(LaunchValidator.stringValue(context.get("label")), 255), contextTitle);
        }
        Map<String, Object> link = LaunchValidator.objectClaim(claims, LtiClaims.RESOURCE_LINK);
        String linkKey = LaunchValidator.stringValue(link.get("id"));
        Long resourceLinkId = linkKey == null ? null
                : resourceLink(tenantId, clip(linkKey, 255), contextId,
                        clip(LaunchValidator.stringValue(link.get("title")), 1000));

        List<?> ltiRoles = (List<?>) claims.getClaim(LtiClaims.ROLES);
        Set<AppRole> roles = roleMapper.map(ltiRoles);
        Map<String, String> custom = custom(claims);
        String messageType = LaunchValidator.stringClaim(claims, LtiClaims.MESSAGE_TYPE);
        String launchId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO lti_launch (id, tenant_id, user_ref, context_ref, resource_link_ref, message_type, lti_roles,
                                        app_roles, target_link_uri, course_id, custom_json, ags_json, nrps_json,
                                        deep_linking_json, launched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(launchId, tenantId, userId, contextId, resourceLinkId, messageType,
                        clip(ltiRoles.stream().map(String::valueOf).collect(Collectors.joining(" ")), 4000),
                        roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        clip(LaunchValidator.stringClaim(claims, LtiClaims.TARGET_LINK_URI), 2000),
                        LaunchTarget.courseId(custom, LaunchValidator.stringClaim(claims, LtiClaims.TARGET_LINK_URI),
                                urls).orElse(null),
                        json(custom.isEmpty() ? null : custom, 8000),
                        json(LaunchValidator.objectClaim(claims, LtiClaims.AGS_ENDPOINT), 8000),
                        json(LaunchValidator.objectClaim(claims, LtiClaims.NRPS), 4000),
                        json(LaunchValidator.objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS), 8000),
                        Timestamp.from(now))
                .update();

        LaunchContext.Tenant tenant = new LaunchContext.Tenant(tenantId, platform.id(), platform.issuer(),
                platform.clientId(), deploymentId, platform.name());
        return new LaunchContext(launchId, tenant, userId, subject, name, email, contextId, contextTitle,
                resourceLinkId, roles, messageType, custom);
    }

    private long tenant(long platformId, String deploymentId, Instant now) {
        return findOrCreate(
                () -> jdbc.sql("SELECT id FROM tenant WHERE platform_id = ? AND deployment_id = ?")
                        .params(platformId, deploymentId).query(Long.class).optional(),
                () -> jdbc.sql("INSERT INTO tenant (platform_id, deployment_id, created_at) VALUES (?, ?, ?)")
                        .params(platformId, deploymentId, Timestamp.from(now)).update());
    }

    private long user(long tenantId, String subject, String name, String given, String family, String email,
                      Instant now) {
        long id = findOrCreate(
                () -> jdbc.sql("SELECT id FROM lti_user WHERE tenant_id = ? AND subject = ?")
                        .params(tenantId, subject).query(Long.class).optional(),
                () -> jdbc.sql("""
                        INSERT INTO lti_user (tenant_id, subject, name, given_name, family_name, email, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(tenantId, subject, name, given, family, email, Timestamp.from(now)).update());
        // keep the person's details current, writing only when the platform sent something new
        List<String> stored = jdbc.sql("SELECT name, given_name, family_name, email FROM lti_user WHERE id = ?")
                .param(id).query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).single();
        List<String> sent = java.util.Arrays.asList(name, given, family, email);
        List<String> merged = new java.util.ArrayList<>(stored);
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) != null) {
                merged.set(i, sent.get(i));
            }
        }
        if (!merged.equals(stored)) {
            jdbc.sql("UPDATE lti_user SET name = ?, given_name = ?, family_name = ?, email = ? WHERE id = ?")
                    .params(merged.get(0), merged.get(1), merged.get(2), merged.get(3), id).update();
        }
        return id;
    }

    private long context(long tenantId, String contextKey, String label, String title) {
        long id = findOrCreate(
                () -> jdbc.sql("SELECT id FROM lti_context WHERE tenant_id = ? AND context_id = ?")
                        .params(tenantId, contextKey).query(Long.class).optional(),
                () -> jdbc.sql("INSERT INTO lti_context (tenant_id, context_id, label, title) VALUES (?, ?, ?, ?)")
                        .params(tenantId, contextKey, label, title).update());
        if (title != null || label != null) {
            List<String> stored = jdbc.sql("SELECT label, title FROM lti_context WHERE id = ?").param(id)
                    .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2))).single();
            String newLabel = label != null ? label : stored.get(0);
            String newTitle = title != null ? title : stored.get(1);
            if (!java.util.Objects.equals(newLabel, stored.get(0)) || !java.util.Objects.equals(newTitle, stored.get(1))) {
                jdbc.sql("UPDATE lti_context SET label = ?, title = ? WHERE id = ?").params(newLabel, newTitle, id)
                        .update();
            }
        }
        return id;
    }

    private long resourceLink(long tenantId, String linkKey, Long contextId, String title) {
        long id = findOrCreate(
                () -> jdbc.sql("SELECT id FROM resource_link WHERE tenant_id = ? AND resource_link_id = ?")
                        .params(tenantId, linkKey).query(Long.class).optional(),
                () -> jdbc.sql("""
                        INSERT INTO resource_link (tenant_id, resource_link_id, context_ref, title) VALUES (?, ?, ?, ?)""")
                        .params(tenantId, linkKey, contextId, title).update());
        if (title != null) {
            jdbc.sql("UPDATE resource_link SET title = ? WHERE id = ? AND COALESCE(title, '') <> ?")
                    .params(title, id, title).update();
        }
        return id;
    }

    /** Select, else insert. A racing insert fails the whole transaction, which {@link #record} runs again. */
    private static long findOrCreate(java.util.function.Supplier<Optional<Long>> find, Runnable insert) {
        Optional<Long> found = find.get();
        if (found.isPresent()) {
            return found.get();
        }
        insert.run();
        return find.get().orElseThrow();
    }

    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, String> custom = new LinkedHashMap<>();
        LaunchValidator.objectClaim(claims, LtiClaims.CUSTOM).forEach((key, value) -> {
            if (key != null && key.length() <= 100 && value != null) {
                String text = value instanceof String s ? s : String.valueOf(value);
                if (text.length() <= 1000 && !text.startsWith("$")) {
                    custom.put(key, text); // unsubstituted variables such as $Canvas.user.id carry no value
                }
            }
        });
        return custom;
    }

    private static String json(Map<String, ?> value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String text = JSONObjectUtils.toJSONString(new LinkedHashMap<>(value));
        return text.length() > max ? null : text;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
