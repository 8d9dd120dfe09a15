package org.imroc.tracker.measure;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;

/** The editable form of an observation, which a correction (merge patch) is applied to; the period cannot move. */
public record ObservationUpdate(
        @Digits(integer = 15, fraction = 6) @Schema(description = "Not for a rate")
        BigDecimal value,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal numerator,
        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal denominator,
        @Size(max = 500) String annotation,
        Boolean rebase) {

    static ObservationUpdate from(Observation o, boolean ratio) {
        return new ObservationUpdate(
                ratio ? null : Decimals.plain(o.getValue()),
                Decimals.plain(o.getNumerator()),
                Decimals.plain(o.getDenominator()),
                o.getAnnotation(),
                o.isRebase());
    }
}
