package org.sendready.assessment;

import org.sendready.course.Course;
import org.sendready.lti.LaunchContext;

/** What other modules may ask of assessments. */
public interface Assessments {

    AssessmentStatus status(LaunchContext launch, Course course);
}
