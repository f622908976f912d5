package org.sendready.lti;

/** Registers LMS platforms (from files at start, or by a module such as the demo LMS). */
public interface PlatformRegistry {

    /**
     * Creates or updates the registration for (issuer, client_id); its deployments become exactly those given.
     *
     * @param registeredFrom where the registration came from, for administrators (a file name, "demo")
     */
    void register(PlatformRegistration registration, String registeredFrom);
}
