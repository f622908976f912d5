package org.sendready.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The tables every view and export is made from: staff × requirement, schools × completion, and open data. */
@Component
class ComplianceReports {

    private final Requirements requirements;
    private final Staff staff;
    private final TrainingRecords records;
    private final Organisations organisations;
    private final ComplianceCalendar calendar;
    private final ComplianceProperties properties;

    ComplianceReports(Requirements requirements, Staff staff, TrainingRecords records, Organisations organisations,
                      ComplianceCalendar calendar, ComplianceProperties properties) {
        this.requirements = requirements;
        this.staff = staff;
        this.records = records;
        this.organisations = organisations;
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * One person's standing: a cell per requirement column ({@code null} where it does not apply to their role).
     */
    record PersonRow(Person person, List<RequirementStatus> cells, SencoRules.Standing senco,
                     SencoQualification qualification) {

        public List<RequirementStatus> applicable() {
            return cells.stream().filter(java.util.Objects::nonNull).toList();
        }

        public boolean allComplete() {
            return applicable().stream().allMatch(RequirementStatus::complete);
        }

        public boolean has(TrainingStatus status) {
            return applicable().stream().anyMatch(c -> c.status() == status);
        }
    }

    /** The matrix for one organisation. */
    record OrganisationReport(Organisation organisation, LocalDate today, List<Requirement> requirements,
                              List<PersonRow> rows, Map<TrainingStatus, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long overduePeople() {
            return rows.stream().filter(r -> r.has(TrainingStatus.OVERDUE)).count();
        }

        public long expiredPeople() {
            return rows.stream().filter(r -> r.has(TrainingStatus.EXPIRED)).count();
        }

        /** Per requirement: complete / applicable. */
        public List<RequirementSummary> byRequirement() {
            List<RequirementSummary> summaries = new ArrayList<>();
            for (int i = 0; i < requirements.size(); i++) {
                int column = i;
                List<RequirementStatus> cells = rows.stream().map(r -> r.cells().get(column))
                        .filter(java.util.Objects::nonNull).toList();
                summaries.add(new RequirementSummary(requirements.get(i), cells.size(),
                        (int) cells.stream().filter(RequirementStatus::complete).count(),
                        (int) cells.stream().filter(c -> c.status() == TrainingStatus.OVERDUE).count()));
            }
            return summaries;
        }
    }

    record RequirementSummary(Requirement requirement, int applicable, int complete, int overdue) {
        public int percent() {
            return applicable == 0 ? 0 : Math.round(100f * complete / applicable);
        }
    }

    OrganisationReport organisation(Organisation org) {
        return organisation(org, calendar.today());
    }

    OrganisationReport organisation(Organisation org, LocalDate asOf) {
        List<Requirement> columns = requirements.forTenant(org.tenantId());
        List<Person> people = staff.inOrganisation(org.tenantId(), org.id()).stream()
                .filter(p -> !p.startedOn().isAfter(asOf)).toList();
        List<Long> ids = people.stream().map(Person::userId).toList();
        Map<Long, List<TrainingRecord>> byPerson = records.forPeople(org.tenantId(), ids);
        Map<Long, SencoQualification> qualifications = staff.qualifications(org.tenantId(), ids);
        List<PersonRow> rows = people.stream().map(p -> row(p, columns, byPerson.getOrDefault(p.userId(), List.of()),
                qualifications.get(p.userId()), asOf)).toList();
        Map<TrainingStatus, Long> counts = new EnumMap<>(TrainingStatus.class);
        for (TrainingStatus status : TrainingStatus.values()) {
            counts.put(status, rows.stream().flatMap(r -> r.applicable().stream())
                    .filter(c -> c.status() == status).count());
        }
        return new OrganisationReport(org, asOf, columns, rows, counts);
    }

    PersonRow person(Person person) {
        List<Requirement> columns = requirements.forTenant(person.tenantId()).stream()
                .filter(r -> r.appliesTo(person.role())).toList();
        return row(person, columns, records.forPerson(person.tenantId(), person.userId()),
                staff.qualification(person.tenantId(), person.userId()).orElse(null), calendar.today());
    }

    private static PersonRow row(Person person, List<Requirement> columns, List<TrainingRecord> history,
                                 SencoQualification qualification, LocalDate today) {
        List<TrainingRecord> known = history.stream()
                .filter(r -> !ComplianceCalendar.dateOf(r.occurredAt()).isAfter(today)).toList();
        List<RequirementStatus> cells = new ArrayList<>();
        for (Requirement requirement : columns) {
            cells.add(requirement.appliesTo(person.role())
                    ? StatusRules.evaluate(requirement, person.startedOn(), known, today) : null);
        }
        SencoRules.Standing senco = qualification == null ? null : SencoRules.evaluate(qualification, today);
        return new PersonRow(person, cells, senco, qualification);
    }

    /** One school's (or the LA's own staff's) line on the LA dashboard. */
    record SchoolLine(Organisation organisation, int staff, int fullyUpToDate, int overduePeople, int cells,
                      int completeCells) {
        public int percent() {
            return cells == 0 ? 0 : Math.round(100f * completeCells / cells);
        }
    }

    List<SchoolLine> localAuthority(Organisation la) {
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(la);
        orgs.addAll(organisations.children(la.tenantId(), la.id()));
        return orgs.stream().map(org -> {
            OrganisationReport report = organisation(org);
            int cells = (int) report.total();
            return new SchoolLine(org, report.rows().size(),
                    (int) report.rows().stream().filter(PersonRow::allComplete).count(),
                    (int) report.overduePeople(), cells, report.counts().get(TrainingStatus.COMPLETE).intValue());
        }).toList();
    }

    /**
     * One role's line in the annual open-data report; a count below the threshold is {@code null} (suppressed), and
     * so is the completed count when it or its complement is small enough to single people out.
     */
    record OpenDataLine(String laCode, String academicYear, StaffRole role, Integer staff, Integer completed,
                        Integer percent) {
    }

    List<OpenDataLine> openData(Organisation la, AcademicYear year) {
        LocalDate asOf = year.lastDay().isBefore(calendar.today()) ? year.lastDay() : calendar.today();
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(la);
        orgs.addAll(organisations.children(la.tenantId(), la.id()));
        Map<StaffRole, int[]> counts = new TreeMap<>();
        for (Organisation org : orgs) {
            for (PersonRow row : organisation(org, asOf).rows()) {
                int[] c = counts.computeIfAbsent(row.person().role(), r -> new int[2]);
                c[0]++;
                if (row.allComplete()) {
                    c[1]++;
                }
            }
        }
        int smallest = properties.smallestCount();
        List<OpenDataLine> lines = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            int[] c = counts.getOrDefault(role, new int[2]);
            if (c[0] == 0) {
                continue;
            }
            boolean staffShown = c[0] >= smallest;
            boolean completedShown = staffShown && c[1] >= smallest && c[0] - c[1] >= smallest;
            lines.add(new OpenDataLine(la.laCode(), year.label(), role, staffShown ? c[0] : null,
                    completedShown ? c[1] : null, completedShown ? Math.round(100f * c[1] / c[0]) : null));
        }
        return lines;
    }

    /** The years an open-data report can be asked for: this academic year and the two before, newest first. */
    List<AcademicYear> openDataYears() {
        AcademicYear current = AcademicYear.containing(calendar.today());
        return List.of(current, current.previous(), current.previous().previous());
    }

    /** SEN information report (Schedule 1 para 5): per course, how many staff completed it, when, in which versions. */
    record CourseSummary(String courseId, String title, int staff, LocalDate firstCompleted, LocalDate lastCompleted,
                         Set<String> versions) {
        public String versionList() {
            return String.join(", ", versions);
        }
    }

    List<CourseSummary> courseSummaries(Organisation org, AcademicYear year) {
        List<Person> people = staff.inOrganisation(org.tenantId(), org.id());
        Map<Long, List<TrainingRecord>> byPerson = records.forPeople(org.tenantId(),
                people.stream().map(Person::userId).toList());
        Map<String, List<Map.Entry<Long, TrainingRecord>>> passes = byPerson.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(TrainingRecord::isPass).map(r -> Map.entry(e.getKey(), r)))
                .filter(e -> year.contains(ComplianceCalendar.dateOf(e.getValue().occurredAt())))
                .collect(Collectors.groupingBy(e -> e.getValue().courseId(), TreeMap::new, Collectors.toList()));
        Map<String, CourseSummary> summaries = new LinkedHashMap<>();
        passes.forEach((courseId, list) -> {
            List<LocalDate> dates = list.stream().map(e -> ComplianceCalendar.dateOf(e.getValue().occurredAt()))
                    .sorted().toList();
            summaries.put(courseId, new CourseSummary(courseId, requirements.courseTitle(courseId),
                    (int) list.stream().map(Map.Entry::getKey).distinct().count(), dates.get(0),
                    dates.get(dates.size() - 1),
                    list.stream().map(e -> e.getValue().courseVersion()).collect(Collectors.toCollection(TreeSet::new))));
        });
        return List.copyOf(summaries.values());
    }

    public String courseTitle(String courseId) {
        return requirements.courseTitle(courseId);
    }
}
