package org.sendready.lti.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.sendready.core.SecureRandoms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server-side half of OIDC login: each login's state and nonce, stored so that any instance can complete the
 * launch, usable once and only until they expire.
 */
@Component
class LoginRequests {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandoms randoms;
    private final LtiProperties properties;

    LoginRequests(JdbcClient jdbc, Clock clock, SecureRandoms randoms, LtiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.randoms = randoms;
        this.properties = properties;
    }

    LoginRequest start(long platformId, String targetLinkUri) {
        Instant now = clock.instant();
        LoginRequest request = new LoginRequest(randoms.token(32), randoms.token(32), platformId, targetLinkUri, now,
                now.plus(properties.loginTtl()), false);
        jdbc.sql("""
                INSERT INTO lti_login_request (state, nonce, platform_id, target_link_uri, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(request.state(), request.nonce(), platformId, targetLinkUri, Timestamp.from(now),
                        Timestamp.from(request.expiresAt()))
                .update();
        return request;
    }

    /** The login for this state, if it exists and has not expired (used or not). */
    Optional<LoginRequest> find(String state) {
        return jdbc.sql("""
                SELECT state, nonce, platform_id, target_link_uri, created_at, expires_at, used_at
                FROM lti_login_request WHERE state = ? AND expires_at > ?""")
                .params(state, Timestamp.from(clock.instant()))
                .query((rs, n) -> new LoginRequest(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) != null))
                .optional();
    }

    /** Marks the login used; false when it already was (a replay, or a second tab posting the same token). */
    boolean consume(LoginRequest request) {
        return jdbc.sql("UPDATE lti_login_request SET used_at = ? WHERE state = ? AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(clock.instant()), request.state(), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** Expired rows carry nothing anyone needs; used ones are kept until expiry so replays are recognised. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("DELETE FROM lti_login_request WHERE expires_at < ?").param(Timestamp.from(clock.instant())).update();
    }

    record LoginRequest(String state, String nonce, long platformId, String targetLinkUri, Instant createdAt,
                        Instant expiresAt, boolean used) {
    }
}
