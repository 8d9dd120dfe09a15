package org.imroc.tracker.common.write;

import java.util.List;
import java.util.UUID;

/**
 * Where {@link Writes} records what a write changed. The audit log implements it: common may not depend on a
 * feature, so the helper knows this interface and not the log.
 */
public interface ChangeLog {

    /** An update of the named fields (never empty). */
    void updatedFields(String type, UUID trustId, UUID id, long version, List<String> fields);

    /** A move through the resource's lifecycle, with the fields it changed. */
    void transitioned(String type, UUID trustId, UUID id, long version, List<String> fields);

    void deleted(String type, UUID trustId, UUID id, long version);
}
