package org.sendready.assessment.internal;

/** The pass rule, in whole numbers so that no rounding ever turns a fail into a pass. */
final class Scoring {

    private Scoring() {
    }

    /** True when score/max reaches the pass mark: 8 of 10 passes at 80%, 7 of 9 (77.8%) does not. */
    static boolean passes(int score, int maxScore, int passMarkPercent) {
        return maxScore > 0 && score * 100L >= (long) passMarkPercent * maxScore;
    }
}
