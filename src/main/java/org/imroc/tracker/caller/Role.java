package org.imroc.tracker.caller;

/**
 * What a caller may do. ADMIN: everything. CONSULTANT: read and write the records of assigned Trusts.
 * TRUST_LEAD: read and write their own Trust's records. UNIT_LEAD (a ward manager or team leader): read their own
 * Trust's records, write only those on their units or below them. INTEGRATION: an integration key, read-only within
 * its Trusts. Users have one of the first four; INTEGRATION belongs to keys only.
 */
public enum Role {
    ADMIN,
    CONSULTANT,
    TRUST_LEAD,
    UNIT_LEAD,
    INTEGRATION
}
