package org.imroc.tracker.common.http;

/** A computed representation with its content-derived ETag. */
public record Tagged<T>(T body, String etag) {}
