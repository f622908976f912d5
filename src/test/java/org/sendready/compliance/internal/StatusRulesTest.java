package org.sendready.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The due, overdue and expiry rules, across academic years, leap years and the clocks changing in London. */
class StatusRulesTest {

    private static final Requirement ANNUAL = new Requirement("law", "SEND law", Set.of(StaffRole.TEACHER),
            List.of("m1-send-law-essentials"), Requirement.Renewal.ANNUAL, 60, 14);
    private static final Requirement ONCE = new Requirement("teaching", "Teaching", Set.of(StaffRole.TEACHER),
            List.of("m2-graduated-approach", "m3-equality-behaviour-safeguarding"), Requirement.Renewal.ONCE, 30, 7);

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static TrainingRecord pass(String course, String instant) {
        return new TrainingRecord("a-" + instant, TrainingRecord.Event.SUBMITTED, course, "1.0.0", true,
                Instant.parse(instant));
    }

    private static TrainingRecord started(String course, String instant) {
        return new TrainingRecord("s-" + instant, TrainingRecord.Event.STARTED, course, "1.0.0", false,
                Instant.parse(instant));
    }

    @Test
    void anAnnualPassIsValidUntilTheThirtyFirstOfAugust() {
        RequirementStatus status = StatusRules.evaluate(ANNUAL, day("2024-01-10"),
                List.of(pass("m1-send-law-essentials", "2025-10-02T10:00:00Z")), day("2026-08-31"));
        assertThat(status.status()).isEqualTo(TrainingStatus.COMPLETE);
        assertThat(status.completedOn()).isEqualTo(day("2025-10-02"));
        assertThat(status.validUntil()).isEqualTo(day("2026-08-31"));
    }

    @Test
    void onTheFirstOfSeptemberLastYearsPassHasExpiredAndTheNewYearsTrainingIsDue() {
        RequirementStatus status = StatusRules.evaluate(ANNUAL, day("2024-01-10"),
                List.of(pass("m1-send-law-essentials", "2025-10-02T10:00:00Z")), day("2026-09-01"));
        assertThat(status.status()).isEqualTo(TrainingStatus.EXPIRED);
        assertThat(status.dueOn()).isEqualTo(day("2026-10-31"));
    }

    @Test
    void anExpiredRequirementBecomesOverdueOnceTheGracePeriodEnds() {
        List<TrainingRecord> lastYear = List.of(pass("m1-send-law-essentials", "2025-10-02T10:00:00Z"));
        assertThat(StatusRules.evaluate(ANNUAL, day("2024-01-10"), lastYear, day("2026-11-14")).status())
                .isEqualTo(TrainingStatus.EXPIRED);
        assertThat(StatusRules.evaluate(ANNUAL, day("2024-01-10"), lastYear, day("2026-11-15")).status())
                .isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aPassJustAfterMidnightBritishSummerTimeOnTheFirstOfSeptemberCountsForTheNewYear() {
        // 23:30 UTC on 31 August is 00:30 BST on 1 September
        RequirementStatus status = StatusRules.evaluate(ANNUAL, day("2024-01-10"),
                List.of(pass("m1-send-law-essentials", "2026-08-31T23:30:00Z")), day("2026-09-01"));
        assertThat(status.status()).isEqualTo(TrainingStatus.COMPLETE);
        assertThat(status.validUntil()).isEqualTo(day("2027-08-31"));
    }

    @Test
    void aPassJustBeforeMidnightBritishSummerTimeOnTheThirtyFirstOfAugustCountsForTheOldYearOnly() {
        // 22:59 UTC on 31 August is 23:59 BST, still 31 August in London
        RequirementStatus status = StatusRules.evaluate(ANNUAL, day("2024-01-10"),
                List.of(pass("m1-send-law-essentials", "2026-08-31T22:59:00Z")), day("2026-09-01"));
        assertThat(status.status()).isEqualTo(TrainingStatus.EXPIRED);
    }

    @Test
    void aPassLateOnAWinterEveningIsDatedInGreenwichMeanTime() {
        Instant lateEvening = ZonedDateTime.parse("2026-01-31T23:45:00Z").toInstant();
        assertThat(ComplianceCalendar.dateOf(lateEvening)).isEqualTo(day("2026-01-31"));
    }

    @Test
    void aNewStarterMidYearIsDueAfterTheirStartNotAfterSeptember() {
        RequirementStatus status = StatusRules.evaluate(ANNUAL, day("2026-02-01"), List.of(), day("2026-02-01"));
        assertThat(status.dueOn()).isEqualTo(day("2026-04-02"));
        assertThat(status.status()).isEqualTo(TrainingStatus.DUE_WITHIN_60_DAYS);
    }

    @Test
    void dueDatesCountTheTwentyNinthOfFebruaryInALeapYear() {
        RequirementStatus leap = StatusRules.evaluate(ONCE, day("2028-02-01"), List.of(), day("2028-02-01"));
        assertThat(leap.dueOn()).isEqualTo(day("2028-03-02"));
        RequirementStatus common = StatusRules.evaluate(ONCE, day("2027-02-01"), List.of(), day("2027-02-01"));
        assertThat(common.dueOn()).isEqualTo(day("2027-03-03"));
    }

    @Test
    void someoneStartingOnTheTwentyNinthOfFebruaryIsOverdueAfterDueDatePlusGrace() {
        Requirement requirement = new Requirement("r", "R", Set.of(StaffRole.TEACHER), List.of("m1-send-law-essentials"),
                Requirement.Renewal.ONCE, 365, 0);
        assertThat(StatusRules.evaluate(requirement, day("2028-02-29"), List.of(), day("2029-02-28")).dueOn())
                .isEqualTo(day("2029-02-28"));
        assertThat(StatusRules.evaluate(requirement, day("2028-02-29"), List.of(), day("2029-03-01")).status())
                .isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void statusMovesFromNotStartedToDueWithinSixtyThenThirtyDays() {
        Requirement requirement = new Requirement("r", "R", Set.of(StaffRole.TEACHER), List.of("m1-send-law-essentials"),
                Requirement.Renewal.ONCE, 100, 10);
        LocalDate start = day("2026-01-05");
        assertThat(StatusRules.evaluate(requirement, start, List.of(), start).status())
                .isEqualTo(TrainingStatus.NOT_STARTED);
        assertThat(StatusRules.evaluate(requirement, start, List.of(), start.plusDays(40)).status())
                .isEqualTo(TrainingStatus.DUE_WITHIN_60_DAYS);
        assertThat(StatusRules.evaluate(requirement, start, List.of(), start.plusDays(70)).status())
                .isEqualTo(TrainingStatus.DUE_WITHIN_30_DAYS);
        assertThat(StatusRules.evaluate(requirement, start, List.of(), start.plusDays(110)).status())
                .isEqualTo(TrainingStatus.DUE_WITHIN_30_DAYS);
        assertThat(StatusRules.evaluate(requirement, start, List.of(), start.plusDays(111)).status())
                .isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aStartedAttemptOrOneOfSeveralCoursesPassedIsInProgress() {
        LocalDate start = day("2026-01-05");
        Requirement longDue = new Requirement("r", "R", Set.of(StaffRole.TEACHER), ONCE.courseIds(),
                Requirement.Renewal.ONCE, 200, 0);
        assertThat(StatusRules.evaluate(longDue, start,
                List.of(started("m2-graduated-approach", "2026-01-06T09:00:00Z")), day("2026-01-07")).status())
                .isEqualTo(TrainingStatus.IN_PROGRESS);
        assertThat(StatusRules.evaluate(longDue, start,
                List.of(pass("m2-graduated-approach", "2026-01-06T09:00:00Z")), day("2026-01-07")).status())
                .isEqualTo(TrainingStatus.IN_PROGRESS);
    }

    @Test
    void aOnceRequirementIsCompleteForGoodWhenEveryCourseIsPassed() {
        RequirementStatus status = StatusRules.evaluate(ONCE, day("2020-01-01"), List.of(
                pass("m2-graduated-approach", "2021-03-01T09:00:00Z"),
                pass("m3-equality-behaviour-safeguarding", "2022-05-01T09:00:00Z")), day("2030-01-01"));
        assertThat(status.status()).isEqualTo(TrainingStatus.COMPLETE);
        assertThat(status.completedOn()).isEqualTo(day("2022-05-01"));
        assertThat(status.validUntil()).isNull();
    }

    @Test
    void aFailedAttemptDoesNotComplete() {
        TrainingRecord failed = new TrainingRecord("f", TrainingRecord.Event.SUBMITTED, "m1-send-law-essentials",
                "1.0.0", false, Instant.parse("2026-02-01T09:00:00Z"));
        assertThat(StatusRules.evaluate(ANNUAL, day("2026-01-20"), List.of(failed), day("2026-02-02")).status())
                .isNotEqualTo(TrainingStatus.COMPLETE);
    }

    @Test
    void addingACourseToARequirementReopensItForThoseWhoHadOnlyTheOldCourses() {
        List<TrainingRecord> records = List.of(pass("m2-graduated-approach", "2026-01-06T09:00:00Z"));
        Requirement before = new Requirement("r", "R", Set.of(StaffRole.TEACHER), List.of("m2-graduated-approach"),
                Requirement.Renewal.ONCE, 30, 0);
        Requirement after = new Requirement("r", "R", Set.of(StaffRole.TEACHER),
                List.of("m2-graduated-approach", "m3-equality-behaviour-safeguarding"), Requirement.Renewal.ONCE, 30, 0);
        assertThat(StatusRules.evaluate(before, day("2026-01-05"), records, day("2026-01-07")).status())
                .isEqualTo(TrainingStatus.COMPLETE);
        assertThat(StatusRules.evaluate(after, day("2026-01-05"), records, day("2026-01-07")).status())
                .isEqualTo(TrainingStatus.DUE_WITHIN_30_DAYS);
    }

    @Test
    void academicYearsRunFromSeptemberToAugust() {
        assertThat(AcademicYear.containing(day("2026-08-31")).label()).isEqualTo("2025/26");
        assertThat(AcademicYear.containing(day("2026-09-01")).label()).isEqualTo("2026/27");
        assertThat(AcademicYear.containing(day("2099-12-31")).label()).isEqualTo("2099/00");
        assertThat(new AcademicYear(2027).lastDay()).isEqualTo(day("2028-08-31"));
    }
}
