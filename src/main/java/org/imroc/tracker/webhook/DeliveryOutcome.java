package org.imroc.tracker.webhook;

/** How one attempt ended: a 2xx in time; anything else (retried); or the last attempt before the subscription was disabled. */
public enum DeliveryOutcome {
    SUCCEEDED,
    FAILED,
    GAVE_UP
}
