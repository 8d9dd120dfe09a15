package org.imroc.tracker.caller;

import java.util.Map;
import java.util.Set;

/**
 * Who may call an endpoint, named by audience: resources say {@code @PermissionsAllowed(Access.READ)}, and this one
 * table says which roles hold which permission. Scope (which Trusts) is decided separately, in every query.
 */
public final class Access {

    /** Anyone who may read Trust data: every signed-in user and every integration key. */
    public static final String READ = "trust-data:read";
    /** People who keep a Trust's records: administrators, consultants and Trust leads (never a key). */
    public static final String WRITE = "trust-data:write";
    /**
     * People who keep records that may sit on a unit (goals, PDSA cycles and reviews, actions, assessments): those
     * who hold WRITE, and unit leads, whose every such write is checked against their units (UnitAuthority).
     */
    public static final String UNIT_WRITE = "unit-records:write";
    /** Trust leads (and administrators): the unit leads of their own Trust. */
    public static final String MANAGE_UNIT_LEADS = "unit-leads:manage";
    /** ImROC's own people: administrators and consultants (site visits). */
    public static final String CONSULT = "consulting:write";
    /** Administrators: Trusts, users and integration keys. */
    public static final String ADMINISTER = "tracker:administer";
    /** A person managing their own account (a key has no password). */
    public static final String OWN_ACCOUNT = "account:manage";

    private static final Map<Role, Set<String>> GRANTS = Map.of(
            Role.ADMIN, Set.of(READ, WRITE, UNIT_WRITE, CONSULT, ADMINISTER, MANAGE_UNIT_LEADS, OWN_ACCOUNT),
            Role.CONSULTANT, Set.of(READ, WRITE, UNIT_WRITE, CONSULT, OWN_ACCOUNT),
            Role.TRUST_LEAD, Set.of(READ, WRITE, UNIT_WRITE, MANAGE_UNIT_LEADS, OWN_ACCOUNT),
            Role.UNIT_LEAD, Set.of(READ, UNIT_WRITE, OWN_ACCOUNT),
            Role.INTEGRATION, Set.of(READ));

    private Access() {}

    /** Whether {@code role} holds {@code permission}: the one place a rule about roles is decided in code. */
    public static boolean allows(Role role, String permission) {
        return role != null && GRANTS.get(role).contains(permission);
    }

    /** The permissions a role holds. */
    public static Set<String> of(Role role) {
        return GRANTS.get(role);
    }
}
