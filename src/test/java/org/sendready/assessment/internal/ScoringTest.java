package org.sendready.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void passesExactlyAtThePassMark() {
        assertThat(Scoring.passes(8, 10, 80)).isTrue();
        assertThat(Scoring.passes(7, 10, 80)).isFalse();
    }

    @Test
    void neverRoundsAFailUpToAPass() {
        assertThat(Scoring.passes(7, 9, 78)).isFalse(); // 77.78%
        assertThat(Scoring.passes(7, 9, 77)).isTrue();
        assertThat(Scoring.passes(2, 3, 67)).isFalse(); // 66.67%
    }

    @Test
    void fullMarksAndNoMarksAtTheEdges() {
        assertThat(Scoring.passes(10, 10, 100)).isTrue();
        assertThat(Scoring.passes(9, 10, 100)).isFalse();
        assertThat(Scoring.passes(0, 10, 1)).isFalse();
        assertThat(Scoring.passes(0, 0, 80)).isFalse();
    }
}
