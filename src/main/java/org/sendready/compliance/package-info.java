/**
 * Compliance: who must train (staff roles and each tenant's requirements), who has (training records from
 * {@link org.sendready.assessment.AttemptSubmitted}), and the proof (dashboards, CSV, evidence pack, certificates with
 * a public verification page, the SENCO qualification deadline and an annual open-data report). Nothing outside
 * uses it: it only listens and serves its own pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.sendready.compliance;
