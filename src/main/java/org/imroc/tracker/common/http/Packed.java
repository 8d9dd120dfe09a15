package org.imroc.tracker.common.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterOutputStream;

/**
 * A representation kept compressed in a cache: charts and analyses are highly repetitive text (a 9 KB SPC answer
 * deflates to under 1 KB), so thousands fit in a few megabytes of heap, and serving one costs an inflate rather
 * than a computation and a serialisation.
 */
public record Packed(byte[] deflated, int length) {

    /** Compressed at the fastest level: a cache entry is made on a request's path, and text still packs 5–10 to 1. */
    public static Packed of(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 6));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return new Packed(out.toByteArray(), bytes.length);
    }

    /** A tagged representation kept compressed, under the same ETag. */
    public static Tagged<Packed> of(Tagged<byte[]> representation) {
        return new Tagged<>(of(representation.body()), representation.etag());
    }

    /** A kept representation as it is sent, under the same ETag. */
    public static Tagged<byte[]> unpacked(Tagged<Packed> kept) {
        return new Tagged<>(kept.body().unpack(), kept.etag());
    }

    public byte[] unpack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        try (InflaterOutputStream inflater = new InflaterOutputStream(out)) {
            inflater.write(deflated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Inflates into {@code out} through a 64 KB buffer, never holding the whole representation: a Trust report of
     * 50 long measures is 2.4 MB, and 32 readers each unpacking one at once ran a 160 MB heap out (issue 27).
     * Leaves {@code out} open.
     */
    public void writeTo(OutputStream out) throws IOException {
        Inflater inflater = new Inflater();
        try {
            InflaterOutputStream stream = new InflaterOutputStream(out, inflater, 64 * 1024);
            stream.write(deflated);
            stream.finish();
        } finally {
            inflater.end();
        }
    }

    /** The cache weight: what it holds on the heap. */
    public int weight() {
        return deflated.length + 32;
    }
}
