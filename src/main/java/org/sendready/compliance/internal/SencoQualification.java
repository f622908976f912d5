package org.sendready.compliance.internal;

import java.time.LocalDate;

/** What a SENCO's leader has recorded about their mandatory qualification (SEND Regulations 2014, reg 49). */
record SencoQualification(LocalDate appointedOn, Kind qualification, LocalDate startedOn, LocalDate completedOn) {

    enum Kind {
        NONE("Not yet chosen"),
        NPQ_SENCO("NPQ for SENCOs"),
        NASENCO("National Award for SEN Co-ordination (NASENCO)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
