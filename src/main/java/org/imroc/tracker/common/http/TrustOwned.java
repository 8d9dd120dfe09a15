package org.imroc.tracker.common.http;

import java.util.UUID;

/** A representation of a record that belongs to one Trust: whoever sees it must have that Trust in scope. */
public interface TrustOwned {

    UUID trustId();
}
