/** Reading a course in the LMS frame: overview, lessons, progress, and resuming where a person left off. */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.sendready.learning;
