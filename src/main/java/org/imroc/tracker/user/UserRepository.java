package org.imroc.tracker.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

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

    /** The user with their Trusts in one statement: runs on every authenticated request. */
    public Optional<User> findWithTrusts(UUID id) {
        return find("select u from User u left join fetch u.trustIds where u.id = ?1", id)
                .singleResultOptional();
    }

    public List<User> page(Role role, Boolean active, PageRequest page) {
        Where where = new Where()
                .and("role = :role", "role", role)
                .and("active = :active", "active", active)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
