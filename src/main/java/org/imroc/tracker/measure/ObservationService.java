package org.imroc.tracker.measure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.groups.DisclosedFigure;
import org.imroc.tracker.measure.groups.DisclosurePolicy;
import org.imroc.tracker.measure.rebase.MeasureRebaseRepository;
import org.imroc.tracker.measure.units.SeriesReader;
import org.imroc.tracker.measure.units.UnitNames;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitAuthority;
import org.imroc.tracker.unit.UnitRepository;

/**
 * A measure's observations. A batch (JSON or CSV) is recorded all or nothing; a period already holding the same
 * figures is a safe retry, one holding different figures is a conflict (409 naming it) so that corrections are
 * always explicit, with If-Match. Every write recomputes the measure's summary in the same transaction, with the
 * measure locked, so roll-ups never show a summary of a series that no longer exists.
 */
@ApplicationScoped
public class ObservationService {

    static final String AUDIT_TYPE = "observation";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final CycleRepository cycles;
    private final CurrentCaller caller;
    private final RequestValidation validation;
    private final Validator validator;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final SeriesReader series;
    private final UnitRepository units;
    private final UnitAuthority unitAuthority;
    private final DisclosurePolicy disclosure;
    private final MeasureRebaseRepository rebases;

    public ObservationService(
            MeasureRepository measures,
            ObservationRepository observations,
            CycleRepository cycles,
            CurrentCaller caller,
            RequestValidation validation,
            Validator validator,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            SeriesReader series,
            UnitRepository units,
            UnitAuthority unitAuthority,
            DisclosurePolicy disclosure,
            MeasureRebaseRepository rebases) {
        this.rebases = rebases;
        this.disclosure = disclosure;
        this.unitAuthority = unitAuthority;
        this.series = series;
        this.units = units;
        this.measures = measures;
        this.observations = observations;
        this.cycles = cycles;
        this.caller = caller;
        this.validation = validation;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public ObservationBatchResponse record(UUID measureId, ObservationBatchRequest request) {
        Measure measure = forWrite(measureId);
        validation.require(request);
        List<ObservationItem> items = request.observations();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            fields.add("observations[" + i + "].");
        }
        return record(measure, items, fields, new ArrayList<>(), "observations", "unitId");
    }

    /**
     * Records figures another feature was given (a learning-set report's month), all or none, exactly as the
     * observation endpoint would: within the caller's scope, checked, audited. {@code fields[i]} names item i.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordFrom(UUID measureId, List<ObservationItem> items, List<String> fields) {
        Measure measure = forWrite(measureId);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (ConstraintViolation<ObservationItem> violation : validator.validate(items.get(i))) {
                errors.add(new FieldError(fields.get(i) + violation.getPropertyPath(), violation.getMessage()));
            }
        }
        record(
                measure,
                items,
                fields,
                errors,
                fields.isEmpty() ? "observations" : fields.get(0).replaceFirst("\\[\\d+\\]\\.$", ""),
                "unitId");
    }

    @Transactional
    public ObservationBatchResponse recordCsv(UUID measureId, String csv) {
        Measure measure = forWrite(measureId);
        ObservationCsv.Upload upload = ObservationCsv.read(csv);
        List<ObservationItem> items = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>(upload.errors());
        UnitNames names = measure.isRecordedByUnit() ? new UnitNames(units.ofTrust(measure.getTrustId())) : null;
        for (ObservationCsv.Row row : upload.rows()) {
            String field = "row " + row.number() + ".";
            for (ConstraintViolation<ObservationItem> violation : validator.validate(row.item())) {
                errors.add(new FieldError(field + violation.getPropertyPath(), violation.getMessage()));
            }
            ObservationItem item = withoutExportedValue(measure, row.item(), field, errors);
            if (row.unit() != null && names == null) {
                errors.add(new FieldError(
                        field + "unit", "the measure is recorded by the Trust (recordedBy TRUST): leave it empty"));
            } else if (row.unit() != null) {
                UUID unitId = names.find(row.unit());
                if (unitId == null) {
                    errors.add(new FieldError(
                            field + "unit",
                            "no unit of this Trust is named or numbered '"
                                    + (row.unit().length() > 40 ? row.unit().substring(0, 40) + "…" : row.unit())
                                    + "'"));
                }
                item = item.onUnit(unitId == null ? UnitNames.NOT_GIVEN : unitId);
            }
            items.add(item);
            fields.add(field);
        }
        return record(measure, items, fields, errors, "rows", "unit");
    }

    @Transactional
    public Page<ObservationResponse> list(UUID measureId, UUID unitId, PageRequest page) {
        Measure measure = find(measureId);
        Map<String, List<String>> events = cycleEvents(measure);
        return page.toPage(
                observations.page(measureId, unitId, page),
                ObservationRepository::cursorOf,
                o -> ObservationResponse.from(o, events, shown(measure, o)));
    }

    /**
     * The whole series as CSV, in the columns an upload takes, so a spreadsheet can be edited and sent back: a
     * measure with breakdowns in long format, each total's row followed by its parts' rows.
     */
    @Transactional
    public StreamingOutput exportCsv(UUID measureId) {
        Measure measure = find(measureId);
        List<Observation> series = observations.series(measureId);
        boolean ratio = measure.isRatio();
        boolean parts = !measure.getBreakdowns().isEmpty();
        boolean suppressing = suppressing(measure);
        Map<UUID, String> unitNames = measure.isRecordedByUnit()
                ? units.ofTrust(measure.getTrustId()).stream().collect(Collectors.toMap(Unit::getId, Unit::getName))
                : null;
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            List<String> header = new ArrayList<>(List.of("period"));
            if (unitNames != null) {
                header.add("unit");
            }
            if (parts) {
                header.addAll(List.of("breakdown", "code"));
            }
            header.addAll(
                    ratio
                            ? List.of(
                                    "numerator",
                                    "denominator",
                                    "value",
                                    "annotation",
                                    "rebase",
                                    "excluded",
                                    "exclusion_reason")
                            : List.of("value", "annotation", "rebase", "excluded", "exclusion_reason"));
            csv.row(header);
            for (Observation o : series) {
                DisclosedFigure shown = suppressing ? disclosed(measure, o) : null;
                List<Object> lead = new ArrayList<>(List.of(o.getPeriod()));
                if (unitNames != null) {
                    lead.add(unitNames.get(o.getUnitId()));
                }
                List<Object> total = new ArrayList<>(lead);
                if (parts) {
                    total.addAll(Arrays.asList(null, null));
                }
                boolean totalHidden = shown != null && shown.totalSuppressed();
                total.addAll(
                        ratio
                                ? Arrays.asList(
                                        csvCount(o.getNumerator(), shown, DisclosedFigure::numerator),
                                        csvCount(o.getDenominator(), shown, DisclosedFigure::denominator),
                                        totalHidden ? HIDDEN : Decimals.plain(o.getValue()),
                                        o.getAnnotation(),
                                        o.isRebase(),
                                        o.isExcluded(),
                                        o.getExclusionReason())
                                : Arrays.asList(
                                        csvCount(o.getValue(), shown, DisclosedFigure::numerator),
                                        o.getAnnotation(),
                                        o.isRebase(),
                                        o.isExcluded(),
                                        o.getExclusionReason()));
                csv.row(total);
                for (Breakdown breakdown : measure.getBreakdowns()) {
                    for (Part part : o.getParts().recorded(breakdown)) {
                        List<Object> row = new ArrayList<>(lead);
                        row.addAll(Arrays.asList(breakdown.name(), part.code()));
                        Object count = csvCount(part.numerator(), shown, f -> f.numerator(breakdown, part.code()));
                        row.addAll(
                                ratio
                                        ? Arrays.asList(
                                                count,
                                                csvCount(
                                                        part.denominator(),
                                                        shown,
                                                        f -> f.denominator(breakdown, part.code())),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)
                                        : Arrays.asList(count, null, null, null, null));
                        csv.row(row);
                    }
                }
            }
            csv.flush();
        };
    }

    /** What a CSV cell of a suppressed count reads. */
    static final String HIDDEN = "*";

    /** A count's CSV cell: as recorded, or as {@code which} of the disclosed figure shows it ({@code *} hidden). */
    private static Object csvCount(
            BigDecimal raw, DisclosedFigure disclosed, Function<DisclosedFigure, DisclosedFigure.Shown> which) {
        if (disclosed == null || raw == null) {
            return Decimals.plain(raw);
        }
        DisclosedFigure.Shown shown = which.apply(disclosed);
        return shown.suppressed() ? HIDDEN : shown.value();
    }

    /**
     * Whether the caller sees this measure's figures through small-number suppression: a PUBLIC key reading a measure
     * with breakdowns (docs/decisions/0031). A plain measure's figures are shown to it as to any key.
     */
    private boolean suppressing(Measure measure) {
        return !measure.getBreakdowns().isEmpty() && disclosure.callerSeesPublicFiguresOnly();
    }

    /** The observation's figures as the caller may see them; null: raw. */
    private DisclosedFigure shown(Measure measure, Observation o) {
        return suppressing(measure) ? disclosed(measure, o) : null;
    }

    private DisclosedFigure disclosed(Measure measure, Observation o) {
        return measure.isRatio()
                ? disclosure.disclose(o.getNumerator(), o.getDenominator(), o.getParts())
                : disclosure.disclose(o.getValue(), null, o.getParts());
    }

    @Transactional
    public ObservationResponse get(UUID measureId, String period, UUID unitId) {
        Measure measure = find(measureId);
        Observation o = inPeriod(measure, period, unitId);
        return ObservationResponse.from(o, cycleEvents(measure), shown(measure, o));
    }

    @Transactional
    public ObservationResponse update(UUID measureId, String period, UUID unitId, String ifMatch, JsonNode patch) {
        Measure measure = forWrite(measureId);
        Observation observation = inPeriod(measure, period, unitId);
        writes.update(
                AUDIT_TYPE,
                measure.getTrustId(),
                observation,
                ifMatch,
                o -> ObservationResponse.from(o, Map.of()),
                o -> {
                    boolean rebased = !o.isRebase();
                    ObservationUpdate form =
                            mergePatch.apply(ObservationUpdate.from(o, measure), patch, ObservationUpdate.class);
                    ObservationFigures figures = ObservationFigures.check(
                            measure,
                            period,
                            form.value(),
                            form.numerator(),
                            form.denominator(),
                            form.annotation(),
                            form.rebase(),
                            form.excluded(),
                            form.exclusionReason(),
                            form.parts() == null ? Map.of() : form.parts(),
                            "");
                    requireNone(figures.errors());
                    figures.recordOn(o);
                    observations.flush();
                    if (rebased && o.isRebase()) {
                        ObservationRepository.Held held = observations
                                .held(measureId)
                                .getOrDefault(unitId == null ? measureId : unitId, ObservationRepository.Held.NOTHING);
                        measure.requireWithinLimits(held.periods(), held.rebases(), "rebase");
                    }
                    seriesChanged(measure);
                });
        return ObservationResponse.from(observation, cycleEvents(measure));
    }

    @Transactional
    public void delete(UUID measureId, String period, UUID unitId, String ifMatch) {
        Measure measure = forWrite(measureId);
        writes.delete(AUDIT_TYPE, measure.getTrustId(), inPeriod(measure, period, unitId), ifMatch, o -> {
            observations.delete(o);
            observations.flush();
            seriesChanged(measure);
        });
    }

    /**
     * Records the items, all or none. {@code fields[i]} is how problems name item i; {@code errors} may already
     * hold problems found while reading the request, reported with these in item order. A batch that would take a
     * series over its limits is refused as a whole, naming {@code whole}. A measure recorded by UNIT takes one figure
     * per (period, unit), each item naming its unit; one recorded by the TRUST, one per period and no unit.
     */
    private ObservationBatchResponse record(
            Measure measure,
            List<ObservationItem> items,
            List<String> fields,
            List<FieldError> errors,
            String whole,
            String unitField) {
        Map<UUID, Unit> trustUnits = measure.isRecordedByUnit() ? unitsById(measure.getTrustId()) : Map.of();
        Map<String, Integer> seen = new HashMap<>();
        List<Period> periods = new ArrayList<>();
        List<ObservationFigures> figures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObservationItem item = items.get(i);
            Period period = period(measure.getFrequency(), item.period(), fields.get(i) + "period", errors);
            checkUnit(measure, item.unitId(), trustUnits, fields.get(i) + unitField, errors);
            if (period != null && seen.putIfAbsent(key(period.label(), item.unitId()), i) != null) {
                errors.add(new FieldError(
                        fields.get(i) + "period",
                        "period " + period.label() + (item.unitId() == null ? "" : " of this unit")
                                + " is given twice (also at "
                                + fields.get(seen.get(key(period.label(), item.unitId()))) + "period)"));
            }
            ObservationFigures checked = ObservationFigures.check(
                    measure,
                    period == null ? item.period() : period.label(),
                    item.value(),
                    item.numerator(),
                    item.denominator(),
                    item.annotation(),
                    item.rebase(),
                    item.excluded(),
                    item.exclusionReason(),
                    item.parts(),
                    fields.get(i));
            errors.addAll(checked.errors());
            periods.add(period);
            figures.add(checked);
        }
        requireNone(errors);
        // a unit lead records only its units' figures (a Trust's own figure is no unit's)
        unitAuthority.requireWritable(
                measure.getTrustId(),
                items.stream().map(ObservationItem::unitId).distinct().toList());
        Map<String, Observation> recorded =
                observations
                        .inPeriods(
                                measure.getId(),
                                periods.stream().map(Period::label).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(o -> key(o.getPeriod(), o.getUnitId()), Function.identity()));
        List<FieldError> conflicts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UUID unitId = items.get(i).unitId();
            Observation existing = recorded.get(key(periods.get(i).label(), unitId));
            if (existing == null && unitId != null && !trustUnits.get(unitId).isOpen()) {
                errors.add(new FieldError(
                        fields.get(i) + unitField,
                        "the unit closed on " + trustUnits.get(unitId).getClosedOn()
                                + " and takes no new figures (its history stays)"));
            }
            if (existing != null && !figures.get(i).heldBy(existing)) {
                conflicts.add(new FieldError(
                        fields.get(i) + "period",
                        periods.get(i).label()
                                + " already holds other figures (value " + Decimals.plain(existing.getValue())
                                + "); correct it with PATCH /api/v1/measures/" + measure.getId() + "/observations/"
                                + periods.get(i).label() + (unitId == null ? "" : "?unitId=" + unitId)
                                + " and If-Match"));
            }
        }
        requireNone(errors);
        if (!conflicts.isEmpty()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Some periods are already recorded with other figures; " + "nothing was recorded.",
                    conflicts);
        }
        requireWithinLimits(measure, items, periods, figures, recorded, whole);
        List<Observation> result = new ArrayList<>();
        List<Observation> created = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UUID unitId = items.get(i).unitId();
            Observation observation = recorded.get(key(periods.get(i).label(), unitId));
            if (observation == null) {
                observation = new Observation(
                        measure, unitId, periods.get(i), caller.get().name());
                figures.get(i).recordOn(observation);
                observations.persist(observation);
                created.add(observation);
            }
            result.add(observation);
        }
        if (!created.isEmpty()) {
            observations.flush();
            for (Observation o : created) {
                audit.created(
                        AUDIT_TYPE,
                        measure.getTrustId(),
                        o.getId(),
                        o.getVersion(),
                        ObservationResponse.from(o, Map.of()));
            }
            seriesChanged(measure);
        }
        Map<String, List<String>> events = cycleEvents(measure);
        return new ObservationBatchResponse(
                measure.getId(),
                measure.getTrustId(),
                created.size(),
                items.size() - created.size(),
                result.stream().map(o -> ObservationResponse.from(o, events)).toList());
    }

    /** The figures of one series (the Trust's, or a unit's) and one period. */
    private static String key(String period, UUID unitId) {
        return period + "|" + unitId;
    }

    /** Whether an item's unit suits the measure: none for a TRUST measure, one of the Trust's units for a UNIT one. */
    private static void checkUnit(
            Measure measure, UUID unitId, Map<UUID, Unit> trustUnits, String field, List<FieldError> errors) {
        if (!measure.isRecordedByUnit()) {
            if (unitId != null) {
                errors.add(
                        new FieldError(field, "the measure is recorded by the Trust (recordedBy TRUST): leave it out"));
            }
        } else if (unitId == null) {
            errors.add(new FieldError(
                    field, "is required: the measure is recorded by unit, and the Trust's figure is derived"));
        } else if (!trustUnits.containsKey(unitId) && !UnitNames.NOT_GIVEN.equals(unitId)) {
            errors.add(new FieldError(field, "no such unit in this Trust"));
        }
    }

    /** Each series the batch adds to must stay within the measure's limits (422 naming {@code whole}). */
    private void requireWithinLimits(
            Measure measure,
            List<ObservationItem> items,
            List<Period> periods,
            List<ObservationFigures> figures,
            Map<String, Observation> recorded,
            String whole) {
        Map<UUID, long[]> added = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            UUID unitId = items.get(i).unitId();
            if (!recorded.containsKey(key(periods.get(i).label(), unitId))) {
                long[] counts = added.computeIfAbsent(unitId == null ? measure.getId() : unitId, k -> new long[2]);
                counts[0]++;
                counts[1] += Boolean.TRUE.equals(figures.get(i).rebase()) ? 1 : 0;
            }
        }
        if (added.isEmpty()) {
            return;
        }
        Map<UUID, ObservationRepository.Held> held = observations.held(measure.getId());
        added.forEach((series, counts) -> {
            ObservationRepository.Held before = held.getOrDefault(series, ObservationRepository.Held.NOTHING);
            measure.requireWithinLimits(before.periods() + counts[0], before.rebases() + counts[1], whole);
        });
    }

    private Map<UUID, Unit> unitsById(UUID trustId) {
        return units.ofTrust(trustId).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    /** After a change to the measure's series: its summary follows, and so does its series change number. */
    private void seriesChanged(Measure measure) {
        measure.summarise(MeasureSeries.summary(
                measure, series.trustSeries(measure), rebases.ofSeries(measure.getId(), measure.getTrustId())));
        measures.seriesChanged(measure.getId());
    }

    /** A rate's upload may carry the value column of an export: accepted when it is the derived value. */
    private static ObservationItem withoutExportedValue(
            Measure measure, ObservationItem item, String field, List<FieldError> errors) {
        MeasureRatio ratio = measure.getRatio();
        if (ratio == null
                || item.value() == null
                || item.numerator() == null
                || item.denominator() == null
                || item.denominator().signum() == 0) {
            return item;
        }
        java.math.BigDecimal derived = ratio.valueOf(item.numerator(), item.denominator());
        if (derived.compareTo(item.value()) != 0) {
            errors.add(new FieldError(
                    field + "value",
                    "is derived for a rate: numerator ÷ denominator × "
                            + Decimals.plain(ratio.multiplier()) + " = " + derived.toPlainString()
                            + "; leave the column empty"));
        }
        return new ObservationItem(
                item.period(),
                item.unitId(),
                null,
                item.numerator(),
                item.denominator(),
                item.annotation(),
                item.rebase(),
                item.parts(),
                item.excluded(),
                item.exclusionReason());
    }

    private static Period period(Frequency frequency, String text, String field, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return frequency.parse(text).orElseGet(() -> {
            String other = Arrays.stream(Frequency.values())
                    .filter(f -> f != frequency && f.parse(text).isPresent())
                    .map(f -> " (it is a " + f.name().toLowerCase() + " period)")
                    .findFirst()
                    .orElse("");
            errors.add(new FieldError(
                    field,
                    "is not a " + frequency.name().toLowerCase() + " period: write " + frequency.format() + other));
            return null;
        });
    }

    private static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> inOrder = new ArrayList<>(errors);
            inOrder.sort(Comparator.comparingInt(ObservationService::position));
            throw new ApiException(
                    ProblemType.VALIDATION_FAILED, "The request is not valid; nothing was recorded.", inOrder);
        }
    }

    /** The item or row number a problem's field names ("observations[3].value", "row 4.period"), for ordering. */
    private static int position(FieldError error) {
        Matcher number = NUMBER.matcher(error.field());
        return number.find() ? Integer.parseInt(number.group()) : -1;
    }

    private Map<String, List<String>> cycleEvents(Measure measure) {
        return measure.getGoalId() == null
                ? Map.of()
                : MeasureSeries.cycleEvents(measure.getFrequency(), cycles.milestones(measure.getGoalId()));
    }

    private Measure find(UUID id) {
        return measures.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }

    private Measure forWrite(UUID id) {
        return measures.findInScopeForWrite(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }

    /** The figure of a period: a UNIT measure's needs its unit ({@code ?unitId=}), a TRUST measure's has none. */
    private Observation inPeriod(Measure measure, String period, UUID unitId) {
        if (measure.isRecordedByUnit() && unitId == null) {
            throw ApiException.invalid("unitId", "is required: the measure is recorded by unit (?unitId=…)");
        }
        if (!measure.isRecordedByUnit() && unitId != null) {
            throw ApiException.invalid("unitId", "the measure is recorded by the Trust: leave it out");
        }
        return observations
                .inPeriod(measure.getId(), unitId, period)
                .orElseThrow(() -> ApiException.notFound("Observation of period", period));
    }
}
