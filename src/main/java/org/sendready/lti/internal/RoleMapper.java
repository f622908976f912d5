package org.sendready.lti.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sendready.lti.AppRole;
import org.springframework.stereotype.Component;

/**
 * Maps LTI role URIs (LIS vocabulary, plus the short names older platforms send) to app roles. A person with no
 * recognised role is a learner: the least privilege, never more.
 */
@Component
class RoleMapper {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

    Set<AppRole> map(List<?> ltiRoles) {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        for (Object value : ltiRoles) {
            if (value instanceof String role) {
                classify(role.trim(), roles);
            }
        }
        if (roles.isEmpty()) {
            roles.add(AppRole.LEARNER);
        }
        return roles;
    }

    private static void classify(String role, Set<AppRole> roles) {
        if (role.equals(MEMBERSHIP + "Administrator") || role.equals(INSTITUTION + "Administrator")
                || role.equals(SYSTEM + "Administrator") || role.equals(SYSTEM + "SysAdmin")
                || role.equals("Administrator")) {
            roles.add(AppRole.ADMINISTRATOR);
        } else if (role.equals(MEMBERSHIP + "Instructor") || role.startsWith(MEMBERSHIP + "Instructor#")
                || role.startsWith("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#")
                || role.equals(MEMBERSHIP + "ContentDeveloper") || role.equals("Instructor")
                || role.equals("ContentDeveloper")) {
            roles.add(AppRole.INSTRUCTOR);
        } else if (role.equals(MEMBERSHIP + "Learner") || role.startsWith(
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#") || role.equals("Learner")) {
            roles.add(AppRole.LEARNER);
        }
    }
}
