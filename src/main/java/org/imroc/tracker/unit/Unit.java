package org.imroc.tracker.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;

/**
 * A site, service, ward or team of a Trust: where improvement is done. Units form a tree of at most
 * {@link UnitTree#MAX_DEPTH} levels within one Trust (the checks that need the whole tree are in {@link UnitTree}).
 * A unit is open until its closing day; a closed unit keeps its history and takes no new records, and its name may
 * be used again by an open unit (the database keeps open names unique through {@code open_name}).
 */
@Entity
@Table(name = "units")
public class Unit extends TrustOwnedEntity {

    /** The most beds a ward may have (the largest NHS mental-health wards have about 30). */
    public static final int MAX_BEDS = 200;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, length = 200)
    private String name;

    /** The lower-cased name while open, null once closed: unique per Trust, so open names never repeat. */
    @Column(name = "open_name", length = 200)
    private String openName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Column(name = "ods_site_code", length = 5)
    private String odsSiteCode;

    private Integer beds;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Unit() {}

    public Unit(UUID trustId) {
        super(trustId);
    }

    /**
     * Sets what a unit says of itself, checking the rules that need nothing else: beds only for a ward, a closing
     * day neither before the opening day nor in the future (a unit is closed from that day on). 422 naming the field.
     */
    public void describe(
            String name,
            UnitKind kind,
            String odsSiteCode,
            Integer beds,
            LocalDate openedOn,
            LocalDate closedOn,
            LocalDate today) {
        if (beds != null && kind != UnitKind.WARD) {
            throw ApiException.invalid("beds", "only a ward has beds (this unit is a " + kind + ")");
        }
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw ApiException.invalid("closedOn", "must not be before openedOn (" + openedOn + ")");
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            throw ApiException.invalid(
                    "closedOn", "must not be after today (" + today + "): close a unit on the day it closes");
        }
        this.name = name.strip();
        this.kind = kind;
        this.odsSiteCode = odsSiteCode;
        this.beds = beds;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.openName = closedOn == null ? nameKey(this.name) : null;
    }

    /** Places the unit under {@code parentId} (already checked by {@link UnitTree#requirePlace}); null for the top. */
    public void placeUnder(UUID parentId) {
        this.parentId = parentId;
    }

    /** How names are compared: stripped, case-insensitive (what open_name holds). */
    public static String nameKey(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getOdsSiteCode() {
        return odsSiteCode;
    }

    public Integer getBeds() {
        return beds;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
