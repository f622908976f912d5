package org.sendready.lti;

/**
 * Which launch stands behind work on a course. One browser session may hold launches of several placements (two LMS
 * activities open side by side); a score must go to the placement the person opened that course from.
 */
public interface LaunchHistory {

    /** The person's latest launch for this course in this tenant, else the session's own launch. */
    String launchFor(LaunchContext session, String courseId);

    /** The placement (resource link) of a launch, or {@code null}. */
    Long resourceLinkOf(String launchId);

    /** The LMS course (context) of a launch, or {@code null}. */
    Long contextOf(String launchId);
}
