package org.sendready.lti.deeplinking;

import java.time.Instant;
import java.util.Map;

/**
 * An {@code ltiResourceLink} to place: a course, with the custom parameters its launches will carry, the line item
 * the platform should create for it, and an optional due date.
 */
public record ContentItem(String title, String text, String url, Map<String, String> custom, LineItem lineItem,
                          Instant dueAt) {

    public ContentItem {
        custom = Map.copyOf(custom);
    }

    public record LineItem(int scoreMaximum, String label, String resourceId, String tag) {
    }
}
