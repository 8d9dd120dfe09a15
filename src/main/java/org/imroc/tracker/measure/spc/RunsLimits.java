package org.imroc.tracker.measure.spc;

/**
 * The expected number of runs on a run chart with {@code n} useful points: fewer than {@code lower} runs, or more
 * than {@code upper}, happens by chance less than 2.5% of the time each (a 5% two-sided test), so it signals.
 * <p>
 * For 10 to 60 useful points the table is the one Perla, Provost and Murray (BMJ Qual Saf 2011;20:46–51, Table 1)
 * adapt from Swed and Eisenhart (Ann Math Stat 1943;14:66–87): the critical values of the number of runs with
 * n / 2 points on each side of the median (⌊n/2⌋ and ⌈n/2⌉ for odd n) at 0.025 in each tail. The numbers were
 * computed from Swed and Eisenhart's exact distribution and checked against transcriptions of the published table
 * (IHI Open School QI 104 for 10 to 15 points, which corrects 11 → 3 to 10 and 12 → 3 to 11; others for 16, 24, 30,
 * 40, 50 and 60); see docs/decisions/0009 for where the sources disagree, e.g. 16 → 5 to 13. Above 60 the
 * normal approximation Swed and Eisenhart give is used: mean 1 + 2ab/n, variance 2ab(2ab − n) / (n²(n − 1)),
 * z = 1.96 with a continuity correction of ½.
 */
record RunsLimits(int lower, int upper) {

    static final int MIN_USEFUL_POINTS = 10;
    static final int MAX_TABLE_POINTS = 60;

    private static final int[][] TABLE = {
        {3, 9}, {3, 10}, {3, 11}, {4, 11}, {4, 12}, {5, 12}, {5, 13}, {6, 13}, {6, 14}, {6, 15},
        {7, 15}, {7, 16}, {8, 16}, {8, 17}, {8, 18}, {9, 18}, {9, 19}, {10, 19}, {10, 20}, {10, 21},
        {11, 21}, {11, 22}, {12, 22}, {12, 23}, {12, 24}, {13, 24}, {13, 25}, {14, 25}, {14, 26}, {14, 26},
        {15, 27}, {15, 28}, {16, 28}, {16, 29}, {17, 29}, {17, 30}, {17, 31}, {18, 31}, {18, 32}, {19, 32},
        {19, 33}, {20, 33}, {20, 34}, {20, 35}, {21, 35}, {21, 36}, {22, 36}, {22, 37}, {23, 37}, {23, 38},
        {24, 38},
    };

    private static final double Z = 1.96;

    /** The limits for {@code useful} points not on the median, or null below 10. */
    static RunsLimits forUsefulPoints(int useful) {
        if (useful < MIN_USEFUL_POINTS) {
            return null;
        }
        if (useful <= MAX_TABLE_POINTS) {
            int[] row = TABLE[useful - MIN_USEFUL_POINTS];
            return new RunsLimits(row[0], row[1]);
        }
        int below = useful / 2;
        double product = (double) below * (useful - below);
        double mean = 1 + 2 * product / useful;
        double variance = 2 * product * (2 * product - useful) / ((double) useful * useful * (useful - 1));
        double sd = Math.sqrt(variance);
        return new RunsLimits((int) Math.floor(mean - Z * sd - 0.5) + 1, (int) Math.ceil(mean + Z * sd + 0.5) - 1);
    }
}
