package org.sendready.compliance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff members and SENCO qualification records. Every read names the tenant. */
@Repository
class Staff {

    private static final String COLUMNS =
            "tenant_id, user_id, org_id, name, email, staff_role, role_source, is_leader, started_on";

    private final JdbcClient jdbc;

    Staff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(long tenantId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_person WHERE tenant_id = ? AND user_id = ?")
                .params(tenantId, userId).query(Staff::map).optional();
    }

    List<Person> inOrganisation(long tenantId, long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_person WHERE tenant_id = ? AND org_id = ? "
                        + "ORDER BY name, user_id")
                .params(tenantId, orgId).query(Staff::map).list();
    }

    /** Whether this launch was already recorded for the person (a page view, not a new launch). */
    boolean recorded(long tenantId, long userId, String launchId) {
        return jdbc.sql("SELECT COUNT(*) FROM compliance_person WHERE tenant_id = ? AND user_id = ? AND last_launch_id = ?")
                .params(tenantId, userId, launchId).query(Integer.class).single() > 0;
    }

    /**
     * Creates the person or brings them up to date with their latest launch. A role a leader set is kept; a role the
     * launch does not send leaves the stored one alone.
     */
    /**
     * Adds a person known only from the LMS roster to an organisation, so leaders see who has not started; does
     * nothing for someone already recorded (their launches say where they belong).
     */
    void recordRosterMember(long tenantId, long userId, long orgId, String name, String email, LocalDate today,
                            Instant now) {
        if (find(tenantId, userId).isPresent()) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO compliance_person (tenant_id, user_id, org_id, name, email, staff_role, role_source,
                                                   is_leader, started_on, last_launch_id, last_seen_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, NULL, ?)""")
                    .params(tenantId, userId, orgId, name, email, StaffRole.OTHER_STAFF.name(),
                            Person.RoleSource.DEFAULT.name(), Date.valueOf(today), Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException raced) {
            // recorded by a launch at the same moment: that record stands
        }
    }

    void recordLaunch(long tenantId, long userId, long orgId, String name, String email, StaffRole sentRole,
                      boolean leader, String launchId, LocalDate startedOn, Instant now) {
        Optional<Person> existing = find(tenantId, userId);
        if (existing.isEmpty()) {
            try {
                jdbc.sql("""
                        INSERT INTO compliance_person (tenant_id, user_id, org_id, name, email, staff_role, role_source,
                                                       is_leader, started_on, last_launch_id, last_seen_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(tenantId, userId, orgId, name, email,
                                (sentRole == null ? StaffRole.OTHER_STAFF : sentRole).name(),
                                (sentRole == null ? Person.RoleSource.DEFAULT : Person.RoleSource.LAUNCH).name(),
                                leader, Date.valueOf(startedOn), launchId, Timestamp.from(now))
                        .update();
                return;
            } catch (DuplicateKeyException raced) {
                // recorded by a concurrent request; update it below
            }
        }
        Person person = find(tenantId, userId).orElseThrow();
        StaffRole role = person.role();
        Person.RoleSource source = person.roleSource();
        if (sentRole != null && source != Person.RoleSource.LEADER) {
            role = sentRole;
            source = Person.RoleSource.LAUNCH;
        }
        jdbc.sql("""
                UPDATE compliance_person SET org_id = ?, name = COALESCE(?, name), email = COALESCE(?, email),
                       staff_role = ?, role_source = ?, is_leader = ?, last_launch_id = ?, last_seen_at = ?
                WHERE tenant_id = ? AND user_id = ?""")
                .params(orgId, name, email, role.name(), source.name(), leader, launchId, Timestamp.from(now),
                        tenantId, userId)
                .update();
    }

    void setRole(long tenantId, long userId, StaffRole role) {
        jdbc.sql("UPDATE compliance_person SET staff_role = ?, role_source = 'LEADER' WHERE tenant_id = ? AND user_id = ?")
                .params(role.name(), tenantId, userId).update();
    }

    void setStartedOn(long tenantId, long userId, LocalDate startedOn) {
        jdbc.sql("UPDATE compliance_person SET started_on = ? WHERE tenant_id = ? AND user_id = ?")
                .params(Date.valueOf(startedOn), tenantId, userId).update();
    }

    Optional<SencoQualification> qualification(long tenantId, long userId) {
        return jdbc.sql("""
                SELECT appointed_on, qualification, started_on, completed_on FROM compliance_senco_qualification
                WHERE tenant_id = ? AND user_id = ?""")
                .params(tenantId, userId).query(Staff::mapQualification).optional();
    }

    Map<Long, SencoQualification> qualifications(long tenantId, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT user_id, appointed_on, qualification, started_on, completed_on FROM compliance_senco_qualification
                WHERE tenant_id = :tenant AND user_id IN (:users)""")
                .param("tenant", tenantId).param("users", userIds)
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), mapQualification(rs, n))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveQualification(long tenantId, long userId, SencoQualification q, long updatedBy, Instant now) {
        int updated = jdbc.sql("""
                UPDATE compliance_senco_qualification SET appointed_on = ?, qualification = ?, started_on = ?,
                       completed_on = ?, updated_at = ?, updated_by = ? WHERE tenant_id = ? AND user_id = ?""")
                .params(Date.valueOf(q.appointedOn()), q.qualification().name(), date(q.startedOn()),
                        date(q.completedOn()), Timestamp.from(now), updatedBy, tenantId, userId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO compliance_senco_qualification (tenant_id, user_id, appointed_on, qualification,
                                                                started_on, completed_on, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, userId, Date.valueOf(q.appointedOn()), q.qualification().name(),
                            date(q.startedOn()), date(q.completedOn()), Timestamp.from(now), updatedBy).update();
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getLong("org_id"), rs.getString("name"),
                rs.getString("email"), StaffRole.valueOf(rs.getString("staff_role")),
                Person.RoleSource.valueOf(rs.getString("role_source")), rs.getBoolean("is_leader"),
                rs.getDate("started_on").toLocalDate());
    }

    private static SencoQualification mapQualification(ResultSet rs, int row) throws SQLException {
        Date started = rs.getDate("started_on");
        Date completed = rs.getDate("completed_on");
        return new SencoQualification(rs.getDate("appointed_on").toLocalDate(),
                SencoQualification.Kind.valueOf(rs.getString("qualification")),
                started == null ? null : started.toLocalDate(), completed == null ? null : completed.toLocalDate());
    }
}
