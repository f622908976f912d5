package org.sendready.lti;

/** People of a tenant as SENDReady knows them, including those known only from an LMS roster. */
public interface People {

    /**
     * SENDReady's id for the person with this platform id ({@code sub}) in the tenant, created from roster details
     * when they have never launched. Details of a person who has launched are left as their launch gave them.
     */
    long ensure(long tenantId, String subject, String name, String email);
}
