package org.sendready.compliance.internal;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.lti.LaunchContext;
import org.sendready.lti.People;
import org.sendready.lti.ags.PlatformCallFailed;
import org.sendready.lti.nrps.Member;
import org.sendready.lti.nrps.Memberships;
import org.springframework.stereotype.Component;

/**
 * Brings the leader's LMS roster (NRPS) into their organisation, once per launch, so staff who have never opened
 * SENDReady appear on the dashboard as not started. A platform that does not answer leaves the dashboard as it was.
 */
@Component
class RosterImport {

    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);
    private static final String IMPORTED = RosterImport.class.getName() + ".launch";

    private final Memberships memberships;
    private final People people;
    private final Staff staff;
    private final ComplianceCalendar calendar;

    RosterImport(Memberships memberships, People people, Staff staff, ComplianceCalendar calendar) {
        this.memberships = memberships;
        this.people = people;
        this.staff = staff;
        this.calendar = calendar;
    }

    void importOnce(LaunchContext leader, Organisation organisation, HttpSession session) {
        if (session == null || leader.launchId().equals(session.getAttribute(IMPORTED))) {
            return;
        }
        session.setAttribute(IMPORTED, leader.launchId());
        Optional<List<Member>> roster;
        try {
            roster = memberships.forLaunch(leader.launchId());
        } catch (PlatformCallFailed e) {
            log.warn("roster import skipped reason=PLATFORM_UNAVAILABLE tenant={} status={}", leader.tenant().id(),
                    e.status());
            return;
        }
        if (roster.isEmpty()) {
            return;
        }
        long tenantId = leader.tenant().id();
        int added = 0;
        for (Member member : roster.get()) {
            if (member.userId() == null || member.userId().isBlank() || !"Active".equalsIgnoreCase(member.status())) {
                continue;
            }
            long userId = people.ensure(tenantId, member.userId(), member.name(), member.email());
            boolean known = staff.find(tenantId, userId).isPresent();
            staff.recordRosterMember(tenantId, userId, organisation.id(), member.name(), member.email(),
                    calendar.today(), calendar.now());
            added += known ? 0 : 1;
        }
        log.info("roster imported tenant={} org={} members={} new={}", tenantId, organisation.id(),
                roster.get().size(), added);
    }
}
