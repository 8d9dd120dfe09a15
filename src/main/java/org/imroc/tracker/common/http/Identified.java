package org.imroc.tracker.common.http;

import java.util.UUID;

/** A representation that names its resource: the id (for the Location of a create) and the version (the ETag). */
public interface Identified {

    UUID id();

    long version();
}
