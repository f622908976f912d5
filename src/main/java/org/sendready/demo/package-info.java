/**
 * The demo LMS (profile {@code demo} only): a small platform that registers itself and launches SENDReady through the
 * browser exactly as Moodle does. SENDReady's own code never special-cases it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo LMS")
package org.sendready.demo;
