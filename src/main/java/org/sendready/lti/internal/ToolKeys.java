package org.sendready.lti.internal;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tool's RSA-2048 signing keys, persisted so every instance signs with the same key and a restart changes nothing.
 * Rotation publishes the next key a whole rotation period before it signs, and keeps a retired key published for a
 * grace period, so platforms that cache the JWKS never meet a signature they cannot check.
 */
@Component
class ToolKeys {

    private static final Logger log = LoggerFactory.getLogger(ToolKeys.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LtiProperties properties;

    ToolKeys(JdbcClient jdbc, Clock clock, LtiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** The private key that signs now (tool JWTs: deep-linking responses, service client assertions). */
    RSAKey signingKey() {
        State state = state();
        return load(state.currentKid()).orElseThrow();
    }

    /** Public parts of every key a platform may meet: the current one, the next one and retired ones in grace. */
    JWKSet published() {
        State state = state();
        List<JWK> keys = new ArrayList<>();
        load(state.currentKid()).ifPresent(k -> keys.add(k.toPublicJWK()));
        load(state.nextKid()).ifPresent(k -> keys.add(k.toPublicJWK()));
        jdbc.sql("SELECT kid FROM tool_key WHERE publish_until IS NOT NULL AND publish_until > ? ORDER BY created_at")
                .param(Timestamp.from(clock.instant()))
                .query(String.class).list()
                .forEach(kid -> load(kid).ifPresent(k -> keys.add(k.toPublicJWK())));
        return new JWKSet(keys);
    }

    /**
     * Makes the next key the signing key, retires the current one into its grace period and publishes a new next
     * key. Optimistic: when two instances rotate at once, one wins and the other's attempt changes nothing.
     */
    boolean rotate() {
        State state = state();
        Instant now = clock.instant();
        RSAKey upcoming = generate();
        insert(upcoming, now);
        int changed = jdbc.sql("""
                UPDATE tool_key_state SET current_kid = ?, next_kid = ?, rotated_at = ?
                WHERE id = 1 AND current_kid = ? AND next_kid = ?""")
                .params(state.nextKid(), upcoming.getKeyID(), Timestamp.from(now), state.currentKid(),
                        state.nextKid())
                .update();
        if (changed == 0) {
            jdbc.sql("DELETE FROM tool_key WHERE kid = ?").param(upcoming.getKeyID()).update();
            return false;
        }
        jdbc.sql("UPDATE tool_key SET publish_until = ? WHERE kid = ?")
                .params(Timestamp.from(now.plus(properties.keyGracePeriod())), state.currentKid()).update();
        log.info("tool key rotated: {} now signs, {} published next, {} retired", state.nextKid(),
                upcoming.getKeyID(), state.currentKid());
        return true;
    }

    /** Rotates when the signing key has served its period; cheap to run often on every instance. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void rotateWhenDue() {
        State state = state();
        Duration served = Duration.between(state.rotatedAt(), clock.instant());
        if (served.compareTo(properties.keyRotationPeriod()) >= 0) {
            rotate();
        }
        jdbc.sql("DELETE FROM tool_key WHERE publish_until IS NOT NULL AND publish_until < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(30)))).update();
    }

    State state() {
        Optional<State> state = readState();
        if (state.isPresent()) {
            return state.get();
        }
        initialise();
        return readState().orElseThrow();
    }

    private Optional<State> readState() {
        return jdbc.sql("SELECT current_kid, next_kid, rotated_at FROM tool_key_state WHERE id = 1")
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** First start: two keys, one signing and one published ahead. Several instances may race; one wins. */
    private void initialise() {
        Instant now = clock.instant();
        RSAKey current = generate();
        RSAKey next = generate();
        insert(current, now);
        insert(next, now);
        try {
            jdbc.sql("INSERT INTO tool_key_state (id, current_kid, next_kid, rotated_at) VALUES (1, ?, ?, ?)")
                    .params(current.getKeyID(), next.getKeyID(), Timestamp.from(now)).update();
            log.info("tool keys created: {} signs, {} published next", current.getKeyID(), next.getKeyID());
        } catch (DuplicateKeyException raced) {
            jdbc.sql("DELETE FROM tool_key WHERE kid IN (?, ?)").params(current.getKeyID(), next.getKeyID()).update();
        }
    }

    private void insert(RSAKey key, Instant now) {
        jdbc.sql("INSERT INTO tool_key (kid, private_jwk, created_at) VALUES (?, ?, ?)")
                .params(key.getKeyID(), key.toJSONString(), Timestamp.from(now)).update();
    }

    private Optional<RSAKey> load(String kid) {
        return jdbc.sql("SELECT private_jwk FROM tool_key WHERE kid = ?").param(kid).query(String.class).optional()
                .map(ToolKeys::parse);
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored tool key is unreadable", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    record State(String currentKid, String nextKid, Instant rotatedAt) {
    }
}
