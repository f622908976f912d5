/** Names and Role Provisioning Services: the roster of an LMS course, for instructor views. */
@org.springframework.modulith.NamedInterface("nrps")
package org.sendready.lti.nrps;
