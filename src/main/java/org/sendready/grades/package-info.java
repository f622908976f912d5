/**
 * Scores back to LMS gradebooks: each attempt's score is written to a durable outbox in the attempt's own transaction
 * and delivered through AGS by cluster-safe scheduled tasks, with retries, until the platform has it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grades")
package org.sendready.grades;
