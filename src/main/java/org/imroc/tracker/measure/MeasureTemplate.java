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

    /** The templates normally recorded ward by ward (No Force First's figures start on the ward). */
    private static final java.util.Set<String> WARD_RECORDED = java.util.Set.of(
            "restraint-rate",
            "prone-restraint",
            "seclusion-episodes",
            "seclusion-hours",
            "assaults-on-staff",
            "occupied-bed-days");

    /** How the measure is normally recorded: UNIT for ward figures. A request still chooses (TRUST by default). */
    public RecordedBy recordedBy() {
        return WARD_RECORDED.contains(code) ? RecordedBy.UNIT : RecordedBy.TRUST;
    }

    public boolean isRatio() {
        return multiplier != null;
    }
}
