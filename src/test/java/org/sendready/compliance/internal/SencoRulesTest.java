package org.sendready.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sendready.compliance.internal.SencoQualification.Kind;
import org.sendready.compliance.internal.SencoRules.State;

/** SEND Regulations 2014, reg 49: three years from appointment, and the NASENCO transition dates. */
class SencoRulesTest {

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static SencoRules.Standing evaluate(String appointed, Kind kind, String started, String completed,
                                                String today) {
        return SencoRules.evaluate(new SencoQualification(day(appointed), kind,
                started == null ? null : day(started), completed == null ? null : day(completed)), day(today));
    }

    @Test
    void theDeadlineIsThreeYearsFromAppointment() {
        assertThat(SencoRules.deadline(day("2025-09-01"))).isEqualTo(day("2028-09-01"));
    }

    @Test
    void anAppointmentOnTheTwentyNinthOfFebruaryFallsDueOnTheTwentyEighthThreeYearsLater() {
        assertThat(SencoRules.deadline(day("2024-02-29"))).isEqualTo(day("2027-02-28"));
    }

    @Test
    void aCompletedNpqQualifies() {
        assertThat(evaluate("2025-09-01", Kind.NPQ_SENCO, "2025-10-01", "2027-06-30", "2027-07-01").state())
                .isEqualTo(State.QUALIFIED);
    }

    @Test
    void anNpqInTrainingIsOverdueTheDayAfterTheDeadline() {
        assertThat(evaluate("2025-09-01", Kind.NPQ_SENCO, "2025-10-01", null, "2028-09-01").state())
                .isEqualTo(State.IN_TRAINING);
        SencoRules.Standing late = evaluate("2025-09-01", Kind.NPQ_SENCO, "2025-10-01", null, "2028-09-02");
        assertThat(late.state()).isEqualTo(State.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-1);
    }

    @Test
    void notStartingWithLessThanEighteenMonthsLeftIsAtRisk() {
        assertThat(evaluate("2025-09-01", Kind.NONE, null, null, "2027-03-01").state()).isEqualTo(State.NOT_STARTED);
        assertThat(evaluate("2025-09-01", Kind.NONE, null, null, "2027-03-02").state()).isEqualTo(State.AT_RISK);
    }

    @Test
    void aNasencoBegunBeforeSeptember2024AndCompletedBeforeSeptember2027Qualifies() {
        assertThat(evaluate("2023-01-09", Kind.NASENCO, "2024-08-31", "2025-07-01", "2026-01-01").state())
                .isEqualTo(State.QUALIFIED);
        assertThat(evaluate("2023-01-09", Kind.NASENCO, "2024-08-31", "2027-08-31", "2027-09-01").state())
                .isEqualTo(State.QUALIFIED);
    }

    @Test
    void aNasencoBegunOnOrAfterTheFirstOfSeptember2024IsNotRecognised() {
        assertThat(evaluate("2024-06-01", Kind.NASENCO, "2024-09-01", null, "2024-10-01").state())
                .isEqualTo(State.NASENCO_NOT_RECOGNISED);
    }

    @Test
    void aNasencoCompletedOnOrAfterTheFirstOfSeptember2027IsNotRecognised() {
        assertThat(evaluate("2025-01-06", Kind.NASENCO, "2024-05-01", "2027-09-01", "2027-09-02").state())
                .isEqualTo(State.NASENCO_NOT_RECOGNISED);
    }

    @Test
    void anUnfinishedNasencoStopsCountingOnTheFirstOfSeptember2027() {
        SencoRules.Standing before = evaluate("2025-01-06", Kind.NASENCO, "2024-05-01", null, "2027-08-31");
        assertThat(before.state()).isEqualTo(State.IN_TRAINING);
        assertThat(before.deadline()).isEqualTo(day("2027-08-31"));
        assertThat(evaluate("2025-01-06", Kind.NASENCO, "2024-05-01", null, "2027-09-01").state())
                .isEqualTo(State.NASENCO_NOT_RECOGNISED);
    }

    @Test
    void anUnfinishedNasencoIsOverdueAtThreeYearsWhenThatComesFirst() {
        SencoRules.Standing standing = evaluate("2024-03-01", Kind.NASENCO, "2024-04-01", null, "2027-03-02");
        assertThat(standing.deadline()).isEqualTo(day("2027-03-01"));
        assertThat(standing.state()).isEqualTo(State.OVERDUE);
    }
}
