package org.sendready.compliance.internal;

import java.time.LocalDate;
import java.time.Month;

/** An academic year in England: 1 September to 31 August, named by the year it starts in ("2025/26"). */
record AcademicYear(int startYear) {

    static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear()
                : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
