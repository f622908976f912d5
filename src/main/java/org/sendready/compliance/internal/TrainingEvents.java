package org.sendready.compliance.internal;

import java.time.LocalDate;

import org.sendready.assessment.AttemptStarted;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.core.SecureRandoms;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the assessment module announces, in the transaction that stored the attempt (just before it commits):
 * the attempt and its training record, and a pass and its certificate, are stored together or not at all.
 */
@Component
class TrainingEvents {

    /** 20 bytes: 160 random bits, 27 URL-safe characters. */
    private static final int CODE_BYTES = 20;

    private final TrainingRecords records;
    private final Staff staff;
    private final Requirements requirements;
    private final SecureRandoms random;

    TrainingEvents(TrainingRecords records, Staff staff, Requirements requirements, SecureRandoms random) {
        this.records = records;
        this.staff = staff;
        this.requirements = requirements;
        this.random = random;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AttemptStarted started) {
        records.add(started.tenantId(), started.userId(), new TrainingRecord(started.attemptId(),
                TrainingRecord.Event.STARTED, started.courseId(), started.courseVersion(), false,
                started.startedAt()), null, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AttemptSubmitted submitted) {
        records.add(submitted.tenantId(), submitted.userId(), new TrainingRecord(submitted.attemptId(),
                TrainingRecord.Event.SUBMITTED, submitted.courseId(), submitted.courseVersion(), submitted.passed(),
                submitted.submittedAt()), submitted.score(), submitted.maxScore());
        if (submitted.passed() && !records.hasCertificateFor(submitted.attemptId())) {
            String holder = staff.find(submitted.tenantId(), submitted.userId()).map(Person::displayName)
                    .orElse("Person " + submitted.userId());
            records.addCertificate(new Certificate(random.token(CODE_BYTES), submitted.attemptId(),
                    submitted.tenantId(), submitted.userId(), holder, submitted.courseId(),
                    requirements.courseTitle(submitted.courseId()), submitted.courseVersion(),
                    submitted.submittedAt(), validUntil(submitted)));
        }
    }

    /** A pass towards an annual requirement of the tenant counts until 31 August; otherwise it does not expire. */
    private LocalDate validUntil(AttemptSubmitted submitted) {
        boolean annual = requirements.forTenant(submitted.tenantId()).stream()
                .anyMatch(r -> r.renewal() == Requirement.Renewal.ANNUAL
                        && r.courseIds().contains(submitted.courseId()));
        return annual ? AcademicYear.containing(ComplianceCalendar.dateOf(submitted.submittedAt())).lastDay() : null;
    }
}
