package org.imroc.tracker.apikey;

/** What an integration key is shown of figures of people (docs/decisions/0031). */
public enum KeyDisclosure {
    /** The figures as recorded: for the Trust's own warehouse or reports. */
    RAW,
    /**
     * Every figure of people through small-number suppression, even of the Trusts in the key's scope: for a published
     * dashboard (a commissioner's).
     */
    PUBLIC
}
