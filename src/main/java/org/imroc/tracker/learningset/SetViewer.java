package org.imroc.tracker.learningset;

import java.util.UUID;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * Who is looking at learning sets, and what that lets them see. An administrator (or a key for every Trust) sees
 * every set; a consultant the sets they facilitate; anyone the sets one of their Trusts belongs to. Within a set,
 * a Trust is named to those who manage the set and to those who have that Trust in scope; to everyone else it is
 * its pseudonym, and nothing of it but what the comparison shows.
 */
public record SetViewer(UUID userId, Role role, TrustScope scope) {

    static SetViewer of(Caller caller) {
        return new SetViewer(caller.isUser() ? caller.id() : null, caller.role(), caller.scope());
    }

    boolean seesEverySet() {
        return role == Role.ADMIN || scope.all();
    }

    /** Consultants and administrators facilitate; a user whose role changed since keeps the listing, not the rights. */
    boolean mayFacilitate() {
        return userId != null && Access.allows(role, Access.CONSULT);
    }

    /** Runs the set: an administrator, or one of its facilitators (still a consultant). */
    boolean manages(LearningSet set) {
        return role == Role.ADMIN || (mayFacilitate() && set.isFacilitator(userId));
    }

    /** Sees this member Trust by name, with its records: it manages the set or has the Trust in scope. */
    boolean names(LearningSet set, UUID trustId) {
        return manages(set) || scope.includes(trustId);
    }

    /** Sees this Trust by name in every set it is in: an administrator, or it is in scope. */
    boolean namesEverywhere(UUID trustId) {
        return role == Role.ADMIN || scope.includes(trustId);
    }

    /** The Trusts whose set records (reports, attendance, commitments) the viewer reads in full. */
    public TrustScope scopeWithin(LearningSet set) {
        return manages(set) ? TrustScope.everyTrust() : scope;
    }
}
