package org.sendready.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo LMS's own data: placements added by deep linking, line items, received scores and issued access tokens.
 * Kept in memory on purpose: the demo LMS stands in for someone else's server and is reset by a restart.
 */
class DemoStore {

    private final List<DemoLms.Placement> placements = new CopyOnWriteArrayList<>();
    private final List<LineItem> lineItems = new CopyOnWriteArrayList<>();
    private final Map<String, Score> scores = new ConcurrentHashMap<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    DemoStore(List<DemoLms.Placement> initial) {
        placements.addAll(initial);
    }

    List<DemoLms.Placement> placements() {
        return List.copyOf(placements);
    }

    Optional<DemoLms.Placement> placement(String id) {
        return placements.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    DemoLms.Placement addPlacement(String title, String courseId, Instant due) {
        DemoLms.Placement placement = new DemoLms.Placement("rl-dl-" + sequence.incrementAndGet(), title, courseId,
                due);
        placements.add(placement);
        return placement;
    }

    LineItem addLineItem(String base, String label, String resourceId, String resourceLinkId, int scoreMaximum) {
        LineItem item = new LineItem(base + "/lineitems/" + sequence.incrementAndGet(), label, resourceId,
                resourceLinkId, scoreMaximum);
        lineItems.add(item);
        return item;
    }

    List<LineItem> lineItems() {
        return List.copyOf(lineItems);
    }

    Optional<LineItem> lineItem(String id) {
        return lineItems.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Keeps the newest score per person and line item, as platforms must (by the score's timestamp). */
    void record(String lineItemId, Score score) {
        scores.merge(lineItemId + "|" + score.userId(), score,
                (old, incoming) -> incoming.timestamp().isBefore(old.timestamp()) ? old : incoming);
    }

    Optional<Score> score(String lineItemId, String userId) {
        return Optional.ofNullable(scores.get(lineItemId + "|" + userId));
    }

    void issue(String token, Instant expires) {
        tokens.put(token, expires);
    }

    boolean valid(String token, Instant now) {
        Instant expires = tokens.get(token);
        return expires != null && expires.isAfter(now);
    }

    List<Score> allScores() {
        return new ArrayList<>(scores.values());
    }

    record LineItem(String id, String label, String resourceId, String resourceLinkId, int scoreMaximum) {
    }

    record Score(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
                 String gradingProgress, String comment, Instant timestamp) {
    }
}
