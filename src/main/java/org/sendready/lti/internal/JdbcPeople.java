package org.sendready.lti.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.sendready.lti.People;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcPeople implements People {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPeople(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long ensure(long tenantId, String subject, String name, String email) {
        Optional<Long> known = find(tenantId, subject);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            jdbc.sql("INSERT INTO lti_user (tenant_id, subject, name, email, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(tenantId, clip(subject, 255), clip(name, 500), clip(email, 320),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            // created by a launch or another import at the same moment
        }
        return find(tenantId, subject).orElseThrow();
    }

    private Optional<Long> find(long tenantId, String subject) {
        return jdbc.sql("SELECT id FROM lti_user WHERE tenant_id = ? AND subject = ?").params(tenantId, subject)
                .query(Long.class).optional();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
