package org.sendready.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendready.core.ToolUrls;
import org.sendready.lti.PlatformRegistration;

/** The demo platform's identity, people and placements. */
record DemoLms(String issuer, String clientId, String deploymentId, String base, List<Person> people,
               List<Placement> placements) {

    static final String DEEP_LINK = "place-courses";
    static final String CONTEXT = "demo-course-inset";

    static DemoLms of(ToolUrls urls) {
        String base = urls.url("/demo-lms");
        return new DemoLms(base, "sendready-demo-client", "demo-deployment-1", base, List.of(
                new Person("learner-alex", "Alex", "Morgan", "alex.morgan@demo-school.example", "Teaching assistant",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff"),
                        school(PRIMARY, "teaching-assistant")),
                new Person("learner-sam", "Sam", "Okafor", "sam.okafor@demo-school.example", "Class teacher",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                        school(PRIMARY, "teacher")),
                new Person("instructor-priya", "Priya", "Shah", "priya.shah@demo-school.example", "SENCO (instructor)",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                        school(PRIMARY, "senco")),
                new Person("learner-chris", "Chris", "Lee", "chris.lee@demo-secondary.example",
                        "Teacher at another school",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                        school(SECONDARY, "teacher")),
                new Person("admin-jo", "Jo", "Fletcher", "jo.fletcher@demo-la.example",
                        "LA training manager (administrator)",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                        Map.of("la_code", DEMO_LA, "org_type", "la", "org_name", "Demo Borough Council",
                                "staff_role", "la-caseworker"))),
                List.of(
                        new Placement("rl-home", "SENDReady (no particular course)", null),
                        new Placement(DEEP_LINK, "Place SENDReady courses (deep linking)", null),
                        new Placement("rl-m1", "M1 SEND law essentials", "m1-send-law-essentials"),
                        new Placement("rl-m2", "M2 High-quality teaching and the graduated approach",
                                "m2-graduated-approach"),
                        new Placement("rl-m3", "M3 Equality, behaviour and safeguarding",
                                "m3-equality-behaviour-safeguarding"),
                        new Placement("rl-m4", "M4 Leading SEND in a school", "m4-leading-send"),
                        new Placement("rl-m5", "M5 EHC needs assessments, plans and reviews",
                                "m5-ehc-assessments-plans"),
                        new Placement("rl-m6", "M6 Disagreement resolution and the SEND Tribunal",
                                "m6-disagreement-tribunal"),
                        new Placement("rl-m7", "M7 SEND in the early years", "m7-early-years"),
                        new Placement("rl-m8", "M8 Preparing for adulthood: 16 to 25",
                                "m8-preparing-for-adulthood")));
    }

    private static final String DEMO_LA = "999";
    private static final String[] PRIMARY = {"100001", "Demo Primary School"};
    private static final String[] SECONDARY = {"100002", "Demo Secondary School"};

    /**
     * Custom parameters a real LMS would set per school: LA, URN, type, name and staff role. staff_started_on puts the
     * demo staff's start in the past, so a leader sees overdue training on the first visit.
     */
    private static Map<String, String> school(String[] school, String staffRole) {
        return Map.of("la_code", DEMO_LA, "school_urn", school[0], "org_type", "school", "org_name", school[1],
                "staff_role", staffRole, "staff_started_on", "2025-06-02");
    }

    PlatformRegistration registration() {
        return new PlatformRegistration("SENDReady demo LMS", issuer, clientId, List.of(deploymentId),
                base + "/auth", base + "/token", base + "/jwks.json");
    }

    Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** @param custom custom parameters sent with this person's launches (as a per-user LMS field would be) */
    record Person(String id, String givenName, String familyName, String email, String description,
                  List<String> roles, Map<String, String> custom) {
        public String name() {
            return givenName + " " + familyName;
        }
    }

    /**
     * A resource link in the demo LMS course; {@code courseId} goes to SENDReady as custom parameter course_id.
     * {@code dueAt} is set when the placement was made by deep linking with a due date.
     */
    record Placement(String id, String title, String courseId, java.time.Instant dueAt) {
        Placement(String id, String title, String courseId) {
            this(id, title, courseId, null);
        }
    }
}
