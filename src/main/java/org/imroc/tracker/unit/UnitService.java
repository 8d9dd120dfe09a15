package org.imroc.tracker.unit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;

/**
 * A Trust's units. Every write to a Trust's units first locks the Trust, so the rules that need the whole tree (a
 * parent in the same Trust, no loop, at most four levels, open names unique) are checked against a tree nobody else
 * is changing; the database's unique open name is the last word.
 */
@ApplicationScoped
public class UnitService {

    static final String AUDIT_TYPE = "unit";

    private final UnitRepository units;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final RequestValidation validation;
    private final Writes writes;
    private final Instance<UnitRecords> records;

    public UnitService(
            UnitRepository units,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            RequestValidation validation,
            Writes writes,
            Instance<UnitRecords> records) {
        this.units = units;
        this.records = records;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.validation = validation;
        this.writes = writes;
    }

    @Transactional
    public UnitResponse create(UUID trustId, UnitRequest request) {
        trusts.lockInScope(trustId, caller.scope());
        validation.require(request);
        UnitTree tree = units.treeOf(trustId);
        tree.requirePlace(null, request.parentId(), "parentId");
        requireNameFree(trustId, request.name(), null);
        Unit unit = add(trustId, request, request.parentId());
        return UnitResponse.from(unit);
    }

    /** A spreadsheet of units, all or nothing: every problem of every row is reported at once, naming the row. */
    @Transactional
    public UnitBatchResponse createAll(UUID trustId, String csv) {
        trusts.lockInScope(trustId, caller.scope());
        List<FieldError> errors = new ArrayList<>();
        List<UnitCsv.Draft> drafts = UnitCsv.read(csv, errors);
        Set<String> unreadable =
                new HashSet<>(errors.stream().map(FieldError::field).toList());
        for (UnitCsv.Draft draft : drafts) { // a cell that could not be read is reported once, as unreadable
            validation.problems(draft.request(), "row " + draft.row() + ".").stream()
                    .filter(problem -> !unreadable.contains(problem.field()))
                    .forEach(errors::add);
        }
        UnitUploadPlan.requireNone(errors);
        List<UnitUploadPlan.Step> steps = UnitUploadPlan.of(drafts, units.treeNodesOf(trustId));
        Map<Integer, Unit> createdByRow = new HashMap<>();
        for (UnitUploadPlan.Step step : steps) { // parents come first
            UUID parentId = step.parentRow() != null
                    ? createdByRow.get(step.parentRow()).getId()
                    : step.existingParent();
            createdByRow.put(step.draft().row(), add(trustId, step.draft().request(), parentId));
        }
        List<UnitResponse> items = drafts.stream()
                .map(d -> UnitResponse.from(createdByRow.get(d.row())))
                .toList();
        return new UnitBatchResponse(trustId, items.size(), items);
    }

    @Transactional
    public Page<UnitResponse> list(UUID trustId, UnitRepository.Filter filter, PageRequest page) {
        List<Unit> rows = trusts.pageOf(trustId, caller.scope(), () -> units.page(caller.scope(), filter, page));
        return page.toPage(rows, Unit::cursor, UnitResponse::from);
    }

    /** Every matching unit of the Trust as one CSV, in creation order (the upload's columns first). */
    @Transactional
    public StreamingOutput exportCsv(UUID trustId, UnitRepository.Filter filter) {
        trusts.requireKnown(trustId, caller.scope());
        List<Unit> all = units.ofTrust(trustId);
        Map<UUID, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.getId(), u.getName()));
        List<Unit> rows = all.stream()
                .filter(u -> filter.kind() == null || u.getKind() == filter.kind())
                .filter(u -> filter.parentId() == null || filter.parentId().equals(u.getParentId()))
                .filter(u -> filter.open() == null || filter.open() == u.isOpen())
                .toList();
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            csv.row(List.of(
                    "name",
                    "kind",
                    "parent",
                    "odsSiteCode",
                    "beds",
                    "openedOn",
                    "closedOn",
                    "id",
                    "parentId",
                    "version"));
            for (Unit u : rows) {
                csv.row(java.util.Arrays.asList(
                        u.getName(),
                        u.getKind(),
                        u.getParentId() == null ? null : names.get(u.getParentId()),
                        u.getOdsSiteCode(),
                        u.getBeds(),
                        u.getOpenedOn(),
                        u.getClosedOn(),
                        u.getId(),
                        u.getParentId(),
                        u.getVersion()));
            }
            csv.flush();
        };
    }

    @Transactional
    public UnitResponse get(UUID id) {
        return UnitResponse.from(find(id));
    }

    @Transactional
    public UnitResponse update(UUID id, String ifMatch, JsonNode patch) {
        Unit unit = find(id);
        trusts.lockInScope(unit.getTrustId(), caller.scope());
        UnitTree tree = units.treeOf(unit.getTrustId());
        return writes.update(AUDIT_TYPE, unit.getTrustId(), unit, ifMatch, UnitResponse::from, u -> {
            UnitUpdate changed = validation.require(mergePatch.apply(UnitUpdate.from(u), patch, UnitUpdate.class));
            if (changed.parentId() != null && !changed.parentId().equals(u.getParentId())) {
                tree.requirePlace(id, changed.parentId(), "parentId");
            }
            int openSubunits = tree.openChildren(id).size();
            if (changed.closedOn() != null && u.isOpen() && openSubunits > 0) {
                throw ApiException.conflict(
                        "Unit '" + u.getName() + "' has " + openSubunits + " open subunits; close them first.");
            }
            if (changed.closedOn() == null
                    && !Unit.nameKey(changed.name()).equals(u.isOpen() ? Unit.nameKey(u.getName()) : null)) {
                requireNameFree(u.getTrustId(), changed.name(), id);
            }
            u.describe(
                    changed.name(),
                    changed.kind(),
                    changed.odsSiteCode(),
                    changed.beds(),
                    changed.openedOn(),
                    changed.closedOn(),
                    BusinessCalendar.today());
            u.placeUnder(changed.parentId());
        });
    }

    /** Deletes a unit that nothing belongs to; one with subunits or records is 409: close it instead. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Unit unit = find(id);
        trusts.lockInScope(unit.getTrustId(), caller.scope());
        writes.delete(AUDIT_TYPE, unit.getTrustId(), unit, ifMatch, u -> {
            long subunits = units.countSubunits(id);
            if (subunits > 0) {
                throw ApiException.conflict("Unit '" + u.getName() + "' has " + subunits
                        + " subunits; a unit with history is closed (PATCH closedOn), not deleted.");
            }
            String belonging = recordsOn(id);
            if (belonging != null) {
                throw ApiException.conflict(belonging + " to unit '" + u.getName()
                        + "': close it instead (PATCH closedOn); a unit with history is not deleted.");
            }
            units.delete(u);
        });
    }

    /**
     * What belongs to the unit, by kind in alphabetical order, with the verb that agrees ("1 goal belongs", "3
     * actions and 1 goal belong"); null when nothing does.
     */
    private String recordsOn(UUID unitId) {
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (UnitRecords kind : records.stream()
                .sorted(java.util.Comparator.comparing(r -> r.label(2).toLowerCase(Locale.ROOT)))
                .toList()) {
            long count = kind.countOnUnit(unitId);
            if (count > 0) {
                parts.add(kind.label(count));
                total += count;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String all = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return all + (total == 1 ? " belongs" : " belong");
    }

    private Unit add(UUID trustId, UnitRequest request, UUID parentId) {
        LocalDate today = BusinessCalendar.today();
        Unit unit = new Unit(trustId);
        unit.describe(
                request.name(),
                request.kind(),
                request.odsSiteCode(),
                request.beds(),
                request.openedOn() == null ? today : request.openedOn(),
                null,
                today);
        unit.placeUnder(parentId);
        units.persist(unit);
        units.flush();
        audit.created(AUDIT_TYPE, trustId, unit.getId(), unit.getVersion(), UnitResponse.from(unit));
        return unit;
    }

    private void requireNameFree(UUID trustId, String name, UUID self) {
        boolean taken = units.count(
                        "trustId = ?1 and closedOn is null and lower(name) = ?2 and id <> ?3",
                        trustId,
                        Unit.nameKey(name),
                        self == null ? new UUID(0, 0) : self)
                > 0;
        if (taken) {
            throw ApiException.conflict("An open unit of this Trust is already named '" + name.strip() + "'.");
        }
    }

    private Unit find(UUID id) {
        return units.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Unit", id));
    }
}
