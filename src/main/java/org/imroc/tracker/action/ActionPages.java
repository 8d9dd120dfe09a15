package org.imroc.tracker.action;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.imroc.tracker.audit.TrustVersions;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.time.BusinessCalendar;

/**
 * Pages of a Trust's action list as JSON, each read and serialised once per state of the Trust: its change number
 * (moved by every write to its records, on any instance, units included) and the business date (which decides what
 * is overdue). A page cannot differ within one state, so a Trust lead's or a dashboard's repeated read costs at most
 * one small statement ({@link TrustVersions}) and an inflate. Whom a page is shown to is decided before it is looked up: the caller's scope
 * must include the Trust, as for {@link ActionService#list}, and nothing in a page depends on who asks.
 */
@ApplicationScoped
public class ActionPages {

    /** What a page shows: the Trust as of one state, the filters and the page asked for. */
    private record State(
            UUID trustId,
            long lastSeq,
            LocalDate today,
            ActionRepository.Filter filter,
            UUID unitId,
            boolean includeSubunits,
            PageRequest page) {}

    /** Kept compressed (see {@link Packed}): a page of 50 actions is about 4 KB packed, so 4 MB holds 1,000. */
    private final Cache<State, Packed> pages = Caffeine.newBuilder()
            .maximumWeight(4L * 1024 * 1024)
            .weigher((State key, Packed value) -> value.weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private final ActionService actions;
    private final TrustVersions versions;
    private final RepresentationTags json;

    public ActionPages(ActionService actions, TrustVersions versions, RepresentationTags json) {
        this.actions = actions;
        this.versions = versions;
        this.json = json;
    }

    /** The page as {@link ActionService#list} gives it, serialised: 404 for a Trust outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public byte[] json(
            UUID trustId, ActionRepository.Filter filter, UUID unitId, boolean includeSubunits, PageRequest page) {
        State state = new State(
                trustId, versions.inScope(trustId), BusinessCalendar.today(), filter, unitId, includeSubunits, page);
        return pages.get(
                        state,
                        key -> Packed.of(json.bytes(actions.list(trustId, filter, unitId, includeSubunits, page))))
                .unpack();
    }
}
