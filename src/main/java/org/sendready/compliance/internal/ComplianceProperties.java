package org.sendready.compliance.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Compliance settings.
 *
 * @param requirementsFile the requirements every tenant starts with, until its administrators save their own
 * @param smallestCount    open-data counts below this are suppressed
 */
@ConfigurationProperties("sendready.compliance")
record ComplianceProperties(
        @DefaultValue("lti-config/requirements.yml") Path requirementsFile,
        @DefaultValue("5") int smallestCount) {
}
