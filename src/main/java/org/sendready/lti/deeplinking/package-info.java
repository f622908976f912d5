/** Deep Linking 2.0: the signed response that places SENDReady courses in an LMS. */
@org.springframework.modulith.NamedInterface("deeplinking")
package org.sendready.lti.deeplinking;
