/**
 * SCORM 1.2 and SCORM 2004 4th Edition packages of every course, built from the same course model: the command
 * {@link org.sendready.scorm.ScormCommand} and the administrators' download. A package scores in the learner's browser.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SCORM export")
package org.sendready.scorm;
