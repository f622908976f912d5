package org.sendready.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sendready.lti.LaunchContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who belongs where, from launches. The organisation comes from the custom parameters {@code la_code},
 * {@code school_urn} and {@code org_type} (and optionally {@code org_name}); else from the administrator's mapping of
 * the deployment; else from the LMS course (or, without one, the deployment) the person launched from. The staff role
 * comes from {@code staff_role} unless a leader has set it; the start date from {@code staff_started_on} when the
 * person is first seen, else that day.
 */
@Component
class LaunchMemberships {

    static final String LA_CODE = "la_code";
    static final String SCHOOL_URN = "school_urn";
    static final String ORG_TYPE = "org_type";
    static final String ORG_NAME = "org_name";
    static final String STAFF_ROLE = "staff_role";
    /** Optional ISO date a person started in post; read only when the person is first seen, never in the future. */
    static final String STAFF_STARTED_ON = "staff_started_on";

    private static final Pattern LA_CODE_FORMAT = Pattern.compile("[0-9A-Za-z]{1,10}");
    private static final Pattern URN_FORMAT = Pattern.compile("[0-9]{5,8}");

    private final Organisations organisations;
    private final Staff staff;
    private final ComplianceCalendar calendar;
    private final TransactionTemplate transactions;

    LaunchMemberships(Organisations organisations, Staff staff, ComplianceCalendar calendar,
                TransactionTemplate transactions) {
        this.organisations = organisations;
        this.staff = staff;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** Records the launch's organisation and person (once per launch) and returns the person as now stored. */
    Person record(LaunchContext launch) {
        long tenantId = launch.tenant().id();
        if (!staff.recorded(tenantId, launch.userId(), launch.launchId())) {
            transactions.executeWithoutResult(tx -> {
                Organisation org = organisationOf(launch, calendar.now());
                StaffRole role = StaffRole.fromCode(launch.custom().get(STAFF_ROLE)).orElse(null);
                staff.recordLaunch(tenantId, launch.userId(), org.id(), clip(launch.name(), 500),
                        clip(launch.email(), 320), role, launch.isStaffView(), launch.launchId(),
                        startedOn(launch.custom().get(STAFF_STARTED_ON)), calendar.now());
            });
        }
        return staff.find(tenantId, launch.userId()).orElseThrow();
    }

    private Organisation organisationOf(LaunchContext launch, Instant now) {
        long tenantId = launch.tenant().id();
        String laCode = valid(launch.custom().get(LA_CODE), LA_CODE_FORMAT);
        String urn = valid(launch.custom().get(SCHOOL_URN), URN_FORMAT);
        Optional<Organisation.Kind> type = Organisation.Kind.fromOrgType(launch.custom().get(ORG_TYPE));
        String name = clip(blankToNull(launch.custom().get(ORG_NAME)), 500);
        if (laCode == null && urn == null) {
            Optional<Organisations.DeploymentMapping> mapping = organisations.mapping(tenantId);
            if (mapping.isPresent()) {
                laCode = mapping.get().laCode();
                urn = mapping.get().urn();
                type = Optional.of(mapping.get().kind());
                name = mapping.get().name();
            }
        }
        if (laCode == null && urn == null) {
            if (launch.contextId() != null) {
                String title = launch.contextTitle() != null ? launch.contextTitle() : "LMS course " + launch.contextId();
                return organisations.upsert(tenantId, "ctx:" + launch.contextId(), Organisation.Kind.LMS,
                        clip(title, 500), null, null, null, false, now);
            }
            return organisations.upsert(tenantId, "deployment", Organisation.Kind.LMS,
                    clip(launch.tenant().platformName() + " (deployment " + launch.tenant().deploymentId() + ")", 500),
                    null, null, null, false, now);
        }
        Organisation la = null;
        if (laCode != null) {
            boolean laItself = urn == null;
            la = organisations.upsert(tenantId, "la:" + laCode, Organisation.Kind.LA,
                    laItself && name != null ? name : "Local authority " + laCode, laCode, null, null,
                    !laItself || name == null, now);
            if (laItself) {
                return la;
            }
        }
        Organisation.Kind kind = type.filter(k -> k != Organisation.Kind.LA && k != Organisation.Kind.LMS)
                .orElse(Organisation.Kind.SCHOOL);
        return organisations.upsert(tenantId, "urn:" + urn, kind, name != null ? name : kind.label() + " URN " + urn,
                laCode, urn, la == null ? null : la.id(), name == null, now);
    }

    private LocalDate startedOn(String text) {
        LocalDate today = calendar.today();
        if (text != null) {
            try {
                LocalDate date = LocalDate.parse(text.trim());
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // not a date: the day the person is first seen stands
            }
        }
        return today;
    }

    private static String valid(String value, Pattern format) {
        return value != null && format.matcher(value.trim()).matches() ? value.trim() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
