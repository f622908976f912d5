/** Assignment and Grade Services: line items and scores, for the grades module. */
@org.springframework.modulith.NamedInterface("ags")
package org.sendready.lti.ags;
