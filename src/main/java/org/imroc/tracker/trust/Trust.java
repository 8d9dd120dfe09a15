package org.imroc.tracker.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * An NHS mental-health Trust (or other provider) taking part in ImROC, identified nationally by its ODS code.
 * Every plan, assessment and visit belongs to exactly one Trust.
 */
@Entity
@Table(name = "trusts")
public class Trust extends TrackedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "ods_code", nullable = false, unique = true, length = 5)
    private String odsCode;

    @Column(length = 100)
    private String region;

    @Convert(converter = ServiceAreasConverter.class)
    @Column(nullable = false, length = 200)
    private Set<ServiceArea> services = EnumSet.noneOf(ServiceArea.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TrustStatus status = TrustStatus.ACTIVE;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    protected Trust() {}

    public Trust(String name, String odsCode) {
        this.name = name;
        this.odsCode = odsCode;
    }

    /** Applies the editable fields; the ODS code is the Trust's national identity and may be corrected too. */
    public void update(
            String name,
            String odsCode,
            String region,
            Set<ServiceArea> services,
            TrustStatus status,
            LocalDate joinedOn) {
        this.name = name;
        this.odsCode = odsCode;
        this.region = region;
        this.services =
                services == null || services.isEmpty() ? EnumSet.noneOf(ServiceArea.class) : EnumSet.copyOf(services);
        this.status = status == null ? TrustStatus.ACTIVE : status;
        this.joinedOn = joinedOn;
    }

    public String getName() {
        return name;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getRegion() {
        return region;
    }

    public Set<ServiceArea> getServices() {
        return services.isEmpty() ? EnumSet.noneOf(ServiceArea.class) : EnumSet.copyOf(services);
    }

    public TrustStatus getStatus() {
        return status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
