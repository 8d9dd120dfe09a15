package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The centre line and per-point limits of one rebase group of an attribute chart, as qicharts2 computes them.
 * Baseline: the group's first {@code fixAfterPoints} counted points (all of them when not fixed); a point counts when
 * it has a rate and is not excluded. Centre = Σ numerators ÷ Σ denominators of the baseline. The variance of point
 * i is ū ÷ nᵢ (U, U_PRIME) or p̄(1 − p̄) ÷ nᵢ (P, P_PRIME); Laney's charts multiply it by σz², where σz is the mean
 * moving range of the baseline's z-scores zᵢ = (yᵢ − centre) ÷ σᵢ, screened as {@link GroupLimits} screens MR̄,
 * divided by 1.128. Limits are centre ± 3σ, near-limit lines centre ± 2σ, both clipped at 0 below and, for P and
 * P_PRIME, at 1 above.
 *
 * <p>Exactness: the centre line, the rates and the variances are exact rationals; "beyond k sigma" is decided by
 * comparing squares, (y − centre)² against k² × σz² × varianceᵢ, so the U and P charts (σz² = 1) decide every
 * comparison exactly, a point exactly on a limit being inside. Laney's σz involves square roots: it is computed with
 * {@link MathContext#DECIMAL128} (34 significant digits, {@link BigDecimal#sqrt}) and σz² rounded once to that
 * precision; that one rounding is the only inexact step of a comparison. Reported numbers are doubles.
 */
final class AttributeLimits {

    /** d₂ for moving ranges of two: σ = MR̄ ÷ 1.128. */
    static final BigDecimal D2 = new BigDecimal("1.128");

    private static final MathContext CONTEXT = MathContext.DECIMAL128;
    private static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

    private final SpcChart chart;
    private final List<AttributePoint> members;
    private final Ratio[] rates;
    private final boolean[] inBaseline;
    private final int baselinePoints;
    private final Ratio centre;
    private final Ratio varianceUnit;
    private final BigDecimal[] zScores;
    private final BigDecimal[] zRanges;
    private final boolean[] zRangeScreened;
    private final BigDecimal sigmaZ;
    private final BigDecimal inflation;

    private AttributeLimits(List<AttributePoint> members, SpcChart chart, SpcSettings settings) {
        this.chart = chart;
        this.members = List.copyOf(members);
        int n = members.size();
        rates = new Ratio[n];
        inBaseline = new boolean[n];
        int counted = 0;
        int baselineEnd = 0;
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            AttributePoint point = members.get(i);
            rates[i] = point.rate();
            boolean counts = rates[i] != null && !point.excluded();
            if (counts && (settings.fixAfterPoints() == null || counted < settings.fixAfterPoints())) {
                inBaseline[i] = true;
                counted++;
                baselineEnd = i + 1;
                numerators = numerators.add(point.numerator());
                denominators = denominators.add(point.denominator());
            }
        }
        baselinePoints = counted;
        if (denominators.signum() == 0) {
            centre = null;
            varianceUnit = null;
        } else {
            centre = new Ratio(numerators, denominators);
            varianceUnit = chart.isProportion()
                    ? new Ratio(
                            numerators.multiply(denominators.subtract(numerators)), denominators.multiply(denominators))
                    : centre;
        }
        zScores = new BigDecimal[n];
        zRanges = new BigDecimal[n];
        zRangeScreened = new boolean[n];
        if (chart.isLaney()) {
            sigmaZ = centre == null ? null : sigmaZ(baselineEnd, settings);
            inflation = sigmaZ == null ? null : sigmaZ.multiply(sigmaZ, CONTEXT);
        } else {
            sigmaZ = null;
            inflation = centre == null ? null : BigDecimal.ONE;
        }
    }

    static AttributeLimits of(List<AttributePoint> members, SpcChart chart, SpcSettings settings) {
        return new AttributeLimits(members, chart, settings);
    }

    /**
     * σz from the z-scores of the points up to the last baseline point that are not excluded (excluded ones are
     * stepped over, so the next range is taken from the point before them). As in qicharts2, a point without a rate
     * (or with a zero sigma) has no z-score, and neither range touching it counts. Null without a range to average
     * (or, when screening, when every range is screened out: a mean range of 0).
     */
    private BigDecimal sigmaZ(int baselineEnd, SpcSettings settings) {
        int previous = -1;
        int count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < baselineEnd; i++) {
            if (members.get(i).excluded()) {
                continue;
            }
            Ratio variance = rates[i] == null ? null : variance(i);
            if (variance != null && variance.signum() > 0) {
                BigDecimal d = rates[i].minus(centre).toBigDecimal(CONTEXT);
                zScores[i] = d.divide(variance.toBigDecimal(CONTEXT).sqrt(CONTEXT), CONTEXT);
            }
            if (previous >= 0 && zScores[i] != null && zScores[previous] != null) {
                zRanges[i] = zScores[i].subtract(zScores[previous], CONTEXT).abs();
                sum = sum.add(zRanges[i]);
                count++;
            }
            previous = i;
        }
        if (count == 0) {
            return null;
        }
        if (!settings.screenOutliers()) {
            return sum.divide(BigDecimal.valueOf(count), CONTEXT).divide(D2, CONTEXT);
        }
        // a range is kept only when strictly below 3.267 × the unscreened mean: range × count < 3.267 × sum
        BigDecimal line = GroupLimits.SCREENING_MULTIPLIER.multiply(sum);
        BigDecimal keptSum = BigDecimal.ZERO;
        int kept = 0;
        for (int i = 0; i < baselineEnd; i++) {
            if (zRanges[i] == null) {
                continue;
            }
            zRangeScreened[i] = zRanges[i].multiply(BigDecimal.valueOf(count)).compareTo(line) >= 0;
            if (!zRangeScreened[i]) {
                keptSum = keptSum.add(zRanges[i]);
                kept++;
            }
        }
        return kept == 0
                ? null
                : keptSum.divide(BigDecimal.valueOf(kept), CONTEXT).divide(D2, CONTEXT);
    }

    /** The exact variance of point {@code i} before Laney's σz², or null without a centre or a rate. */
    private Ratio variance(int i) {
        return centre == null || rates[i] == null
                ? null
                : varianceUnit.dividedBy(members.get(i).denominator());
    }

    Ratio centre() {
        return centre;
    }

    /** Laney's σz, or null (plain charts; a Laney group without a z-score range to average). */
    BigDecimal sigmaZ() {
        return sigmaZ;
    }

    int baselinePoints() {
        return baselinePoints;
    }

    boolean inBaseline(int i) {
        return inBaseline[i];
    }

    Ratio rate(int i) {
        return rates[i];
    }

    BigDecimal zScore(int i) {
        return zScores[i];
    }

    BigDecimal zRange(int i) {
        return zRanges[i];
    }

    boolean zRangeScreened(int i) {
        return zRangeScreened[i];
    }

    /** Whether point {@code i} has limits: a rate, a centre line and (Laney) a σz. */
    boolean hasLimits(int i) {
        return inflation != null && rates[i] != null;
    }

    int relativeToCentre(int i) {
        return Integer.signum(rates[i].compareTo(centre));
    }

    /** Point {@code i}'s own rate strictly above its upper or strictly below its lower limit. */
    boolean outsideLimits(int i) {
        return hasLimits(i) && (aboveUpper(rates[i], i, 3) || belowLower(rates[i], i, 3));
    }

    /** Point {@code i}'s own rate strictly beyond one of its near-limit lines but not outside its limits. */
    boolean closeToLimits(int i) {
        return hasLimits(i) && !outsideLimits(i) && (aboveUpper(rates[i], i, 2) || belowLower(rates[i], i, 2));
    }

    /**
     * {@code value} strictly above point {@code i}'s upper line at {@code k} sigma, as drawn (clipped at 1 for a
     * proportion): above 1 or above centre + kσ. A rate or proportion cannot be above its clip, so for a point's
     * own value clipping changes nothing; it matters for a target.
     */
    boolean aboveUpper(Ratio value, int i, int k) {
        return (chart.isProportion() && value.compareTo(ONE) > 0) || beyond(value, i, k, 1);
    }

    /** {@code value} strictly below point {@code i}'s lower line at {@code k} sigma, as drawn (clipped at 0). */
    boolean belowLower(Ratio value, int i, int k) {
        return value.signum() < 0 || beyond(value, i, k, -1);
    }

    /** (value − centre) has the sign {@code side} and its square exceeds k² × σz² × varianceᵢ. */
    private boolean beyond(Ratio value, int i, int k, int side) {
        Ratio difference = value.minus(centre);
        if (difference.signum() != side) {
            return false;
        }
        Ratio bound = variance(i).times(BigDecimal.valueOf((long) k * k)).times(inflation);
        return difference.times(difference).compareTo(bound) > 0;
    }

    /** Point {@code i}'s sigma (σᵢ × σz for Laney), or null without limits. */
    BigDecimal sigma(int i) {
        if (!hasLimits(i)) {
            return null;
        }
        BigDecimal sigma = variance(i).toBigDecimal(CONTEXT).sqrt(CONTEXT);
        return sigmaZ == null ? sigma : sigma.multiply(sigmaZ, CONTEXT);
    }

    /** Point {@code i}'s line at centre + {@code k} sigma (k negative below), clipped as drawn; null without. */
    BigDecimal line(int i, int k) {
        BigDecimal sigma = sigma(i);
        if (sigma == null) {
            return null;
        }
        BigDecimal line = centre.toBigDecimal(CONTEXT).add(sigma.multiply(BigDecimal.valueOf(k), CONTEXT), CONTEXT);
        if (line.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return chart.isProportion() && line.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : line;
    }
}
