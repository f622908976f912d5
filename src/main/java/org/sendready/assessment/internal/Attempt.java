package org.sendready.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored attempt with its drawn questions and, once submitted, the answers and result. */
record Attempt(
        String id,
        long tenantId,
        long userId,
        String courseId,
        String courseVersion,
        String launchId,
        Long contextId,
        Long resourceLinkId,
        boolean submitted,
        int passMarkPercent,
        int maxScore,
        Integer score,
        Boolean passed,
        Instant startedAt,
        Instant submittedAt,
        List<Item> items) {

    public int percent() {
        return score == null || maxScore == 0 ? 0 : Math.round(100f * score / maxScore);
    }

    record Item(int position, String questionId, List<String> optionOrder, Set<String> selected, Boolean correct) {
    }
}
