package org.imroc.tracker.measure;

import java.math.BigDecimal;
import org.imroc.tracker.measure.spc.ImprovementDirection;

/**
 * A measure as ImROC and the NHS define it, so that Trusts (and the members of a learning set) report the same thing:
 * its operational definition, unit, direction, frequency and, for a rate, its ratio form.
 */
public record MeasureTemplate(
        String code,
        String name,
        MeasureType type,
        String definition,
        String unit,
        ImprovementDirection improvementDirection,
        Frequency frequency,
        Integer challengeNumber,
        BigDecimal multiplier,
        String numeratorLabel,
        String denominatorLabel,
        String programme) {

    public boolean isRatio() {
        return multiplier != null;
    }
}
