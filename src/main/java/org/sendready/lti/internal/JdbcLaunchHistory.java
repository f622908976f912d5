package org.sendready.lti.internal;

import org.sendready.lti.LaunchContext;
import org.sendready.lti.LaunchHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcLaunchHistory implements LaunchHistory {

    private final JdbcClient jdbc;

    JdbcLaunchHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String launchFor(LaunchContext session, String courseId) {
        return jdbc.sql("""
                SELECT id FROM lti_launch WHERE tenant_id = ? AND user_ref = ? AND course_id = ?
                ORDER BY launched_at DESC""")
                .params(session.tenant().id(), session.userId(), courseId)
                .query(String.class).list().stream().findFirst().orElse(session.launchId());
    }

    @Override
    public Long resourceLinkOf(String launchId) {
        return jdbc.sql("SELECT resource_link_ref FROM lti_launch WHERE id = ?").param(launchId)
                .query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
    }

    @Override
    public Long contextOf(String launchId) {
        return jdbc.sql("SELECT context_ref FROM lti_launch WHERE id = ?").param(launchId)
                .query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
    }
}
