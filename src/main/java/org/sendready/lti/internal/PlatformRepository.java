package org.sendready.lti.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendready.lti.PlatformRegistration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class PlatformRepository {

    private static final String SELECT = """
            SELECT id, name, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri FROM platform
            """;

    /** Registrations change rarely; launches read them constantly. Cached briefly, safe to lose. */
    static final java.time.Duration CACHE_TTL = java.time.Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final java.util.Map<Object, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    PlatformRepository(JdbcClient jdbc, Clock clock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
    }

    Optional<Platform> find(String issuer, String clientId) {
        return cached(issuer + "\n" + clientId, () -> jdbc.sql("SELECT id FROM platform WHERE issuer = ? AND client_id = ?")
                .params(issuer, clientId)
                .query(Long.class)
                .optional()
                .flatMap(this::load));
    }

    List<Long> idsForIssuer(String issuer) {
        return jdbc.sql("SELECT id FROM platform WHERE issuer = ?").param(issuer).query(Long.class).list();
    }

    Optional<Platform> find(long id) {
        return cached(id, () -> load(id));
    }

    private Optional<Platform> cached(Object key, java.util.function.Supplier<Optional<Platform>> loader) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.loadedAt().plus(CACHE_TTL).isAfter(now)) {
            return hit.platform();
        }
        Optional<Platform> loaded = loader.get();
        cache.put(key, new Cached(loaded, now));
        return loaded;
    }

    private record Cached(Optional<Platform> platform, Instant loadedAt) {
    }

    private Optional<Platform> load(long id) {
        Set<String> deployments = new HashSet<>(jdbc.sql(
                "SELECT deployment_id FROM platform_deployment WHERE platform_id = ?")
                .param(id).query(String.class).list());
        return jdbc.sql(SELECT + " WHERE id = ?").param(id)
                .query((rs, n) -> new Platform(rs.getLong("id"), rs.getString("name"), rs.getString("issuer"),
                        rs.getString("client_id"), rs.getString("authorization_endpoint"),
                        rs.getString("token_endpoint"), rs.getString("jwks_uri"), deployments))
                .optional();
    }

    /**
     * Creates or updates a registration; its deployments become exactly those given. Safe when instances race: the
     * insert runs on its own (a failed statement would abort a PostgreSQL transaction), the rest in one transaction.
     */
    long save(PlatformRegistration registration, String registeredFrom) {
        Timestamp now = Timestamp.from(clock.instant());
        if (idOf(registration).isEmpty()) {
            try {
                jdbc.sql("""
                        INSERT INTO platform (issuer, client_id, name, authorization_endpoint, token_endpoint, jwks_uri,
                                              registered_from, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(registration.issuer(), registration.clientId(), registration.name(),
                                registration.authorizationEndpoint(), registration.tokenEndpoint(),
                                registration.jwksUri(), registeredFrom, now, now)
                        .update();
            } catch (DuplicateKeyException raced) {
                // another instance registered it first; the update below makes both agree
            }
        }
        long id = idOf(registration).orElseThrow();
        cache.clear();
        transactions.executeWithoutResult(status -> {
            update(id, registration, registeredFrom, now);
            jdbc.sql("DELETE FROM platform_deployment WHERE platform_id = ?").param(id).update();
            for (String deploymentId : new LinkedHashSet<>(registration.deploymentIds())) {
                jdbc.sql("INSERT INTO platform_deployment (platform_id, deployment_id) VALUES (?, ?)")
                        .params(id, deploymentId).update();
            }
        });
        return id;
    }

    private Optional<Long> idOf(PlatformRegistration registration) {
        return jdbc.sql("SELECT id FROM platform WHERE issuer = ? AND client_id = ?")
                .params(registration.issuer(), registration.clientId()).query(Long.class).optional();
    }

    private void update(long id, PlatformRegistration registration, String registeredFrom, Timestamp now) {
        jdbc.sql("""
                UPDATE platform SET name = ?, authorization_endpoint = ?, token_endpoint = ?, jwks_uri = ?,
                                    registered_from = ?, updated_at = ?
                WHERE id = ?""")
                .params(registration.name(), registration.authorizationEndpoint(), registration.tokenEndpoint(),
                        registration.jwksUri(), registeredFrom, now, id)
                .update();
    }

    /** Every origin a registered platform's pages may frame SENDReady from. */
    List<String> frameSources() {
        return jdbc.sql("""
                SELECT issuer FROM platform
                UNION SELECT authorization_endpoint FROM platform
                UNION SELECT origin FROM platform_origin""").query(String.class).list();
    }

    /** Records an origin a platform launched from; returns true when it was new. */
    boolean learnOrigin(long platformId, String origin, Instant now) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM platform_origin WHERE platform_id = ? AND origin = ?")
                .params(platformId, origin).query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO platform_origin (platform_id, origin, first_seen) VALUES (?, ?, ?)")
                    .params(platformId, origin, Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
