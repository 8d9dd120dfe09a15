package org.imroc.tracker.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

/** Users; as {@link UnitRecords}, the unit leads of a unit, which keep it from being deleted. */
@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID>, UnitRecords {

    /** Usernames are kept in lower case; {@code username} must be too. */
    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * Counts the active administrators under a lock that every change to an administrator takes first, so two
     * demotions at the same moment cannot both see the other's administrator and leave none.
     */
    public long countActiveAdministratorsLocked() {
        getEntityManager()
                .createNativeQuery("select name from rule_locks where name = 'active-administrators' for update")
                .getResultList();
        return count("role = ?1 and active = true", Role.ADMIN);
    }

    /**
     * The user with their Trusts and units in one statement: runs on every authenticated request. A user has at most
     * one Trust when it has units (a UNIT_LEAD), so the joined rows are at most its Trusts or its units, never their
     * product.
     */
    public Optional<User> findWithTrusts(UUID id) {
        return find("select u from User u left join fetch u.trustIds left join fetch u.unitIds where u.id = ?1", id)
                .singleResultOptional();
    }

    /** A page of users; {@code trustId} (null: any) keeps those who belong to that Trust. */
    public List<User> page(Role role, Boolean active, UUID trustId, PageRequest page) {
        Where where = new Where()
                .and("role = :role", "role", role)
                .and(":trustId member of trustIds", "trustId", trustId)
                .and("active = :active", "active", active)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** The unit leads who belong to the unit. */
    @Override
    public long countOnUnit(UUID unitId) {
        return count("?1 member of unitIds", unitId);
    }

    @Override
    public String label(long count) {
        return count == 1 ? "1 unit lead" : count + " unit leads";
    }

    /** The user a Trust's identity provider created for a person (sub), with its Trusts and units. */
    public Optional<User> findByProviderSubject(UUID identityProviderId, String subject) {
        return find(
                        "select u from User u left join fetch u.trustIds left join fetch u.unitIds"
                                + " where u.identityProviderId = ?1 and u.subject = ?2",
                        identityProviderId,
                        subject)
                .singleResultOptional();
    }

    /** The provider is being deleted: its users are disabled and no longer point at it. Returns how many. */
    public int detachFromProvider(UUID identityProviderId) {
        List<User> theirs = list("identityProviderId", identityProviderId);
        theirs.forEach(User::detachFromProvider);
        flush();
        return theirs.size();
    }
}
