package org.sendready.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and the administrators' deployment mappings. Every read is scoped to one tenant. */
@Repository
class Organisations {

    private static final String COLUMNS = "id, tenant_id, org_key, kind, name, la_code, urn, parent_id";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> find(long tenantId, long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_org WHERE tenant_id = ? AND id = ?")
                .params(tenantId, orgId).query(Organisations::map).optional();
    }

    Optional<Organisation> findByKey(long tenantId, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_org WHERE tenant_id = ? AND org_key = ?")
                .params(tenantId, key).query(Organisations::map).optional();
    }

    /** The schools and settings an LA oversees, by name. */
    List<Organisation> children(long tenantId, long laId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_org WHERE tenant_id = ? AND parent_id = ? ORDER BY name, id")
                .params(tenantId, laId).query(Organisations::map).list();
    }

    List<Organisation> localAuthorities() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_org WHERE kind = 'LA' ORDER BY tenant_id, la_code")
                .query(Organisations::map).list();
    }

    /**
     * The organisation with this key, created if new; its name, kind and parent follow what the latest launch said.
     * Two first launches racing each other meet at the unique key.
     */
    Organisation upsert(long tenantId, String key, Organisation.Kind kind, String name, String laCode, String urn,
                        Long parentId, boolean nameIsGeneric, Instant now) {
        Optional<Organisation> existing = findByKey(tenantId, key);
        if (existing.isEmpty()) {
            try {
                jdbc.sql("""
                        INSERT INTO compliance_org (tenant_id, org_key, kind, name, la_code, urn, parent_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(tenantId, key, kind.name(), name, laCode, urn, parentId, Timestamp.from(now)).update();
            } catch (DuplicateKeyException raced) {
                // created by a concurrent launch; read it back
            }
            return findByKey(tenantId, key).orElseThrow();
        }
        Organisation org = existing.get();
        String newName = nameIsGeneric ? org.name() : name;
        Long newParent = parentId != null ? parentId : org.parentId();
        if (!org.name().equals(newName) || org.kind() != kind || !java.util.Objects.equals(org.parentId(), newParent)) {
            jdbc.sql("UPDATE compliance_org SET name = ?, kind = ?, parent_id = ? WHERE id = ?")
                    .params(newName, kind.name(), newParent, org.id()).update();
            return find(tenantId, org.id()).orElseThrow();
        }
        return org;
    }

    /** What an administrator said the deployment serves; used when a launch names no organisation. */
    record DeploymentMapping(String laCode, String urn, Organisation.Kind kind, String name) {
    }

    Optional<DeploymentMapping> mapping(long tenantId) {
        return jdbc.sql("SELECT la_code, urn, org_type, name FROM compliance_deployment_org WHERE tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> new DeploymentMapping(rs.getString(1), rs.getString(2),
                        Organisation.Kind.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    void saveMapping(long tenantId, DeploymentMapping mapping, long userId, Instant now) {
        int updated = jdbc.sql("""
                UPDATE compliance_deployment_org SET la_code = ?, urn = ?, org_type = ?, name = ?, updated_at = ?,
                       updated_by = ? WHERE tenant_id = ?""")
                .params(mapping.laCode(), mapping.urn(), mapping.kind().name(), mapping.name(), Timestamp.from(now),
                        userId, tenantId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO compliance_deployment_org (tenant_id, la_code, urn, org_type, name, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, mapping.laCode(), mapping.urn(), mapping.kind().name(), mapping.name(),
                            Timestamp.from(now), userId).update();
        }
    }

    void removeMapping(long tenantId) {
        jdbc.sql("DELETE FROM compliance_deployment_org WHERE tenant_id = ?").param(tenantId).update();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Organisation(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("org_key"),
                Organisation.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("la_code"),
                rs.getString("urn"), rs.wasNull() ? null : parent);
    }
}
