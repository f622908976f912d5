/**
 * Assessment attempts: questions drawn at random per attempt, options shuffled, scored on the server; publishes
 * {@link org.sendready.assessment.AttemptSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.sendready.assessment;
