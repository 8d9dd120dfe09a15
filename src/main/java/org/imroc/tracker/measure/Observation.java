package org.imroc.tracker.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.Parts;
import org.imroc.tracker.measure.spc.SeriesPoint;

/**
 * One period's figure of a measure: the value (for a rate, derived from its numerator and denominator), an optional
 * annotation ("PDSA 2 started") and whether a new set of limits starts here (a rebase: the process changed).
 * Recorded once; a correction is an explicit change with If-Match, so nobody overwrites a colleague's figure.
 */
@Entity
@Table(name = "measure_observations")
public class Observation extends TrustOwnedEntity implements UnitPlaced {

    @Column(name = "measure_id", nullable = false, updatable = false)
    private UUID measureId;

    /** The unit whose figure it is (a measure recorded by UNIT), or null for the Trust's own figure. */
    @Column(name = "unit_id", updatable = false)
    private UUID unitId;

    /** The series it belongs to: the unit, or the measure itself for the Trust's figure (one row per period each). */
    @Column(name = "series_key", nullable = false, updatable = false)
    private UUID seriesKey;

    @Column(nullable = false, updatable = false, length = 8)
    private String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "obs_value", nullable = false, precision = 21, scale = 6)
    private BigDecimal value;

    @Column(precision = 21, scale = 6)
    private BigDecimal numerator;

    @Column(precision = 21, scale = 6)
    private BigDecimal denominator;

    @Column(length = 500)
    private String annotation;

    @Column(nullable = false)
    private boolean rebase;

    /** Left out of the chart's centre line and limits on purpose (still drawn, hollow, with the reason). */
    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "exclusion_reason", length = 500)
    private String exclusionReason;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    /**
     * The figure split by the measure's breakdowns (each breakdown's parts add up to it); none for most measures.
     * {@link Parts} is immutable, and saying so spares every row read its deep copy, which Hibernate otherwise makes
     * for a converted value by writing it to JSON and parsing it again (the costliest step of a ward series read,
     * issue 27's profile). A correction replaces the value, and a new value is still written.
     */
    @Column(length = 16000)
    @Convert(converter = PartsColumn.class)
    @Mutability(Immutability.class)
    private Parts parts = Parts.NONE;

    /** For a Trust figure derived from its units' (never stored): the units expected that did not report. */
    @Transient
    private List<UUID> missingUnits = List.of();

    protected Observation() {}

    public Observation(Measure measure, Period period, String recordedBy) {
        this(measure, null, period, recordedBy);
    }

    /** A unit's figure ({@code unitId} null: the Trust's). */
    public Observation(Measure measure, UUID unitId, Period period, String recordedBy) {
        super(measure.getTrustId());
        this.measureId = measure.getId();
        this.unitId = unitId;
        this.seriesKey = unitId == null ? measure.getId() : unitId;
        this.period = period.label();
        this.periodStart = period.start();
        this.recordedBy = recordedBy;
    }

    public void record(
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, String annotation, boolean rebase) {
        record(value, numerator, denominator, annotation, rebase, Parts.NONE);
    }

    /** The figures and their parts (already checked to add up). */
    public void record(
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            boolean rebase,
            Parts parts) {
        this.parts = parts == null ? Parts.NONE : parts;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.annotation = annotation;
        this.rebase = rebase;
    }

    /**
     * True when recording these figures again changes nothing: the same value (and numerator and denominator), and
     * the annotation, rebase flag and parts either left out or the same. Anything else is a correction, made
     * explicitly.
     */
    public boolean holds(
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Boolean rebase,
            Parts parts) {
        return same(this.value, value)
                && (parts == null || parts.isEmpty() || parts.sameAs(this.parts))
                && same(this.numerator, numerator)
                && same(this.denominator, denominator)
                && (annotation == null || annotation.equals(this.annotation))
                && (rebase == null || rebase == this.rebase);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The Trust's figure for a period, derived from its units' figures (see {@link org.imroc.tracker.measure.units.UnitSeries}); never stored.
     * {@code missingUnits}: units expected in the period that did not report (the figure is then incomplete).
     */
    public static Observation derived(
            Measure measure,
            Period period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            boolean rebase,
            List<UUID> missingUnits,
            Parts parts) {
        Observation o = new Observation(measure, null, period, "");
        o.record(value, numerator, denominator, annotation, rebase, parts);
        o.missingUnits = List.copyOf(missingUnits);
        return o;
    }

    /**
     * One group's figure of this period (the same period, annotation, rebase and missing units): a rate's part
     * numerator ÷ part denominator × the multiplier, or a plain measure's part value. Null when the period has no
     * parts for the breakdown, or the group no denominator (no rate: a gap in the group's series, not a zero).
     */
    public Observation groupFigure(Measure measure, Breakdown breakdown, String code) {
        Part part = getParts().part(breakdown, code);
        if (part == null) {
            return null;
        }
        MeasureRatio ratio = measure.getRatio();
        if (ratio != null && (part.denominator() == null || part.denominator().signum() == 0)) {
            return null;
        }
        BigDecimal groupValue = ratio == null ? part.numerator() : ratio.valueOf(part.numerator(), part.denominator());
        return derived(
                        measure,
                        measure.getFrequency().periodOf(periodStart),
                        groupValue,
                        ratio == null ? null : part.numerator(),
                        ratio == null ? null : part.denominator(),
                        annotation,
                        rebase,
                        missingUnits,
                        Parts.NONE)
                .excludedAs(this);
    }

    /** This figure, excluded as {@code other} is. */
    private Observation excludedAs(Observation other) {
        exclude(other.excluded, other.exclusionReason);
        return this;
    }

    /** The point of the series it is. */
    public SeriesPoint toPoint(String annotationShown) {
        return new SeriesPoint(period, Decimals.plain(value), annotationShown, rebase, isIncomplete(), excluded);
    }

    /**
     * Leaves the figure out of its chart's centre line and limits, with the reason (already checked: present when
     * excluded), or counts it again and forgets the reason.
     */
    public void exclude(boolean excluded, String reason) {
        this.excluded = excluded;
        this.exclusionReason = excluded ? reason : null;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }

    /** A derived Trust figure some expected units did not report to. */
    public boolean isIncomplete() {
        return !missingUnits.isEmpty();
    }

    public List<UUID> getMissingUnits() {
        return missingUnits;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    @Override
    public UUID getUnitId() {
        return unitId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getAnnotation() {
        return annotation;
    }

    public boolean isRebase() {
        return rebase;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** The parts as recorded (or, for a derived Trust figure, summed over its units); never null. */
    public Parts getParts() {
        return parts == null ? Parts.NONE : parts;
    }

    /**
     * Stores parts as one JSON document, {"ETHNIC_GROUP":[{"code":"BLACK","numerator":6,"denominator":410},…]}
     * (a plain measure's parts have a numerator, its value, and no denominator), null for none.
     */
    public static class PartsColumn implements AttributeConverter<Parts, String> {

        private static final ObjectMapper JSON =
                new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        @Override
        public String convertToDatabaseColumn(Parts parts) {
            if (parts == null || parts.isEmpty()) {
                return null;
            }
            ObjectNode root = JSON.createObjectNode();
            parts.asMap().forEach((breakdown, list) -> {
                ArrayNode array = root.putArray(breakdown.name());
                for (Part part : list) {
                    ObjectNode node = array.addObject().put("code", part.code()).put("numerator", part.numerator());
                    if (part.denominator() != null) {
                        node.put("denominator", part.denominator());
                    }
                }
            });
            return root.toString();
        }

        @Override
        public Parts convertToEntityAttribute(String text) {
            if (text == null || text.isBlank()) {
                return Parts.NONE;
            }
            try {
                Map<Breakdown, List<Part>> parts = new EnumMap<>(Breakdown.class);
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                JSON.readTree(text).fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    List<Part> list = new ArrayList<>();
                    for (JsonNode node : entry.getValue()) {
                        JsonNode denominator = node.get("denominator");
                        list.add(new Part(
                                node.get("code").asText(),
                                node.get("numerator").decimalValue(),
                                denominator == null ? null : denominator.decimalValue()));
                    }
                    parts.put(Breakdown.valueOf(entry.getKey()), list);
                }
                return Parts.of(parts);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable parts of an observation", e);
            }
        }
    }
}
