package org.sendready.compliance.internal;

import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see what. A learner sees themselves; a leader (instructor or administrator) sees their own organisation;
 * a leader whose organisation is a local authority sees that LA's schools and settings. Every look-up is made within
 * the session's tenant, and anything outside what the viewer may see is "not found", so a guessed id tells nothing.
 */
@Component
class ComplianceAccess {

    private final LaunchMemberships memberships;
    private final Organisations organisations;
    private final Staff staff;

    ComplianceAccess(LaunchMemberships memberships, Organisations organisations, Staff staff) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.staff = staff;
    }

    /** The signed-in person and their organisation. */
    record Viewer(LaunchContext launch, Person person, Organisation organisation) {
        long tenantId() {
            return launch.tenant().id();
        }
    }

    Viewer self(LaunchContext launch) {
        Person person = memberships.record(launch);
        Organisation org = organisations.find(launch.tenant().id(), person.orgId()).orElseThrow();
        return new Viewer(launch, person, org);
    }

    /** A leader of a school, setting or LMS course (an LA team uses {@link #laTeam}). */
    Viewer leader(LaunchContext launch) {
        Viewer viewer = self(launch);
        if (!launch.isStaffView()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return viewer;
    }

    Viewer laTeam(LaunchContext launch) {
        Viewer viewer = leader(launch);
        if (!viewer.organisation().isLocalAuthority()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return viewer;
    }

    /** A school or setting of the viewer's LA, or the LA itself. */
    Organisation schoolOfLa(Viewer laTeam, long orgId) {
        Organisation la = laTeam.organisation();
        return organisations.find(laTeam.tenantId(), orgId)
                .filter(org -> org.id() == la.id() || Long.valueOf(la.id()).equals(org.parentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A member of the leader's own organisation. */
    Person staffMember(Viewer leader, long userId) {
        return staff.find(leader.tenantId(), userId)
                .filter(p -> p.orgId() == leader.organisation().id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
