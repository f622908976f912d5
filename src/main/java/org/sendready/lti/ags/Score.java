package org.sendready.lti.ags;

import java.time.Instant;

/**
 * A score for one person on one line item, as AGS defines it. {@code scoreGiven} and {@code scoreMaximum} are both
 * present or both absent.
 */
public record Score(String userId, Integer scoreGiven, Integer scoreMaximum, String comment, Instant timestamp,
                    String activityProgress, String gradingProgress) {
}
