package org.imroc.tracker.common.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:halt:…}) that, once armed, stops the process the way a SIGKILL does, flushing and
 * closing nothing ({@link Runtime#halt}), at the next large write of the database file that {@link Moment} names.
 */
public class HaltingFiles extends FilePathWrapper {

    /** Where the process dies. */
    enum Moment {
        /** Just before a chunk is appended after the end of the file. */
        BEFORE_APPEND,
        /** Just before a chunk is written over reused space inside the file. */
        BEFORE_REUSE,
        /** In the middle of a chunk written over reused space: only its first 4 KB reach the file. */
        TORN_REUSE
    }

    static final AtomicBoolean ARMED = new AtomicBoolean();
    static volatile Moment moment = Moment.BEFORE_APPEND;

    static void install(Moment when) {
        moment = when;
        FilePath.register(new HaltingFiles());
    }

    @Override
    public String getScheme() {
        return "halt";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Halting(getBase().open(mode), getBase().getName().endsWith(".mv.db"));
    }

    private static final class Halting extends FileBase {
        private final FileChannel base;
        private final boolean store;

        Halting(FileChannel base, boolean store) {
            this.base = base;
            this.store = store;
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int length = src.remaining();
            if (store && ARMED.get() && length > 8192 && position >= 8192) {
                boolean append = position >= base.size();
                if (append && moment == Moment.BEFORE_APPEND || !append && moment == Moment.BEFORE_REUSE) {
                    halt(moment + " of " + length + " bytes at " + position);
                }
                if (!append && moment == Moment.TORN_REUSE) {
                    ByteBuffer first = src.duplicate();
                    first.limit(first.position() + 4096);
                    base.write(first, position);
                    halt(moment + " of " + length + " bytes at " + position);
                }
            }
            return base.write(src, position);
        }

        private static void halt(String where) {
            System.err.println("HALTED " + where);
            Runtime.getRuntime().halt(9);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return base.write(src);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
