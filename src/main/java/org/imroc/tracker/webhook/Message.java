package org.imroc.tracker.webhook;

/**
 * One webhook message as sent: its id ({@code webhook-id}, the same on every retry, so the receiver can drop
 * duplicates), type, the feed position it reports (null for a test ping), and the exact body that is signed.
 */
record Message(String id, String type, Long seq, String body) {}
