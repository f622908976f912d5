package org.sendready.lti.nrps;

import java.util.List;

/** One member of an LMS course as the platform lists them. */
public record Member(String userId, String name, String email, List<String> roles, String status) {

    public Member {
        roles = List.copyOf(roles);
    }

    public boolean isLearner() {
        return roles.stream().anyMatch(r -> r.endsWith("#Learner") || r.equals("Learner"));
    }
}
