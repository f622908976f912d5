package org.sendready.compliance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * SEND Regulations 2014, reg 49: a newly appointed SENCO must hold the qualification within three years of
 * appointment. The NASENCO counts only if begun before 1 September 2024 and completed before 1 September 2027;
 * otherwise it must be the NPQ for SENCOs, which takes 18 to 22 months.
 */
final class SencoRules {

    static final LocalDate NASENCO_BEGUN_BEFORE = LocalDate.of(2024, 9, 1);
    static final LocalDate NASENCO_COMPLETED_BEFORE = LocalDate.of(2027, 9, 1);
    /** The shortest NPQ for SENCOs: starting later than this before the deadline cannot finish in time. */
    static final int NPQ_MONTHS = 18;

    private SencoRules() {
    }

    enum State {
        QUALIFIED("Qualified"),
        IN_TRAINING("In training"),
        NOT_STARTED("Not started"),
        AT_RISK("At risk: too little time left for the NPQ"),
        OVERDUE("Overdue"),
        NASENCO_NOT_RECOGNISED("NASENCO not recognised: the NPQ for SENCOs is needed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param deadline the last day to hold the qualification; {@code daysLeft} is negative once it has passed */
    record Standing(State state, LocalDate deadline, long daysLeft) {
    }

    /** Three years from appointment; 29 February plus three years is 28 February. */
    static LocalDate deadline(LocalDate appointedOn) {
        return appointedOn.plusYears(3);
    }

    static Standing evaluate(SencoQualification q, LocalDate today) {
        LocalDate deadline = deadline(q.appointedOn());
        if (q.qualification() == SencoQualification.Kind.NASENCO) {
            boolean begunInTime = q.startedOn() != null && q.startedOn().isBefore(NASENCO_BEGUN_BEFORE);
            boolean completedInTime = q.completedOn() != null && q.completedOn().isBefore(NASENCO_COMPLETED_BEFORE);
            if (!begunInTime || q.completedOn() != null && !completedInTime
                    || q.completedOn() == null && !today.isBefore(NASENCO_COMPLETED_BEFORE)) {
                return standing(State.NASENCO_NOT_RECOGNISED, deadline, today);
            }
            if (completedInTime) {
                return standing(State.QUALIFIED, deadline, today);
            }
            LocalDate lastDay = NASENCO_COMPLETED_BEFORE.minusDays(1);
            LocalDate effective = deadline.isBefore(lastDay) ? deadline : lastDay;
            return standing(today.isAfter(effective) ? State.OVERDUE : State.IN_TRAINING, effective, today);
        }
        boolean npq = q.qualification() == SencoQualification.Kind.NPQ_SENCO;
        if (npq && q.completedOn() != null) {
            return standing(State.QUALIFIED, deadline, today);
        }
        if (today.isAfter(deadline)) {
            return standing(State.OVERDUE, deadline, today);
        }
        if (npq && q.startedOn() != null) {
            return standing(State.IN_TRAINING, deadline, today);
        }
        return standing(today.plusMonths(NPQ_MONTHS).isAfter(deadline) ? State.AT_RISK : State.NOT_STARTED,
                deadline, today);
    }

    private static Standing standing(State state, LocalDate deadline, LocalDate today) {
        return new Standing(state, deadline, ChronoUnit.DAYS.between(today, deadline));
    }
}
